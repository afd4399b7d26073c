import { Select, type SelectProps } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from './field-error';

interface FormSelectProps<T extends FieldValues> extends Omit<SelectProps, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'name'> {
  control: Control<T>;
  name: Path<T>;
}

/** A Mantine Select bound to a react-hook-form field (Select is not a native input, so `register` cannot drive it). */
export function FormSelect<T extends FieldValues>({ control, name, ...props }: FormSelectProps<T>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Select
      {...props}
      ref={field.ref}
      name={field.name}
      value={(field.value as string | undefined) ?? null}
      onChange={(value) => field.onChange(value ?? undefined)}
      onBlur={field.onBlur}
      error={fieldErrorText(fieldState.error)}
    />
  );
}
