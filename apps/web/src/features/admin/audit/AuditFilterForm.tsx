import { Button, Group, TextInput } from '@mantine/core';
import { ZAuditQuery } from '@srt/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../../api/audit/keys';
import { translateFieldMessage } from '../../../i18n/problems';
import { endOfDay, startOfDay } from './audit-dates';

type Field = 'action' | 'from' | 'to';

/** Filters apply on submit, so that typing an action name does not query the log at every keystroke. */
export function AuditFilterForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const filters: AuditFilters = {
      action: action.trim() || undefined,
      from: from ? startOfDay(from) : undefined,
      to: to ? endOfDay(to) : undefined,
    };
    const checked = ZAuditQuery.safeParse(filters);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    onApply(filters);
  };
  const clear = () => {
    setAction('');
    setFrom('');
    setTo('');
    setErrors({});
    onApply({});
  };
  const errorOf = (field: Field) => (errors[field] ? translateFieldMessage(errors[field]) : undefined);

  return (
    <form noValidate onSubmit={apply} role="search" aria-label={t('audit.filters')}>
      <Group align="flex-start" wrap="wrap">
        <TextInput
          label={t('audit.action')}
          description={t('audit.actionHelp')}
          value={action}
          onChange={(event) => setAction(event.currentTarget.value)}
          error={errorOf('action')}
          w={240}
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          error={errorOf('from')}
          w={180}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={errorOf('to')}
          w={180}
        />
      </Group>
      <Group mt="sm">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button variant="default" onClick={clear}>
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
