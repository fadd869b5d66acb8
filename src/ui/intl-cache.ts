/** Intl formatters are slow to create on a cheap phone: make each one once per language. */
const lists = new Map<string, Intl.ListFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

export function listFormat(language: string): Intl.ListFormat {
  let format = lists.get(language);
  if (!format) lists.set(language, (format = new Intl.ListFormat(language, { type: 'conjunction' })));
  return format;
}

export function dateFormat(language: string): Intl.DateTimeFormat {
  let format = dates.get(language);
  if (!format) dates.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
}
