import type { FieldError } from 'react-hook-form';
import { translateMessage } from '../../i18n/messages';

/** The text Mantine shows under a field (and links to it with aria-describedby). */
export function fieldErrorText(error: FieldError | undefined): string | undefined {
  return error?.message ? translateMessage(error.message) : undefined;
}
