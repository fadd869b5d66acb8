/**
 * Words for a meeting that come from the feed's own vocabulary: its type codes, translated
 * with @code4recovery/spec (the spec's shared translations), and times in a chosen zone.
 */
import { getTypesForLanguage } from '@code4recovery/spec';

const typeNames = new Map<string, Record<string, string>>();
/** The spec's name for each type code in this language (English where the spec has none). */
export function typeNamesFor(language: string): Record<string, string> {
  let names = typeNames.get(language);
  if (!names) {
    const translated = getTypesForLanguage(language) as Record<string, string | undefined>;
    const english = getTypesForLanguage('en') as Record<string, string>;
    names = Object.fromEntries(Object.keys(english).map((code) => [code, translated[code] || english[code]!]));
    typeNames.set(language, names);
  }
  return names;
}

/** Types a person choosing a meeting looks for first: who it is for, access and language. */
export const KEY_TYPES = ['BE', 'W', 'M', 'LGBTQ', 'G', 'L', 'T', 'BI', 'NB', 'S', 'EN', 'X', 'XB', 'ASL', 'Y', 'SEN', 'A'] as const;
/** Shown in words of their own (open/closed explained; TC as "closed for now"). */
const SPOKEN_APART = new Set(['O', 'C', 'TC']);

export interface MeetingTypeWords {
  key: string[];
  other: string[];
}

export function typeWords(types: readonly string[], language: string): MeetingTypeWords {
  const names = typeNamesFor(language);
  const key: string[] = [];
  const other: string[] = [];
  for (const code of KEY_TYPES) if (types.includes(code) && names[code]) key.push(names[code]);
  for (const code of types) {
    if (SPOKEN_APART.has(code) || (KEY_TYPES as readonly string[]).includes(code)) continue;
    if (names[code]) other.push(names[code]); // codes the spec does not know are not shown
  }
  return { key, other };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function whenFormat(language: string, zone: string, withDate: boolean): Intl.DateTimeFormat {
  const id = `${language}|${zone}|${withDate}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      timeZone: zone,
      weekday: 'long',
      ...(withDate ? { day: 'numeric', month: 'long' } : {}),
      hour: 'numeric',
      minute: '2-digit',
    });
    formats.set(id, format);
  }
  return format;
}

/** "Tuesday 1 December at 19:00" in the reader's language and the given zone. */
export const formatWhen = (moment: number, language: string, zone: string): string => whenFormat(language, zone, true).format(moment);
/** "Tuesday 14:00": the same moment on another zone's clock. */
export const formatClock = (moment: number, language: string, zone: string): string => whenFormat(language, zone, false).format(moment);

/** "America/New_York" → "America/New York", as people read it. */
export const zoneName = (zone: string): string => zone.replace(/_/g, ' ');

/** The browser's own time zone (what the person's clock shows). */
export function personZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** tel: link for a conference line: digits and +, then the pauses (,) and codes (* #) phones dial. */
export function conferenceTel(phone: string): string {
  return `tel:${phone.replace(/[^0-9+,*#]/g, '').replace(/#/g, '%23')}`;
}
