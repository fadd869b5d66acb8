/**
 * The directory's filters: a few plain-language buckets over the profile vocabulary.
 * Within one question any ticked box may match; across questions all must match
 * (the usual way filter forms work, so ticking more in one place widens the list).
 */
import type { LocalizedProfile } from '../../content/types';
import type { Approach, Format } from '../../content/vocabulary';
import { collator } from '../intl-cache';

export const APPROACH_BUCKETS = {
  'twelve-step': ['twelve-step'],
  'non-religious': ['secular-cbt', 'secular-peer'],
  'faith-or-spiritual': ['faith-based', 'buddhist-inspired', 'culturally-specific'],
  'moderation-harm-reduction': ['moderation', 'harm-reduction'],
  // Family support is left out: "Who it is for" already answers that question.
  other: ['dual-diagnosis', 'medication-assisted', 'online-community', 'craft'],
} as const satisfies Record<string, readonly Approach[]>;

export type ApproachBucket = keyof typeof APPROACH_BUCKETS;
export const APPROACH_BUCKET_IDS = Object.keys(APPROACH_BUCKETS) as ApproachBucket[];

export const AUDIENCE_CHOICES = ['person', 'family'] as const;
export type AudienceChoice = (typeof AUDIENCE_CHOICES)[number];

export const FORMAT_CHOICES = ['in-person', 'online-video', 'online-text', 'phone'] as const satisfies readonly Format[];
export type FormatChoice = (typeof FORMAT_CHOICES)[number];

export interface DirectoryFilters {
  approach: ApproachBucket[];
  audience: AudienceChoice[];
  format: FormatChoice[];
}

export type FilterQuestion = keyof DirectoryFilters;

export const NO_FILTERS: DirectoryFilters = { approach: [], audience: [], format: [] };

export function hasFilters(filters: DirectoryFilters): boolean {
  return filters.approach.length + filters.audience.length + filters.format.length > 0;
}

export function toggleFilter(filters: DirectoryFilters, question: FilterQuestion, value: string): DirectoryFilters {
  const current = filters[question] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [question]: next };
}

export function approachBuckets(profile: LocalizedProfile): ApproachBucket[] {
  return APPROACH_BUCKET_IDS.filter((bucket) =>
    (APPROACH_BUCKETS[bucket] as readonly Approach[]).some((a) => profile.approaches.includes(a)),
  );
}

function servesAudience(profile: LocalizedProfile, choice: AudienceChoice): boolean {
  return profile.audience === 'both' || profile.audience === choice;
}

export function matchesFilters(profile: LocalizedProfile, filters: DirectoryFilters): boolean {
  const anyOf = <T>(chosen: T[], test: (value: T) => boolean) => chosen.length === 0 || chosen.some(test);
  const buckets = approachBuckets(profile);
  return (
    anyOf(filters.approach, (b) => buckets.includes(b)) &&
    anyOf(filters.audience, (a) => servesAudience(profile, a)) &&
    anyOf(filters.format, (f) => profile.formats.some((offer) => offer.format === f))
  );
}

/** A to Z by the name in the reader's language, the way that language sorts (e.g. accents in Spanish). */
export function sortByName(profiles: readonly LocalizedProfile[], language: string): LocalizedProfile[] {
  const names = collator(language);
  return [...profiles].sort((a, b) => names.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
