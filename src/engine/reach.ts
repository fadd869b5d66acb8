/**
 * Ranking principle 3: a group you cannot reach is no help.
 * How reachable a group's meetings are for one person, from the profile's sourced `reach`
 * (per region and format) and the formats the person can use.
 */
import { FORMATS, type Format, type ReachLevel, type Region } from '../content/vocabulary';
import { formatsIn } from './fit';
import type { GroupProfile } from './types';
import { REACH_VALUE } from './weights';

export interface Reach {
  level: ReachLevel;
  /** REACH_VALUE of the level: 0 (none) to 1 (many). */
  value: number;
  /** Mean REACH_VALUE over the usable formats: more ways to get to a meeting, and more of each. */
  depth: number;
  /** The format that gives the best reach, when one does. */
  format?: Format;
}

/** The level for one format: a region's own entry first, then the entry for everywhere else. */
export function reachLevel(profile: GroupProfile, region: Region | undefined, format: Format, offered = formatsIn(profile, region)): ReachLevel {
  if (!offered.includes(format)) return 'none';
  if (region === undefined) {
    // No region given: the best the group offers anywhere, since the person may live where it is strongest.
    const levels = profile.reach.map((entry) => entry[format]).filter((l): l is ReachLevel => l !== undefined);
    return levels.length ? best(levels) : 'not-known';
  }
  const own = profile.reach.find((entry) => entry.regions?.includes(region) && entry[format] !== undefined);
  const elsewhere = profile.reach.find((entry) => !entry.regions && entry[format] !== undefined);
  return own?.[format] ?? elsewhere?.[format] ?? 'not-known';
}

/** The best reach over the formats the person can use (all formats when they did not say). */
export function reachFor(profile: GroupProfile, region: Region | undefined, usable: readonly Format[] | undefined): Reach {
  const formats = usable?.length ? usable : FORMATS;
  let result: Reach = { level: 'none', value: 0, depth: 0 };
  let total = 0;
  const offered = formatsIn(profile, region);
  for (const format of formats) {
    const level = reachLevel(profile, region, format, offered);
    total += REACH_VALUE[level];
    if (REACH_VALUE[level] > result.value) result = { ...result, level, value: REACH_VALUE[level], format };
  }
  return { ...result, depth: total / formats.length };
}

const best = (levels: ReachLevel[]): ReachLevel => levels.reduce((a, b) => (REACH_VALUE[b] > REACH_VALUE[a] ? b : a));

/** How widely the group meets anywhere (mean level over every sourced entry): a small sign of an established group. */
export function reachEverywhere(profile: GroupProfile): number {
  const known = everywhere.get(profile);
  if (known !== undefined) return known;
  const levels = profile.reach.flatMap((entry) => FORMATS.map((f) => entry[f]).filter((l): l is ReachLevel => l !== undefined));
  const value = levels.length ? levels.reduce((sum, l) => sum + REACH_VALUE[l], 0) / levels.length : 0;
  everywhere.set(profile, value);
  return value;
}

/** Profiles do not change while the app runs, so their spread is worked out once. */
const everywhere = new WeakMap<GroupProfile, number>();
