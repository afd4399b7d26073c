import type { FieldError } from 'react-hook-form';
import { translateFieldMessage } from '../../i18n/problems';

/** The text Mantine shows under a field (and links to it with aria-describedby). */
export function fieldErrorText(error: FieldError | undefined): string | undefined {
  return error?.message ? translateFieldMessage(error.message) : undefined;
}
