import { TagsInput, type TagsInputProps } from '@mantine/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from './field-error';

interface FormTagsInputProps<T extends FieldValues> extends Omit<TagsInputProps, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'name'> {
  control: Control<T>;
  name: Path<T>;
}

/** Free-text list entries (typed, then Enter), bound to a react-hook-form list of strings. */
export function FormTagsInput<T extends FieldValues>({ control, name, ...props }: FormTagsInputProps<T>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TagsInput
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
