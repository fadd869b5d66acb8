/**
 * How a score reads to a person. The only place the thresholds live, so the ranking's
 * owner can calibrate them against the engine (scores are 0–1; see docs/ranking.md).
 */
export type MatchStrength = 'strong' | 'good' | 'worth-a-look';

export const STRONG_MATCH = 0.75;
export const GOOD_MATCH = 0.55;

export function matchStrength(score: number): MatchStrength {
  if (score >= STRONG_MATCH) return 'strong';
  if (score >= GOOD_MATCH) return 'good';
  return 'worth-a-look';
}
