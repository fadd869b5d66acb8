/**
 * A pseudo-locale for tests: every string becomes longer, accented and bracketed
 * ("⟦Çöñţîñûé~~~⟧"), so hard-coded text and layouts that break on longer words stand out.
 * {{placeholders}} are kept as they are.
 */
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'î', o: 'ö', u: 'û', c: 'ç', n: 'ñ', A: 'Å', E: 'É', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ' };

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

export function pseudoString(text: string): string {
  const parts = text.split(/(\{\{[^}]+\}\})/);
  const body = parts.map((part) => (part.startsWith('{{') ? part : part.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch))).join('');
  const padding = '~'.repeat(Math.ceil(text.length * 0.4));
  return `${PSEUDO_OPEN}${body}${padding}${PSEUDO_CLOSE}`;
}

export function pseudoLocalize<T>(strings: T): T {
  if (typeof strings === 'string') return pseudoString(strings) as T;
  if (strings && typeof strings === 'object') {
    return Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, pseudoLocalize(v)])) as T;
  }
  return strings;
}
