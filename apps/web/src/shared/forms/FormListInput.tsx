import { MultiSelect, TagsInput, type MultiSelectProps, type TagsInputProps } from '@mantine/core';
import type { ComponentType } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from './field-error';

type BoundProps = 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'name';

interface ListInputProps {
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** Binds a Mantine input whose value is a list of strings to a react-hook-form list field. */
function boundListInput<P extends ListInputProps>(Input: ComponentType<P>) {
  return function FormListInput<T extends FieldValues>({
    control,
    name,
    ...props
  }: Omit<P, BoundProps> & { control: Control<T>; name: Path<T> }) {
    return (
      <Controller
        control={control}
        name={name}
        render={({ field, fieldState }) => (
          <Input
            {...(props as unknown as P)}
            ref={field.ref}
            name={field.name}
            value={(field.value as string[] | undefined) ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldErrorText(fieldState.error)}
          />
        )}
      />
    );
  };
}

/** Choices from a list (technologies, addressees). */
export const FormMultiSelect = boundListInput<MultiSelectProps>(MultiSelect);
/** Free-text list entries (typed, then Enter), such as a pilot's partners. */
export const FormTagsInput = boundListInput<TagsInputProps>(TagsInput);
