import { describe, expect, it } from 'vitest';
import { GOOD_MATCH, matchStrength, STRONG_MATCH } from './match-strength';

describe('match strength', () => {
  it('reads scores at and around the thresholds', () => {
    expect(matchStrength(1)).toBe('strong');
    expect(matchStrength(STRONG_MATCH)).toBe('strong');
    expect(matchStrength(STRONG_MATCH - 0.001)).toBe('good');
    expect(matchStrength(GOOD_MATCH)).toBe('good');
    expect(matchStrength(GOOD_MATCH - 0.001)).toBe('worth-a-look');
    expect(matchStrength(0)).toBe('worth-a-look');
  });
});
