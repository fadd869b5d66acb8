/**
 * Turns whatever a host passed (URL parameters, data-* attributes) into settings the app
 * can trust. Never throws: bad parts are dropped with a warning and the rest applies.
 */
import { pruneAnswers, type Draft } from '../machine/flow';
import { lenientParse } from './lenient';
import { settingsSchema, type Settings } from './settings-schema';

export interface ParsedSettings {
  settings: Settings;
  /** One line per problem, naming the setting and what was expected (English: for the page owner). */
  warnings: string[];
}

export const NO_SETTINGS: ParsedSettings = Object.freeze({ settings: {}, warnings: [] });

export function parseSettings(raw: unknown): ParsedSettings {
  const warnings: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: {}, warnings: [`settings: expected an object of settings, got ${raw === null ? 'null' : typeof raw}; using the defaults`] };
  }
  const settings = (lenientParse(settingsSchema, raw, '', warnings) ?? {}) as Settings;
  if (settings.presets) {
    const presets = settings.presets as Draft;
    const kept = pruneAnswers(presets);
    for (const key of Object.keys(presets) as (keyof Draft)[]) {
      if (key in kept) continue;
      warnings.push(`presets.${key}: ignored; ${(Object.hasOwn(WHY_PRUNED, key) && WHY_PRUNED[key]) || 'it does not apply with the other preset answers'}`);
    }
    settings.presets = kept as Settings['presets'];
  }
  return { settings, warnings };
}

const WHY_PRUNED: Partial<Record<keyof Draft, string>> = {
  relationship: 'only applies with presets.for = "someone-else"',
  familyGoal: 'only applies with presets.for = "someone-else"',
  genderSpecific: 'only applies with a presets.gender other than "prefer-not-to-say"',
  faith: 'does not apply with presets.spirituality = "secular"',
};
