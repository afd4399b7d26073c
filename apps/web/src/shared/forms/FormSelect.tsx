import { Select, type SelectProps } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from './field-error';

interface FormSelectProps<T extends FieldValues> extends Omit<
  SelectProps,
  'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'name'
> {
  control: Control<T>;
  name: Path<T>;
  /** What a cleared choice stores: undefined (required fields) or null (optional ones the API takes as "none"). */
  emptyValue?: null;
}

/** A Mantine Select bound to a react-hook-form field (Select is not a native input, so `register` cannot drive it). */
export function FormSelect<T extends FieldValues>({ control, name, emptyValue, ...props }: FormSelectProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          {...props}
          ref={field.ref}
          name={field.name}
          value={(field.value as string | undefined) ?? null}
          onChange={(value) => field.onChange(value ?? emptyValue)}
          onBlur={field.onBlur}
          error={fieldErrorText(fieldState.error)}
        />
      )}
    />
  );
}
