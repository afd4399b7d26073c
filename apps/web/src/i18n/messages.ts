import i18next from 'i18next';
import en from './en.json';

// The API and the contract schemas word their messages in English; this finds the translation of
// the ones we know by their English text, and leaves any other message as it is.
const idByEnglishText = new Map(
  Object.entries(en.messages).map(([id, text]) => [text, id as keyof typeof en.messages]),
);

export function translateMessage(message: string): string {
  const id = idByEnglishText.get(message);
  return id ? i18next.t(`messages.${id}`) : message;
}
