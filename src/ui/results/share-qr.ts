/**
 * A QR code of the share link, made on the device by @paulmillr/qr (small, no dependencies,
 * audited). Loaded only when the person prints or asks for the code: most never need it.
 */
import type { Language } from '../../content/vocabulary';
import type { Answers } from '../../engine/answers';

export interface ShareQr {
  url: string;
  /** Dark modules, row by row. */
  modules: boolean[][];
}

export async function makeShareQr(answers: Answers, language: Language): Promise<ShareQr> {
  const [{ encodeQR }, { shareUrl }] = await Promise.all([import('@paulmillr/qr'), import('../../share/share-link')]);
  const url = shareUrl(location, answers, language);
  // "medium" error correction survives a creased or smudged printout and still fits a long link.
  return { url, modules: encodeQR(url, 'raw', { ecc: 'medium', border: 0 }) };
}

/** One SVG path for every dark module ("M x y h1 v1 h-1 z"), so the code is a single element. */
export function qrPath(modules: boolean[][]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x} ${y}h1v1h-1z`)));
  return parts.join('');
}
