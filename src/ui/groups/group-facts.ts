/** Plain-language labels for a profile's structured facts (used by compare, directory and profile views). */
import type { TFunction } from 'i18next';
import type { LocalizedProfile } from '../../content/types';
import type { Region } from '../../content/vocabulary';
import { dateFormat, listFormat } from '../intl-cache';

const list = (language: string, items: string[]) => listFormat(language).format(items);

/**
 * Each fact is worked out when it is read, not before: a results card reads two of them and a
 * directory entry four, and every label in them is a translation lookup. Worked out all at once,
 * the results' cards spent most of their render on facts nobody saw (issue 13).
 */
export function factText(t: TFunction, language: string, profile: LocalizedProfile) {
  const v = (group: string, value: string) => t(`groupFacts.values.${group}.${value}`);
  const regionNames = (regions: readonly Region[]) => list(language, regions.map((r) => t(`terms.region.${r}`)));
  return {
    get approach() {
      return list(language, profile.approaches.map((a) => v('approach', a)));
    },
    get spirituality() {
      return v('spirituality', profile.spirituality);
    },
    get goals() {
      return list(language, profile.goals.map((g) => v('goals', g)));
    },
    get audience() {
      return [v('audience', profile.audience), profile.genderOnly ? v('genderOnly', profile.genderOnly) : '', profile.age !== 'any' && profile.age !== 'not-stated' ? v('age', profile.age) : '']
        .filter(Boolean)
        .join(' · ');
    },
    get formats() {
      return list(
        language,
        profile.formats.map((f) =>
          f.regions ? t('groupFacts.regionOnly', { format: v('formats', f.format), regions: regionNames(f.regions) }) : v('formats', f.format),
        ),
      );
    },
    get cost() {
      return profile.cost.note ? `${v('cost', profile.cost.kind)}. ${profile.cost.note}` : v('cost', profile.cost.kind);
    },
    get problems() {
      return list(language, profile.problems.map((p) => v('problems', p)));
    },
    get medication() {
      return [
        t('groupFacts.medicationKind.recovery', { stance: v('medication', profile.medication.recovery) }),
        t('groupFacts.medicationKind.mentalHealth', { stance: v('medication', profile.medication.mentalHealth) }),
        profile.medication.note,
      ]
        .filter(Boolean)
        .join('. ');
    },
    get leadership() {
      return v('leadership', profile.meetings.leadership);
    },
    get status() {
      return v('status', profile.status);
    },
  };
}

export type FactKey = keyof ReturnType<typeof factText>;

/** Dates shown the way the reader's language writes them. */
export function formatDate(language: string, isoDate: string): string {
  return dateFormat(language).format(new Date(`${isoDate}T00:00:00Z`));
}
