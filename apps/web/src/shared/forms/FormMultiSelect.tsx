import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from './field-error';

interface FormMultiSelectProps<T extends FieldValues> extends Omit<MultiSelectProps, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'name'> {
  control: Control<T>;
  name: Path<T>;
}

/** A Mantine MultiSelect bound to a react-hook-form list field. */
export function FormMultiSelect<T extends FieldValues>({ control, name, ...props }: FormMultiSelectProps<T>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <MultiSelect
      {...props}
      ref={field.ref}
      name={field.name}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldErrorText(fieldState.error)}
    />
  );
}
