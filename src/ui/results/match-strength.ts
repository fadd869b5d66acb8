/**
 * How a score reads to a person. The only place the thresholds live, so the ranking's
 * owner can calibrate them against the engine (scores are 0–1; see docs/ranking.md).
 */
export type MatchStrength = 'strong' | 'good' | 'worth-a-look';

/**
 * Groups built for the person score 0.9 or more, so they always read "strong". For groups built for
 * everyone (0.4–0.9), these sit where 0.75 and 0.55 sat when that band reached 1: the same fits read the same.
 */
export const STRONG_MATCH = 0.69;
export const GOOD_MATCH = 0.525;

export function matchStrength(score: number): MatchStrength {
  if (score >= STRONG_MATCH) return 'strong';
  if (score >= GOOD_MATCH) return 'good';
  return 'worth-a-look';
}
