import { Stack, Title } from '@mantine/core';
import { ZItemKind, type TItemKind } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useCreateItem } from '../../../api/items/mutations';
import { useOrganisations } from '../../../api/organisations/queries';
import { PageLoader } from '../../../shared/components/PageLoader';
import { notifySuccess } from '../../../shared/notify';
import { randomKey } from '../../../shared/random-key';
import { usePageTitle } from '../../../shared/use-page-title';
import { useSignedInUser } from '../../auth/signed-in-user';
import { itemPath } from '../item-path';
import { emptyValues } from './item-form-values';
import { ItemForm } from './ItemForm';

/** `/items/new?kind=PILOT`: a new draft of one kind. */
export function NewItemPage() {
  const kind = ZItemKind.safeParse(useSearchParams()[0].get('kind')).data;
  if (!kind) return <Navigate to="/items" replace />;
  // A new kind is a new form, not the old one with other fields.
  return <NewItem key={kind} kind={kind} />;
}

function NewItem({ kind }: { kind: TItemKind }) {
  const { t } = useTranslation();
  const title = t(`itemForm.newTitle.${kind}`);
  usePageTitle(title);
  const me = useSignedInUser();
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const create = useCreateItem();
  // One key per form session: a double click, or a retry after a lost answer, creates one draft, not two.
  const [idempotencyKey] = useState(randomKey);

  // A pilot's form starts with the author's own organisation and its country.
  if (kind === 'PILOT' && organisations.isPending) return <PageLoader />;
  const country = organisations.data?.find((organisation) => organisation.id === me.organisation.id)?.country ?? '';
  const defaultValues = emptyValues(kind, {
    language: me.preferredLanguage,
    organisationId: me.organisation.id,
    country,
  });

  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <ItemForm
        defaultValues={defaultValues}
        submitLabel={t('itemForm.saveDraft')}
        saving={create.isPending}
        onCancel={() => void navigate(-1)}
        onSave={(content, { showServerError, allowLeaving }) => {
          create.mutate(
            { content, idempotencyKey },
            {
              onSuccess: (item) => {
                notifySuccess(t('itemForm.draftSaved', { reference: item.reference }));
                allowLeaving();
                void navigate(itemPath(item.reference), { replace: true });
              },
              onError: showServerError,
            },
          );
        }}
      />
    </Stack>
  );
}
