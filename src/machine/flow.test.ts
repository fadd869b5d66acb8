import { describe, expect, it } from 'vitest';
import { canVisit, getStep, progressFor, sectionStart, toggleValue, type Draft } from './flow';

describe('progress count', () => {
  it('does not change when an option is chosen on the current page', () => {
    const before: Draft = { for: 'me', concerns: ['alcohol'] };
    const afterChoosing: Draft = { ...before, gender: 'woman' };
    expect(progressFor(afterChoosing, 'gender')).toEqual(progressFor(before, 'gender'));
    const onFor = progressFor({}, 'for');
    expect(progressFor({ for: 'someone-else' }, 'for')).toEqual(onFor);
  });

  it('counts the path the earlier answers put the person on', () => {
    const family = progressFor({ for: 'someone-else' }, 'relationship');
    const mine = progressFor({ for: 'me' }, 'concerns');
    expect(family.current).toBe(2);
    expect(mine.current).toBe(2);
    expect(family.total).toBe(mine.total + 4);
  });
});

describe('family path sections', () => {
  const family: Draft = { for: 'someone-else', concerns: ['alcohol'] };
  it('announces the switch to the loved one, then back to "you"', () => {
    expect(sectionStart(family, 'relationship')).toBeNull();
    expect(sectionStart(family, 'theirGender')).toBe('them');
    expect(sectionStart(family, 'concerns')).toBeNull();
    expect(sectionStart(family, 'age')).toBe('you');
    expect(sectionStart(family, 'gender')).toBeNull();
  });
  it('says nothing on the path for oneself', () => {
    expect(sectionStart({ for: 'me' }, 'age')).toBeNull();
  });
});

describe('checkbox answers', () => {
  const concerns = getStep('concerns');
  it('keeps "not sure" on its own', () => {
    expect(toggleValue(concerns, ['alcohol', 'gambling'], 'not-sure')).toEqual(['not-sure']);
    expect(toggleValue(concerns, ['not-sure'], 'alcohol')).toEqual(['alcohol']);
    expect(toggleValue(concerns, ['alcohol'], 'alcohol')).toEqual([]);
  });
  it('lets other lists hold any mix', () => {
    expect(toggleValue(getStep('formats'), ['phone'], 'in-person')).toEqual(['phone', 'in-person']);
  });
});

describe('which pages can be opened', () => {
  it('needs the required answers before a later question', () => {
    expect(canVisit({}, 'for')).toBe(true);
    expect(canVisit({ for: 'me' }, 'concerns')).toBe(true);
    expect(canVisit({ for: 'me' }, 'goal')).toBe(false);
    expect(canVisit({ for: 'me', concerns: ['alcohol'] }, 'goal')).toBe(true);
    expect(canVisit({ for: 'me', concerns: ['alcohol'] }, 'theirAge')).toBe(false);
  });
});
