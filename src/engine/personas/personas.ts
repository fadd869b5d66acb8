/**
 * Real people's situations, used by the persona tests and the bench.
 * Each says what a sensible list must (and must not) contain; see personas.test.ts.
 */
import type { Answers } from '../answers';
import type { HardRule } from '../types';

export interface Persona {
  name: string;
  answers: Answers;
  /** Ids that must be in the top three of forYou (or forThem with `them:`). */
  top3?: string[];
  top3Them?: string[];
  /** Id expected first. */
  first?: string;
  /** Ids that must be left out by this hard rule. */
  excluded?: [string, HardRule][];
  /** Message keys a group must carry (reason or caution) when the whole list is ranked; `note` = the profile note it adds. */
  says?: { id: string; key: string; note?: 'medication' | 'secular' | 'status' }[];
}

export const PERSONAS: Persona[] = [
  {
    name: 'mother whose adult son uses heroin',
    answers: { for: 'someone-else', relationship: 'parent', theirGender: 'man', theirAge: '26-plus', concerns: ['opioids'], familyGoal: 'both' },
    top3: ['nar-anon'],
  },
  {
    name: 'secular person in the UK who wants to stop drinking',
    answers: { for: 'me', concerns: ['alcohol'], goal: 'stop', spirituality: 'secular', region: 'uk' },
    top3: ['smart-recovery', 'lifering'],
    excluded: [['moderation-management', 5], ['celebrate-recovery', 6]],
    says: [{ id: 'smart-recovery', key: 'reason.region.branch' }],
  },
  {
    name: 'person who wants a spiritual path, steps and a sponsor for drinking',
    answers: { for: 'me', concerns: ['alcohol'], spirituality: 'wants', style: ['steps-and-sponsor'] },
    first: 'alcoholics-anonymous',
  },
  {
    name: 'secular person shown AA gets an honest caution and a pointer to agnostic meetings',
    answers: { for: 'me', concerns: ['alcohol'], spirituality: 'secular' },
    says: [{ id: 'alcoholics-anonymous', key: 'caution.spirituality.central', note: 'secular' }],
  },
  {
    name: 'person using cocaine who wants a 12-step group',
    answers: { for: 'me', concerns: ['stimulants'], style: ['steps-and-sponsor'], spirituality: 'open' },
    top3: ['cocaine-anonymous', 'crystal-meth-anonymous'],
    excluded: [['alcoholics-anonymous', 3], ['gamblers-anonymous', 3]],
  },
  {
    name: 'person using cannabis who likes phone meetings',
    answers: { for: 'me', concerns: ['cannabis'], formats: ['phone'], spirituality: 'open' },
    first: 'marijuana-anonymous',
  },
  {
    name: 'person using heroin who wants to stop with others who used heroin',
    answers: { for: 'me', concerns: ['opioids'], goal: 'stop', style: ['steps-and-sponsor'], spirituality: 'wants' },
    top3: ['heroin-anonymous', 'narcotics-anonymous'],
  },
  {
    name: 'person on methadone',
    answers: { for: 'me', concerns: ['opioids'], medication: 'yes', region: 'us' },
    top3: ['medication-assisted-recovery-anonymous', 'smart-recovery'],
    says: [{ id: 'medication-assisted-recovery-anonymous', key: 'reason.medication.supportive' }],
  },
  {
    name: 'person on buprenorphine who likes 12-step meetings is told how NA groups differ',
    answers: { for: 'me', concerns: ['opioids'], medication: 'yes', style: ['steps-and-sponsor'] },
    says: [{ id: 'narcotics-anonymous', key: 'caution.medication.varies', note: 'medication' }],
  },
  {
    name: 'person with a gambling problem',
    answers: { for: 'me', concerns: ['gambling'], region: 'uk' },
    first: 'gamblers-anonymous',
    excluded: [['alcoholics-anonymous', 3], ['al-anon', 1]],
  },
  {
    name: 'person who wants to cut down on drinking, online',
    answers: { for: 'me', concerns: ['alcohol'], goal: 'cut-down', formats: ['online-text'], spirituality: 'secular' },
    top3: ['moderation-management', 'hams'],
  },
  {
    name: 'secular woman who wants online text chat and a women-only group',
    answers: { for: 'me', concerns: ['alcohol'], gender: 'woman', genderSpecific: true, spirituality: 'secular', formats: ['online-text'] },
    first: 'women-for-sobriety',
  },
  {
    name: 'woman living with depression who would like a women’s group',
    answers: { for: 'me', concerns: ['alcohol'], gender: 'woman', genderSpecific: true, mentalHealth: 'yes', spirituality: 'open', goal: 'not-sure' },
    top3: ['she-recovers'],
  },
  {
    name: 'man who prefers a men’s group is never shown women-only groups',
    answers: { for: 'me', concerns: ['alcohol'], gender: 'man', genderSpecific: true },
    excluded: [['women-for-sobriety', 2], ['she-recovers', 2]],
    says: [{ id: 'alcoholics-anonymous', key: 'reason.gender.someMeetings' }],
  },
  {
    name: 'person living with a mental health condition and using drugs',
    answers: { for: 'me', concerns: ['other-drugs'], mentalHealth: 'yes', spirituality: 'wants', formats: ['in-person'] },
    top3: ['dual-recovery-anonymous'],
  },
  {
    name: 'Christian who wants faith at the centre',
    answers: { for: 'me', concerns: ['alcohol', 'gambling'], spirituality: 'wants', faith: 'christian' },
    first: 'celebrate-recovery',
  },
  {
    name: 'person who meditates and is drawn to Buddhist practice',
    answers: { for: 'me', concerns: ['other-drugs'], faith: 'buddhist', style: ['meditation'], spirituality: 'open' },
    top3: ['recovery-dharma', 'refuge-recovery'],
  },
  {
    name: 'Indigenous person in Canada',
    answers: { for: 'me', concerns: ['alcohol'], faith: 'indigenous', spirituality: 'wants', region: 'ca', formats: ['in-person'] },
    top3: ['wellbriety'],
  },
  {
    name: 'Muslim person is not shown a Christian group',
    answers: { for: 'me', concerns: ['alcohol'], faith: 'muslim', spirituality: 'wants', region: 'us' },
    says: [{ id: 'millati-islami', key: 'reason.faith.builtOn' }, { id: 'millati-islami', key: 'caution.status.uncertain' }],
    excluded: [['celebrate-recovery', 6]],
  },
  {
    name: 'private person who wants online meetings without a camera',
    answers: { for: 'me', concerns: ['opioids'], formats: ['online-text'], privacy: ['no-camera', 'away-from-home-area', 'anonymous'], style: ['open-sharing', 'steps-and-sponsor', 'practical-tools'], spirituality: 'open' },
    top3: ['in-the-rooms'],
  },
  {
    name: 'parent of an adult child who drinks, wanting support',
    answers: { for: 'someone-else', relationship: 'parent', concerns: ['alcohol'], familyGoal: 'cope', spirituality: 'open' },
    top3: ['al-anon'],
    excluded: [['alcoholics-anonymous', 1], ['alateen', 4]],
    top3Them: ['alcoholics-anonymous'],
  },
  {
    name: 'teenager whose mother drinks',
    answers: { for: 'someone-else', relationship: 'child', concerns: ['alcohol'], age: 'under-18', familyGoal: 'cope' },
    first: 'alateen',
  },
  {
    name: 'adult who grew up with a father’s drinking',
    answers: { for: 'someone-else', relationship: 'child', concerns: ['alcohol'], age: '26-plus', familyGoal: 'cope', spirituality: 'open' },
    top3: ['adult-children-of-alcoholics'],
  },
  {
    name: 'partner of someone using drugs',
    answers: { for: 'someone-else', relationship: 'partner', concerns: ['stimulants', 'opioids'], familyGoal: 'cope', spirituality: 'open', formats: ['in-person', 'phone'] },
    top3: ['nar-anon', 'families-anonymous'],
    top3Them: ['narcotics-anonymous'],
  },
  {
    name: 'wife of a man who gambles',
    answers: { for: 'someone-else', relationship: 'partner', concerns: ['gambling'], familyGoal: 'cope', spirituality: 'open' },
    top3: ['gam-anon'],
    top3Them: ['gamblers-anonymous'],
    excluded: [['al-anon', 3]],
  },
  {
    name: 'mother who wants to help her son towards treatment',
    answers: { for: 'someone-else', relationship: 'parent', concerns: ['opioids'], familyGoal: 'help-them', medication: 'yes' },
    first: 'smart-recovery-family-friends',
    top3Them: ['medication-assisted-recovery-anonymous'],
  },
  {
    name: 'young person (under 18) looking for themselves is not shown adult-only groups',
    answers: { for: 'me', concerns: ['alcohol'], age: 'under-18', gender: 'woman' },
    excluded: [['women-for-sobriety', 4], ['she-recovers', 4], ['alateen', 1]],
    says: [{ id: 'alcoholics-anonymous', key: 'caution.age.notStated' }],
  },
  {
    name: 'person who is not sure what the problem is',
    answers: { for: 'me', concerns: ['not-sure'], goal: 'not-sure' },
    top3: ['smart-recovery'],
  },
  {
    name: 'person on prescription pills who is not sure about the main problem',
    answers: { for: 'me', concerns: ['prescription-drugs'], style: ['steps-and-sponsor'], spirituality: 'wants', formats: ['online-video'] },
    says: [{ id: 'pills-anonymous', key: 'caution.status.uncertain' }],
  },
  {
    name: 'Spanish-speaking person with a drug problem in the US',
    answers: { for: 'me', concerns: ['cannabis', 'opioids'], language: 'es', region: 'us' },
    says: [{ id: 'narcotics-anonymous', key: 'reason.language.spanish' }],
  },
  {
    name: 'LGBTQ+ person who would like LGBTQ+ meetings',
    answers: { for: 'me', concerns: ['alcohol'], lgbtq: true, gender: 'non-binary', spirituality: 'open' },
    says: [{ id: 'alcoholics-anonymous', key: 'reason.lgbtq.meetings' }],
    excluded: [['women-for-sobriety', 2]],
  },
  {
    name: 'woman in Australia who wants in-person meetings',
    answers: { for: 'me', concerns: ['alcohol'], gender: 'woman', region: 'au', formats: ['in-person'], spirituality: 'secular' },
    says: [{ id: 'women-for-sobriety', key: 'caution.region.inPersonElsewhere' }],
  },
  {
    name: 'harm reduction: person who wants to use more safely',
    answers: { for: 'me', concerns: ['other-drugs'], goal: 'cut-down', formats: ['online-text'], style: ['practical-tools'] },
    first: 'hams',
  },
  {
    name: 'person who is not sure about a spiritual side and wants to stop using drugs',
    answers: { for: 'me', concerns: ['stimulants'], goal: 'stop', spirituality: 'not-sure' },
    top3: ['cocaine-anonymous'],
  },
];
