/**
 * Picks one language out of content, so the browser downloads only the
 * language it shows: every { en, es } text becomes a plain string.
 */
import { LANGUAGES, type Language } from './vocabulary.ts';
import type { LocalizedText } from './schema.ts';

/** The same shape with every LocalizedText replaced by a string. */
export type Localized<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

const LANGUAGE_SET = new Set<string>(LANGUAGES);

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return keys.length === LANGUAGES.length && keys.every((k) => LANGUAGE_SET.has(k));
}

export function localize<T>(value: T, language: Language): Localized<T> {
  if (Array.isArray(value)) return value.map((v) => localize(v, language)) as Localized<T>;
  if (value && typeof value === 'object') {
    if (isLocalizedText(value)) return value[language] as Localized<T>;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, language)])) as Localized<T>;
  }
  return value as Localized<T>;
}
