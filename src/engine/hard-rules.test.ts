import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { findExclusion } from './hard-rules';
import { makeProfile } from './test-fixtures';
import type { GroupProfile, ListName } from './types';

const me = (more: Partial<Answers> = {}): Answers => ({ for: 'me', concerns: ['alcohol'], ...more });
const family = (more: Partial<Answers> = {}): Answers => ({ for: 'someone-else', concerns: ['alcohol'], ...more });

const familyGroup = makeProfile({ id: 'family-group', audience: 'family', familySupport: ['cope'] });
const personGroup = makeProfile({ id: 'person-group' });
const bothGroup = makeProfile({ id: 'both-group', audience: 'both', familySupport: ['cope'] });
const womenOnly = makeProfile({ id: 'women-only', genderOnly: 'women' });
const womenAndNonBinary = makeProfile({ id: 'women-nb', genderOnly: 'women', genderAlsoWelcomes: ['non-binary'] });
const gamblingOnly = makeProfile({ id: 'gambling-only', problems: ['gambling'], problemSpecific: true });
const teensOnly = makeProfile({ id: 'teens', age: 'teens-only', audience: 'family', familySupport: ['cope'] });
const adultsOnly = makeProfile({ id: 'adults', age: 'adults-only' });
const moderationOnly = makeProfile({ id: 'moderation', goals: ['moderation'] });
const christian = makeProfile({ id: 'christian', faith: 'christian', spirituality: 'central' });
const inactive = makeProfile({ id: 'inactive', status: 'inactive' });

type Row = [string, GroupProfile, Answers, ListName, number | null];

const table: Row[] = [
  ['1: family group hidden from a person looking for themselves', familyGroup, me(), 'forYou', 1],
  ['1: family group shown to a family member', familyGroup, family(), 'forYou', null],
  ['1: family group never among groups the loved one could try', familyGroup, family(), 'forThem', 1],
  ['1: group for the person hidden from the family member’s own list', personGroup, family(), 'forYou', 1],
  ['1: group for the person shown as one the loved one could try', personGroup, family(), 'forThem', null],
  ['1: a group for both appears in either list', bothGroup, family(), 'forYou', null],
  ['1: a group for both appears for the person too', bothGroup, me(), 'forYou', null],
  ['2: women-only group hidden from a man', womenOnly, me({ gender: 'man' }), 'forYou', 2],
  ['2: women-only group shown to a woman', womenOnly, me({ gender: 'woman' }), 'forYou', null],
  ['2: women-only group hidden from a non-binary person unless it says it welcomes them', womenOnly, me({ gender: 'non-binary' }), 'forYou', 2],
  ['2: a women’s group that welcomes non-binary people is shown to them', womenAndNonBinary, me({ gender: 'non-binary' }), 'forYou', null],
  ['2: gender not given: shown (with a caution elsewhere)', womenOnly, me({ gender: 'prefer-not-to-say' }), 'forYou', null],
  ['2: the loved one’s gender is unknown, so no gender rule for them', womenOnly, family({ gender: 'man' }), 'forThem', null],
  ['3: gambling fellowship hidden when only alcohol is named', gamblingOnly, me(), 'forYou', 3],
  ['3: gambling fellowship shown when gambling is named', gamblingOnly, me({ concerns: ['alcohol', 'gambling'] }), 'forYou', null],
  ['3: gambling fellowship shown when the person is not sure', gamblingOnly, me({ concerns: ['not-sure'] }), 'forYou', null],
  ['4: teen group hidden from an adult', teensOnly, family({ age: '26-plus' }), 'forYou', 4],
  ['4: teen group hidden when age is not given', teensOnly, family(), 'forYou', 4],
  ['4: teen group shown to an under-18', teensOnly, family({ age: 'under-18' }), 'forYou', null],
  ['4: adult group hidden from an under-18', adultsOnly, me({ age: 'under-18' }), 'forYou', 4],
  ['4: adult group shown when age is not given', adultsOnly, me(), 'forYou', null],
  ['5: moderation-only group hidden when the goal is to stop', moderationOnly, me({ goal: 'stop' }), 'forYou', 5],
  ['5: moderation-only group shown when the goal is to cut down', moderationOnly, me({ goal: 'cut-down' }), 'forYou', null],
  ['5: moderation-only group hidden from the loved one’s list when their goal is to stop', moderationOnly, family({ goal: 'stop' }), 'forThem', 5],
  ['6: faith group hidden from a secular person', christian, me({ spirituality: 'secular' }), 'forYou', 6],
  ['6: faith group hidden from a person of another faith', christian, me({ faith: 'muslim' }), 'forYou', 6],
  ['6: faith group shown to a person of that faith', christian, me({ faith: 'christian' }), 'forYou', null],
  ['6: faith group shown to a person open to spirituality', christian, me({ spirituality: 'open' }), 'forYou', null],
  ['7: inactive group never shown', inactive, me(), 'forYou', 7],
];

describe('hard rules', () => {
  it.each(table)('%s', (_name, profile, answers, list, expected) => {
    const exclusion = findExclusion(profile, answers, list);
    expect(exclusion?.rule ?? null).toBe(expected);
    if (exclusion) expect(exclusion.reason.key).toMatch(/^excluded\./);
  });

  it('reports the lowest-numbered rule when several apply', () => {
    const both = makeProfile({ id: 'x', audience: 'family', familySupport: ['cope'], status: 'inactive' });
    expect(findExclusion(both, me(), 'forYou')?.rule).toBe(1);
  });
});
