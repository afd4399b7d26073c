import i18next from 'i18next';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${i18next.language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(i18next.language, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date (`2019-03-05`) or a date-time, shown as a date in the user's language. */
export function formatDate(value: string): string {
  // A bare date is a calendar day, not midnight UTC: read it without a time-zone shift.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return formatter({ dateStyle: 'medium' }).format(date);
}

export function formatDateTime(value: string): string {
  return formatter({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
