/** Plain-language labels for a profile's structured facts (used by compare, directory and profile views). */
import type { TFunction } from 'i18next';
import type { LocalizedProfile } from '../../content/types';
import type { Region } from '../../content/vocabulary';
import { dateFormat, listFormat } from '../intl-cache';

const list = (language: string, items: string[]) => listFormat(language).format(items);

export function factText(t: TFunction, language: string, profile: LocalizedProfile) {
  const v = (group: string, value: string) => t(`groupFacts.values.${group}.${value}`);
  const regionNames = (regions: readonly Region[]) => list(language, regions.map((r) => t(`terms.region.${r}`)));
  return {
    approach: list(language, profile.approaches.map((a) => v('approach', a))),
    spirituality: v('spirituality', profile.spirituality),
    goals: list(language, profile.goals.map((g) => v('goals', g))),
    audience: [v('audience', profile.audience), profile.genderOnly ? v('genderOnly', profile.genderOnly) : '', profile.age !== 'any' && profile.age !== 'not-stated' ? v('age', profile.age) : '']
      .filter(Boolean)
      .join(' · '),
    formats: list(
      language,
      profile.formats.map((f) =>
        f.regions ? t('groupFacts.regionOnly', { format: v('formats', f.format), regions: regionNames(f.regions) }) : v('formats', f.format),
      ),
    ),
    cost: profile.cost.note ? `${v('cost', profile.cost.kind)}. ${profile.cost.note}` : v('cost', profile.cost.kind),
    problems: list(language, profile.problems.map((p) => v('problems', p))),
    medication: [
      t('groupFacts.medicationKind.recovery', { stance: v('medication', profile.medication.recovery) }),
      t('groupFacts.medicationKind.mentalHealth', { stance: v('medication', profile.medication.mentalHealth) }),
      profile.medication.note,
    ]
      .filter(Boolean)
      .join('. '),
    leadership: v('leadership', profile.meetings.leadership),
    status: v('status', profile.status),
  };
}

export type FactKey = keyof ReturnType<typeof factText>;

/** Dates shown the way the reader's language writes them. */
export function formatDate(language: string, isoDate: string): string {
  return dateFormat(language).format(new Date(`${isoDate}T00:00:00Z`));
}
