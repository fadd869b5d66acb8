/**
 * What src/main.tsx runs before the first render when there are settings (in the address,
 * or in the settings file on the app's own site): check them, apply the theme, start the
 * iframe bridge, warn once per problem (summarised when there are many), and decide which
 * clinic settings may apply (trust.ts). Loaded only when needed: a plain visit downloads none of it.
 */
import { parentOriginFrom, startEmbedBridge, verifyParent } from './embed-bridge';
import { settingsFromSearch } from './from-url';
import { parseSettings, type ParsedSettings } from './parse-settings';
import type { Settings } from './settings-schema';
import type { SettingsFile } from './settings-file';
import { applyTheme } from './theme';
import { NOT_IN_PREVIEW, splitClinic, withoutKeys, type ClinicSource, type TrustOutcome } from './trust';

/** At most this many lines reach the console; the rest are counted (the preview panel lists them all). */
export const MAX_CONSOLE_WARNINGS = 20;

/** Every problem goes to the console once, with the same prefix, so a page owner can filter for it. */
export function reportWarnings(warnings: readonly string[], log: (message: string) => void = console.warn): void {
  for (const warning of warnings.slice(0, MAX_CONSOLE_WARNINGS)) log(`Pathways settings: ${warning}`);
  const more = warnings.length - MAX_CONSOLE_WARNINGS;
  if (more > 0) log(`Pathways settings: … and ${more} more problems like these (turn on preview to see them all on the page)`);
}

export function readSettings(search: string, root: HTMLElement = document.documentElement): ParsedSettings {
  const parsed = parseFromSearch(search);
  const warnings = [...parsed.warnings, ...applyTheme(parsed.settings.theme, root)];
  reportWarnings(warnings);
  return { settings: parsed.settings, warnings };
}

function parseFromSearch(search: string): ParsedSettings {
  try {
    const fromUrl = settingsFromSearch(search);
    const parsed = parseSettings(fromUrl.raw);
    return { settings: parsed.settings, warnings: [...fromUrl.warnings, ...parsed.warnings] };
  } catch (error) {
    // Never a blank page: whatever went wrong, the app starts with its defaults.
    return { settings: {}, warnings: [`could not read the settings (${(error as Error).message}); using the defaults`] };
  }
}

function parseFile(file: SettingsFile | null): ParsedSettings {
  if (!file) return { settings: {}, warnings: [] };
  if (file.raw === null) return { settings: {}, warnings: file.warnings };
  try {
    const parsed = parseSettings(file.raw);
    return { settings: parsed.settings, warnings: parsed.warnings.map((warning) => `pathways-settings.json: ${warning}`) };
  } catch (error) {
    return { settings: {}, warnings: [`pathways-settings.json: could not be read (${(error as Error).message}); its settings are not used`] };
  }
}

export interface BootedSettings extends ParsedSettings {
  /** The clinic-only settings, once their source is checked (at once, except in a frame). */
  trust: Promise<TrustOutcome>;
}

interface BootOptions {
  win?: Window;
  root?: HTMLElement;
  file?: SettingsFile | null;
  /** How long a frame waits for the loader to answer before its clinic settings are dropped. */
  verifyTimeoutMs?: number;
}

const sourcesFor = (settings: Settings, source: ClinicSource) =>
  Object.fromEntries(Object.keys(settings).map((key) => [key, source])) as TrustOutcome['sources'];

/**
 * The settings the first render may use at once (the file's, with the address's open
 * settings over them), and a promise of what the clinic-only part of the address turns into.
 */
export function bootSettings(search: string, { win = window, root = win.document.documentElement, file = null, verifyTimeoutMs }: BootOptions = {}): BootedSettings {
  const fromFile = parseFile(file);
  const fromUrl = search ? parseFromSearch(search) : { settings: {}, warnings: [] };
  const url = splitClinic(fromUrl.settings);
  const fileSplit = splitClinic(fromFile.settings);
  const settings: Settings = { ...fromFile.settings, ...url.open };
  // Theme: the file's, with the address's parts over it.
  if (fromFile.settings.theme || url.open.theme) settings.theme = { ...fromFile.settings.theme, ...url.open.theme };
  const warnings = [...fromFile.warnings, ...fromUrl.warnings, ...applyTheme(settings.theme, root)];
  reportWarnings(warnings);

  const fileSource: ClinicSource = { kind: 'file', origin: win.location.origin };
  const base: TrustOutcome = { clinic: fileSplit.clinic, sources: sourcesFor(fileSplit.clinic, fileSource), ignored: [], warnings: [] };
  const asked = Object.keys(url.clinic);
  const framed = win.top !== win.self;
  const parentOrigin = parentOriginFrom(search);
  if (framed) startBridge(search, win);

  let trust: Promise<TrustOutcome>;
  if (!asked.length) {
    trust = Promise.resolve(base);
  } else if (framed) {
    trust = verifyParent({ win, parentOrigin, timeoutMs: verifyTimeoutMs }).then((origin) => {
      if (origin) {
        return { ...base, clinic: { ...base.clinic, ...url.clinic }, sources: { ...base.sources, ...sourcesFor(url.clinic, { kind: 'embed', origin }) } };
      }
      const warning = `${asked.join(', ')}: not used, because the page around this frame could not be checked. Add Pathways with embed.js (see EMBEDDING.md), or put these settings in ${'pathways-settings.json'} on the Pathways site`;
      reportWarnings([warning]);
      return { ...base, ignored: asked, warnings: [warning] };
    });
  } else if (url.open.preview) {
    const shown = withoutKeys(url.clinic, NOT_IN_PREVIEW);
    const held = asked.filter((key) => (NOT_IN_PREVIEW as readonly string[]).includes(key));
    const warning = held.length ? [`${held.join(', ')}: not used in a preview link (Exit and the report link keep their safe defaults); they work once Pathways is embedded with embed.js`] : [];
    reportWarnings(warning);
    trust = Promise.resolve({ ...base, clinic: { ...base.clinic, ...shown }, sources: { ...base.sources, ...sourcesFor(shown, { kind: 'preview' }) }, warnings: warning });
  } else {
    const warning = `${asked.join(', ')}: not used, because a plain link can be written by anyone. Clinic details apply only through embed.js or pathways-settings.json (see EMBEDDING.md); add preview=1 to check them`;
    reportWarnings([warning]);
    trust = Promise.resolve({ ...base, ignored: asked, warnings: [warning] });
  }
  return { settings, warnings, trust };
}

/** Starts height messages to the embedding page, if the loader named one. */
export function startBridge(search: string, win: Window = window): void {
  const parentOrigin = parentOriginFrom(search);
  if (parentOrigin) startEmbedBridge({ win, parentOrigin });
  else if (new URLSearchParams(search).has('parentOrigin')) {
    reportWarnings(['parentOrigin: expected an origin such as https://clinic.example; the frame will not resize']);
  }
}
