/**
 * The settings file: pathways-settings.json in the app's own folder (beside index.html), for
 * a clinic that publishes its own copy of Pathways. Only whoever runs the site can put a file
 * there, so its clinic settings (contact line, exit address, local groups…) are trusted like
 * an embed's, and labelled with this site. Fetched at start, in parallel with the strings, so
 * a site without the file pays one small request and no wait. Checked with the same schema
 * as every other setting (boot.ts); this part has no zod, so a site without a file loads none.
 */
import { fetchSameOriginJson } from './fetch-json';

export const SETTINGS_FILE = 'pathways-settings.json';
const MAX_BYTES = 50_000;
/** A slow or hanging answer must not hold the app back. */
const TIMEOUT_MS = 5000;

export interface SettingsFile {
  /** The file's JSON, not yet checked (null when there is no usable file). */
  raw: unknown;
  url: string;
  warnings: string[];
}

/**
 * The app's folder, also from groups/<id>.html: the icon link is written relative to it on
 * every page (./icon-32.png, ../icon-32.png), so its folder is the app's.
 */
export function appFolder(doc: Document = document): string {
  const icon = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
  return icon?.href ? new URL('.', icon.href).href : doc.baseURI;
}

export async function fetchSettingsFile(doc: Document = document, fetchFile?: typeof fetch): Promise<SettingsFile | null> {
  const folder = appFolder(doc);
  const url = new URL(SETTINGS_FILE, folder).href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Stop waiting, not the request (an aborted request is an error in the console for nothing).
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), TIMEOUT_MS)));
  try {
    const result = await Promise.race([fetchSameOriginJson(url, { base: folder, maxBytes: MAX_BYTES, fetchFile }), late]);
    if (result === null) {
      console.warn(`Pathways settings: ${SETTINGS_FILE} did not arrive within ${TIMEOUT_MS / 1000} s; starting without it`);
      return null;
    }
    if (result.ok) return { raw: result.data, url, warnings: [] };
    // No file is the usual case, and no problem: only a file that is there but unusable is worth a warning.
    if (result.status === 404 || result.status === 410) return null;
    return { raw: null, url, warnings: [`${SETTINGS_FILE}: ${result.why}; its settings are not used`] };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** True when the file holds anything to read or report (the published default is an empty object). */
export function hasSettings(file: SettingsFile | null): file is SettingsFile {
  if (!file) return false;
  if (file.warnings.length) return true;
  const raw = file.raw;
  return !(typeof raw === 'object' && raw !== null && !Array.isArray(raw) && Object.keys(raw).length === 0);
}
