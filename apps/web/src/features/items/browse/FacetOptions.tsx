import { Checkbox, Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FacetOption {
  value: string;
  label: string;
  /** Items that would match with this option chosen; undefined while counts load. */
  count: number | undefined;
}

function OptionLabel({ option }: { option: FacetOption }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" component="span">
      <span>{option.label}</span>
      {option.count !== undefined && (
        <Text span size="sm" c="dimmed">
          {option.count}
        </Text>
      )}
    </Group>
  );
}

const labelStyles = { body: { width: '100%' }, labelWrapper: { width: '100%' } };

/** Several choices of one filter (any of them matches), each with its live count. */
export function FacetCheckboxes({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  return (
    <FacetFieldset legend={legend}>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          value={option.value}
          label={<OptionLabel option={option} />}
          checked={selected.includes(option.value)}
          onChange={(event) =>
            onChange(
              event.currentTarget.checked
                ? [...selected, option.value]
                : selected.filter((value) => value !== option.value),
            )
          }
          styles={labelStyles}
        />
      ))}
    </FacetFieldset>
  );
}

/** One choice of a filter, "any" included, each with its live count. */
export function FacetRadios({
  legend,
  name,
  anyLabel,
  options,
  selected,
  onChange,
}: {
  legend: string;
  name: string;
  anyLabel: string;
  options: FacetOption[];
  selected: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <FacetFieldset legend={legend}>
      <Radio
        name={name}
        value=""
        label={anyLabel}
        checked={selected === undefined}
        onChange={() => onChange(undefined)}
      />
      {options.map((option) => (
        <Radio
          key={option.value}
          name={name}
          value={option.value}
          label={<OptionLabel option={option} />}
          checked={selected === option.value}
          onChange={() => onChange(option.value)}
          styles={labelStyles}
        />
      ))}
    </FacetFieldset>
  );
}

function FacetFieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      styles={{ legend: { fontWeight: 600, marginBottom: 'var(--mantine-spacing-xs)' } }}
    >
      <Stack gap={6}>{children}</Stack>
    </Fieldset>
  );
}
