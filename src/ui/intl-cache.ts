/** Intl formatters are slow to create on a cheap phone: make each one once per language. */
const lists = new Map<string, Intl.ListFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<string, Intl.Collator>();

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

/**
 * For sorting names, A to Z the way the language sorts them (the directory, the left-out groups). `a.localeCompare(b, language)` builds a collator on every call: sorting the
 * results' left-out groups that way took several milliseconds of one task on a slow phone.
 */
export function collator(language: string): Intl.Collator {
  let compare = collators.get(language);
  if (!compare) collators.set(language, (compare = new Intl.Collator(language, { sensitivity: 'base' })));
  return compare;
}
