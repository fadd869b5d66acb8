/**
 * Which settings may come from where. A link's address can be written by anyone, so text a
 * person might act on — a contact name, phone number or website, "Offered here" notes, where
 * Exit goes, which groups are shown, local groups and meeting feeds — counts only where a
 * clinic really set it:
 *   - in a frame whose parent page is verified (the loader answered from the origin it named,
 *     src/settings/embed-bridge.ts verifyParent), labelled with that origin;
 *   - in the settings file on the app's own site (settings-file.ts), labelled with this site.
 * A plain top-level link keeps only what cannot mislead (language, region, colours, preset
 * answers the person can change). With preview on, a page owner sees the clinic parts, marked
 * loudly as an unchecked preview; Exit and the report link keep their safe defaults there.
 * No zod here: types only.
 */
import type { Settings } from './settings-schema';

/** The only settings a plain link may set. Everything else (including settings added later) is clinic-only. */
// meetingFeeds too: a plain link can only name feeds on the app's own site (another origin is
// refused, the host relay needs the loader), so it shows only what the site's owner published.
export const OPEN_KEYS = ['lang', 'region', 'theme', 'presets', 'preview', 'meetingFeeds'] as const satisfies readonly (keyof Settings)[];
/** Never taken from a preview link: where the person is sent when they leave or report. */
export const NOT_IN_PREVIEW = ['exitUrl', 'reportUrl'] as const satisfies readonly (keyof Settings)[];

export type ClinicSource =
  /** Set by the page that embeds the app, whose origin was verified. */
  | { kind: 'embed'; origin: string }
  /** From pathways-settings.json on the app's own site. */
  | { kind: 'file'; origin: string }
  /** A preview link at top level: shown for checking, never trusted. */
  | { kind: 'preview' };

const OPEN = new Set<string>(OPEN_KEYS);
const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

export function splitClinic(settings: Settings): { open: Settings; clinic: Settings } {
  const open: Record<string, unknown> = {};
  const clinic: Record<string, unknown> = {};
  for (const key of Object.keys(settings)) {
    const value = (settings as Record<string, unknown>)[key];
    if (value === undefined) continue;
    (OPEN.has(key) ? open : clinic)[key] = value;
  }
  return { open: open as Settings, clinic: clinic as Settings };
}

export function withoutKeys(settings: Settings, keys: readonly string[]): Settings {
  const copy: Record<string, unknown> = { ...settings };
  for (const key of keys) if (has(copy, key)) delete copy[key];
  return copy as Settings;
}

/** What the clinic-only part of the settings turned into once its source was checked. */
export interface TrustOutcome {
  /** Clinic settings that apply, merged over the open ones. */
  clinic: Settings;
  /** Where each applied clinic setting came from (for "From the website you came from: …"). */
  sources: Partial<Record<string, ClinicSource>>;
  /** Clinic settings found in the address but not used (a plain link): the page says so. */
  ignored: string[];
  warnings: string[];
}

export const NO_TRUST: TrustOutcome = Object.freeze({ clinic: {}, sources: {}, ignored: [], warnings: [] });

/** The host name people recognise: "riverside-clinic.example" for https://riverside-clinic.example. */
export function siteName(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
