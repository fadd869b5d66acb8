/**
 * What src/main.tsx runs before the first render when the address carries settings:
 * read them, apply the theme, start the iframe bridge, and warn once per problem.
 * Loaded only when needed, so a plain visit downloads none of it.
 */
import { parentOriginFrom, startEmbedBridge } from './embed-bridge';
import { settingsFromSearch } from './from-url';
import { parseSettings, type ParsedSettings } from './parse-settings';
import { applyTheme } from './theme';

/** Every problem goes to the console once, with the same prefix, so a page owner can filter for it. */
export function reportWarnings(warnings: readonly string[], log: (message: string) => void = console.warn): void {
  for (const warning of warnings) log(`Pathways settings: ${warning}`);
}

export function readSettings(search: string, root: HTMLElement = document.documentElement): ParsedSettings {
  try {
    const fromUrl = settingsFromSearch(search);
    const parsed = parseSettings(fromUrl.raw);
    const warnings = [...fromUrl.warnings, ...parsed.warnings, ...applyTheme(parsed.settings.theme, root)];
    reportWarnings(warnings);
    return { settings: parsed.settings, warnings };
  } catch (error) {
    // Never a blank page: whatever went wrong, the app starts with its defaults.
    const warnings = [`could not read the settings (${(error as Error).message}); using the defaults`];
    reportWarnings(warnings);
    return { settings: {}, warnings };
  }
}

/** Starts height messages to the embedding page, if the loader named one. */
export function startBridge(search: string): void {
  const parentOrigin = parentOriginFrom(search);
  if (parentOrigin) startEmbedBridge({ parentOrigin });
  else if (new URLSearchParams(search).has('parentOrigin')) {
    reportWarnings(['parentOrigin: expected an origin such as https://clinic.example; the frame will not resize']);
  }
}
