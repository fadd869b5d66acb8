/**
 * How settings change what the app shows: the answers it starts with and the groups it may
 * suggest. No validator here (types only), so the main bundle can use it for free.
 */
import type { Draft } from '../machine/flow';
import type { Settings } from './settings-schema';

/** The answers the questionnaire starts with: the presets, plus the region setting unless a preset names one. */
export function presetAnswers(settings: Settings): Draft {
  const presets = { ...(settings.presets as Draft | undefined) };
  if (settings.region && !presets.region) presets.region = settings.region;
  return presets;
}

/** Whether a group may appear in the suggestions: on the include list (if there is one), and not excluded. */
export function isGroupShown(settings: Settings, id: string): boolean {
  if (settings.include?.length && !(settings.include as string[]).includes(id)) return false;
  return !(settings.exclude as string[] | undefined)?.includes(id);
}

export function filterGroups<T extends { id: string }>(groups: readonly T[], settings: Settings): T[] {
  return groups.filter((group) => isGroupShown(settings, group.id));
}

/** True when the clinic narrowed the list, so the results can say so honestly. */
export const hasGroupFilter = (settings: Settings): boolean => !!(settings.include?.length || settings.exclude?.length);
