/**
 * Checks shared by every text field of a feed. Feed text is shown as plain text only, but a
 * field that carries markup or a script address is a sign of a broken or hostile feed, so the
 * meeting is skipped rather than shown with it.
 */

// A tag opening (<b, </p, <!--, <?php) anywhere in the text; "a < b" with a space passes.
const HTML = /<\s*[a-z!/?]/i;
// "javascript:" and its look-alikes (spaces, tabs or newlines between the letters).
const SCRIPT_ADDRESS = /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:|vbscript\s*:|data\s*:\s*text\/html/i;
// eslint-disable-next-line no-control-regex
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_LONG = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Why a text cannot be shown, or null when it can. */
export function textProblem(value: string, { multiline = false } = {}): string | null {
  if (HTML.test(value)) return 'contains HTML; Pathways shows plain text only';
  if (SCRIPT_ADDRESS.test(value)) return 'contains a script address ("javascript:")';
  if ((multiline ? CONTROL_LONG : CONTROL_ONE_LINE).test(value)) return 'contains control characters';
  return null;
}

/** True for a plain https:// address with a host name (no user name or password in it). */
export function isHttpsUrl(value: string): boolean {
  if (value.length > 2000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !!url.hostname && !url.username && !url.password;
  } catch {
    return false;
  }
}

const zoneCache = new Map<string, boolean>();
/** True for a time zone the browser knows by its IANA name (such as "America/New_York"). */
export function isTimeZone(value: string): boolean {
  let known = zoneCache.get(value);
  if (known === undefined) {
    try {
      // "UTC" and "Etc/…" are valid too; an offset like "+02:00" is not a place's zone.
      known = /^[A-Za-z][A-Za-z0-9_+/-]*$/.test(value) && !!new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
    } catch {
      known = false;
    }
    zoneCache.set(value, known);
  }
  return known;
}
