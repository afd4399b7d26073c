import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type SubmitHandler } from 'react-hook-form';
import type { z } from 'zod';
import { placeServerErrors } from './server-errors';

interface ServerFormOptions<Input extends FieldValues> {
  defaultValues: DefaultValues<Input>;
  /** The fields the form shows: a server error that names one is shown under it, any other above the form. */
  fields: readonly string[];
}

/** What `submitWith` needs of a TanStack mutation. */
interface Mutation<Variables, Result> {
  mutate(
    variables: Variables,
    options: { onSuccess?: (result: Result) => void; onError: (error: unknown) => void },
  ): void;
}

/**
 * A form validated with a contracts schema (so the browser applies the API's own rules), with
 * what every form does with the API's answer. Its `handleSubmit` clears the previous request's
 * `formError` once the values are valid; `showServerError` puts a refused request's errors on
 * the fields they name and the rest in `formError`, which a FormAlert shows. `submitWith` is the
 * common case of both: the valid values sent as they are by one mutation.
 */
export function useServerForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  { defaultValues, fields }: ServerFormOptions<Input>,
) {
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues });
  const [formError, setFormError] = useState<string | null>(null);
  const handleSubmit = (send: SubmitHandler<Output>) =>
    form.handleSubmit((values, event) => {
      setFormError(null);
      return send(values, event);
    });
  const showServerError = (error: unknown) => setFormError(placeServerErrors(error, fields, form.setError));
  const submitWith = <Result>(mutation: Mutation<Output, Result>, onSuccess?: (result: Result) => void) =>
    handleSubmit((values) => mutation.mutate(values, { onSuccess, onError: showServerError }));
  return { ...form, handleSubmit, formError, setFormError, showServerError, submitWith };
}
