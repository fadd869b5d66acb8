/**
 * Share links carry the answers in the URL fragment only (#results=…), which browsers
 * never send to a server, so no server log ever sees them.
 */
import { parseAnswers, type Answers, type ParsedAnswers } from '../engine/answers';
import type { Language } from '../content/vocabulary';

import { SHARE_PREFIX } from './share-prefix';

export { SHARE_PREFIX };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeAnswers(answers: Answers): string {
  return toBase64Url(JSON.stringify(answers));
}

/** Never throws: a mangled or tampered link is simply "not ok". */
export function decodeAnswers(encoded: string): ParsedAnswers {
  try {
    return parseAnswers(JSON.parse(fromBase64Url(encoded)));
  } catch {
    return { ok: false, problems: ['the link is damaged'] };
  }
}

/**
 * The link also names the language the person reads the results in (the contract's `language`), so
 * whoever opens it reads the same list in the same words, whatever their own browser prefers.
 */
export function shareUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>, answers: Answers, language: Language): string {
  return `${location.origin}${location.pathname}${location.search}${SHARE_PREFIX}${encodeAnswers({ ...answers, language })}`;
}
