/**
 * Real people's situations, written the way a counsellor who knew every group would judge
 * them: each principle, each hard rule, every family relationship, every region, both
 * languages. Used by personas.test.ts and the bench. Expectations name what must (and must
 * not) happen, never a whole list, so they survive new facts in the catalogue.
 */
import type { Answers } from '../answers';
import type { HardRule, ListName } from '../types';

export interface Persona {
  name: string;
  answers: Answers;
  /** Ids that must all be in the top three of forYou. */
  top3?: string[];
  /** At least one of these in the top three of forYou ("NA or HA"). */
  top3OneOf?: string[];
  /** Ids that must all be in the top three of forThem. */
  top3Them?: string[];
  top3ThemOneOf?: string[];
  /** The first group of forYou is one of these. */
  firstOneOf?: string[];
  firstThemOneOf?: string[];
  /** Ids that must not be in the top three of forYou (still listed lower, or left out). */
  notTop3?: string[];
  notTop3Them?: string[];
  /** Ids that must be left out by this hard rule (of forYou unless a list is named). */
  excluded?: [string, HardRule, ListName?][];
  /** Message keys a group must carry (reason or caution); `note` = the profile note it adds. */
  says?: { id: string; key: string; note?: 'medication' | 'secular' | 'status'; list?: ListName }[];
  /** Message keys no listed group may carry (the "you said" that was never said). */
  neverSays?: RegExp[];
}

const me = (answers: Omit<Answers, 'for'>): Answers => ({ for: 'me', ...answers });
const family = (answers: Omit<Answers, 'for'>): Answers => ({ for: 'someone-else', ...answers });

export const PERSONAS: Persona[] = [
  // The six people of the ranking issue.
  {
    name: 'man with no mental-health condition and no medication, drinking, wants to stop, US',
    answers: me({ concerns: ['alcohol'], goal: 'stop', mentalHealth: 'no', medication: 'no', gender: 'man', region: 'us' }),
    top3: ['alcoholics-anonymous'],
    excluded: [['dual-recovery-anonymous', 8], ['double-trouble-in-recovery', 8], ['medication-assisted-recovery-anonymous', 8], ['women-for-sobriety', 2], ['moderation-management', 5]],
  },
  {
    name: 'Muslim who wants a faith-based group, alcohol and opioids',
    answers: me({ concerns: ['alcohol', 'opioids'], spirituality: 'wants', faith: 'muslim' }),
    top3: ['millati-islami'],
    notTop3: ['dual-recovery-anonymous', 'wellbriety', 'medication-assisted-recovery-anonymous'],
    excluded: [['celebrate-recovery', 6], ['jacs', 6]],
    says: [{ id: 'millati-islami', key: 'reason.population.member' }],
  },
  {
    name: 'gay man using crystal meth',
    answers: me({ concerns: ['stimulants'], gender: 'man', lgbtq: true }),
    top3: ['crystal-meth-anonymous'],
    notTop3: ['medication-assisted-recovery-anonymous', 'dual-recovery-anonymous'],
  },
  {
    name: 'mother whose adult son uses heroin',
    answers: family({ relationship: 'parent', theirGender: 'man', theirAge: '26-plus', concerns: ['opioids'] }),
    firstOneOf: ['nar-anon', 'families-anonymous', 'smart-recovery-family-friends'],
    top3ThemOneOf: ['narcotics-anonymous', 'heroin-anonymous'],
    notTop3Them: ['medication-assisted-recovery-anonymous', 'dual-recovery-anonymous'],
    excluded: [['she-recovers', 2, 'forThem'], ['women-for-sobriety', 2, 'forThem'], ['al-anon', 3]],
  },
  {
    name: '16-year-old whose father drinks',
    answers: family({ relationship: 'child', concerns: ['alcohol'], age: 'under-18', familyGoal: 'cope' }),
    firstOneOf: ['alateen'],
    notTop3: ['adult-children-of-alcoholics'],
  },
  {
    name: 'person who is not sure about anything',
    answers: me({ concerns: ['not-sure'], mentalHealth: 'not-sure', goal: 'not-sure', medication: 'not-sure', spirituality: 'not-sure' }),
    notTop3: ['dual-recovery-anonymous', 'double-trouble-in-recovery', 'medication-assisted-recovery-anonymous', 'women-for-sobriety', 'she-recovers', 'millati-islami', 'celebrate-recovery', 'jacs', 'wellbriety'],
    neverSays: [/^reason\.medication/, /^caution\.medication/, /^reason\.spirituality/, /^reason\.population/],
  },

  // Principle 1: built for you.
  {
    name: 'person living with depression and drinking',
    answers: me({ concerns: ['alcohol'], mentalHealth: 'yes', goal: 'stop' }),
    top3OneOf: ['dual-recovery-anonymous', 'double-trouble-in-recovery'],
    says: [{ id: 'dual-recovery-anonymous', key: 'reason.population.member' }],
  },
  {
    name: 'person with a mental-health condition using several drugs, in the US',
    answers: me({ concerns: ['stimulants', 'cannabis'], mentalHealth: 'yes', region: 'us' }),
    top3OneOf: ['dual-recovery-anonymous', 'double-trouble-in-recovery'],
  },
  {
    name: 'person on methadone who wants to stop using heroin',
    answers: me({ concerns: ['opioids'], medication: 'recovery', goal: 'stop' }),
    top3: ['medication-assisted-recovery-anonymous'],
    says: [{ id: 'narcotics-anonymous', key: 'caution.medication.varies-by-group.recovery', note: 'medication' }],
  },
  {
    name: 'person on buprenorphine and an antidepressant',
    answers: me({ concerns: ['opioids', 'prescription-drugs'], medication: 'both' }),
    top3: ['medication-assisted-recovery-anonymous'],
  },
  {
    name: 'person on an antidepressant only, drinking',
    answers: me({ concerns: ['alcohol'], medication: 'mental-health' }),
    excluded: [['medication-assisted-recovery-anonymous', 8]],
    top3: ['alcoholics-anonymous'],
  },
  {
    name: 'person who takes medication but would not say which kind',
    answers: me({ concerns: ['opioids'], medication: 'yes' }),
    notTop3: ['medication-assisted-recovery-anonymous'],
    says: [{ id: 'medication-assisted-recovery-anonymous', key: 'caution.population.notSaid' }],
  },
  {
    name: 'woman who would like a women-only group for drinking',
    answers: me({ concerns: ['alcohol'], gender: 'woman', genderSpecific: true }),
    top3OneOf: ['women-for-sobriety', 'she-recovers'],
    says: [{ id: 'women-for-sobriety', key: 'reason.gender.onlyWanted' }],
  },
  {
    name: 'woman who did not ask for a women-only group still sees one built for women',
    answers: me({ concerns: ['alcohol'], gender: 'woman', spirituality: 'secular' }),
    top3OneOf: ['women-for-sobriety', 'she-recovers'],
  },
  {
    name: 'person who did not give a gender is not pushed towards women-only groups',
    answers: me({ concerns: ['alcohol'], gender: 'prefer-not-to-say' }),
    notTop3: ['women-for-sobriety', 'she-recovers'],
    says: [{ id: 'women-for-sobriety', key: 'caution.population.notSaid' }],
  },
  {
    name: 'man who prefers a men’s group is never shown women-only groups',
    answers: me({ concerns: ['alcohol'], gender: 'man', genderSpecific: true }),
    excluded: [['women-for-sobriety', 2], ['she-recovers', 2]],
  },
  {
    name: 'non-binary person',
    answers: me({ concerns: ['alcohol'], gender: 'non-binary' }),
    notTop3: ['she-recovers', 'women-for-sobriety'],
  },
  {
    name: 'Christian who wants faith at the centre',
    answers: me({ concerns: ['alcohol', 'cannabis'], spirituality: 'wants', faith: 'christian' }),
    top3: ['celebrate-recovery'],
    excluded: [['millati-islami', 6], ['jacs', 6]],
  },
  {
    name: 'Jewish person in recovery from drinking who wants faith to count',
    answers: me({ concerns: ['alcohol'], spirituality: 'wants', faith: 'jewish', region: 'us' }),
    top3: ['jacs'],
    excluded: [['celebrate-recovery', 6]],
  },
  {
    name: 'Indigenous person in Canada',
    answers: me({ concerns: ['alcohol'], faith: 'indigenous', spirituality: 'wants', region: 'ca' }),
    top3OneOf: ['wellbriety'],
  },
  {
    name: 'person with no faith is not pushed towards faith groups',
    answers: me({ concerns: ['alcohol', 'opioids'], faith: 'none', spirituality: 'open' }),
    notTop3: ['celebrate-recovery', 'millati-islami', 'jacs'],
  },
  {
    name: 'secular person is never shown a group built on a faith',
    answers: me({ concerns: ['opioids'], spirituality: 'secular', faith: 'none' }),
    excluded: [['celebrate-recovery', 6], ['millati-islami', 6], ['jacs', 6]],
  },
  {
    name: 'person who named another faith',
    answers: me({ concerns: ['alcohol'], spirituality: 'wants', faith: 'other' }),
    excluded: [['celebrate-recovery', 6], ['millati-islami', 6]],
  },
  {
    name: 'under-18 looking for themselves is not shown adult-only groups',
    answers: me({ concerns: ['alcohol'], age: 'under-18' }),
    excluded: [['women-for-sobriety', 4]],
  },

  // Principle 2: the fellowship for your exact problem.
  {
    name: 'person who drinks, nothing else said',
    answers: me({ concerns: ['alcohol'] }),
    top3: ['alcoholics-anonymous'],
    neverSays: [/^reason\.goal/, /^reason\.spirituality/, /^reason\.medication/],
  },
  {
    name: 'person who gambles',
    answers: me({ concerns: ['gambling'], goal: 'stop' }),
    top3: ['gamblers-anonymous'],
    excluded: [['alcoholics-anonymous', 3]],
  },
  {
    name: 'person using cannabis',
    answers: me({ concerns: ['cannabis'] }),
    top3: ['marijuana-anonymous'],
  },
  {
    name: 'person using cocaine who wants a 12-step group',
    answers: me({ concerns: ['stimulants'], style: ['steps-and-sponsor'] }),
    top3OneOf: ['cocaine-anonymous', 'crystal-meth-anonymous'],
  },
  {
    name: 'person using heroin',
    answers: me({ concerns: ['opioids'], goal: 'stop' }),
    top3OneOf: ['narcotics-anonymous', 'heroin-anonymous'],
  },
  {
    name: 'secular drinker keeps AA in view with an honest caution',
    answers: me({ concerns: ['alcohol'], spirituality: 'secular' }),
    top3OneOf: ['smart-recovery', 'lifering', 'secular-organizations-for-sobriety', 'women-for-sobriety'],
    says: [{ id: 'alcoholics-anonymous', key: 'caution.spirituality.central', note: 'secular' }],
  },
  {
    name: 'secular person in the UK who wants to stop drinking',
    answers: me({ concerns: ['alcohol'], goal: 'stop', spirituality: 'secular', region: 'uk' }),
    top3: ['smart-recovery'],
    excluded: [['moderation-management', 5], ['celebrate-recovery', 6]],
  },
  {
    name: 'person who wants to cut down on drinking',
    answers: me({ concerns: ['alcohol'], goal: 'cut-down' }),
    firstOneOf: ['moderation-management', 'hams', 'smart-recovery', 'in-the-rooms'],
    says: [{ id: 'alcoholics-anonymous', key: 'caution.goal.stopOnly' }],
  },

  // Principle 3: you can actually go.
  {
    name: 'person who can only use the phone',
    answers: me({ concerns: ['alcohol'], formats: ['phone'] }),
    says: [{ id: 'moderation-management', key: 'caution.reach.noneInFormatsAnywhere' }],
    neverSays: [/^reason\.formats\.match$/, /^reason\.reach/],
  },
  {
    name: 'woman in Australia who wants in-person meetings only',
    answers: me({ concerns: ['alcohol'], gender: 'woman', formats: ['in-person'], region: 'au' }),
    says: [{ id: 'women-for-sobriety', key: 'caution.reach.noneInFormats' }],
  },
  {
    name: 'private person who wants online meetings without a camera',
    answers: me({ concerns: ['alcohol'], formats: ['online-text', 'online-video'], privacy: ['no-camera', 'anonymous'] }),
    top3OneOf: ['alcoholics-anonymous', 'smart-recovery', 'in-the-rooms', 'lifering', 'women-for-sobriety'],
  },

  // Principle 4: the goal leads.
  {
    name: 'person who wants to stop using drugs, secular',
    answers: me({ concerns: ['opioids', 'stimulants'], goal: 'stop', spirituality: 'secular' }),
    excluded: [['moderation-management', 3]],
  },
  {
    name: 'person who is not sure about the goal',
    answers: me({ concerns: ['alcohol'], goal: 'not-sure' }),
    says: [{ id: 'smart-recovery', key: 'reason.goal.undecided' }],
  },
  {
    name: 'harm reduction: person who wants to use more safely',
    answers: me({ concerns: ['opioids'], goal: 'cut-down' }),
    firstOneOf: ['hams', 'smart-recovery', 'medication-assisted-recovery-anonymous', 'in-the-rooms'],
  },

  // Principle 5: family first, every relationship.
  {
    name: 'parent of an adult child who drinks, wanting support',
    answers: family({ relationship: 'parent', concerns: ['alcohol'], familyGoal: 'cope', theirAge: '26-plus' }),
    firstOneOf: ['al-anon'],
    top3Them: ['alcoholics-anonymous'],
  },
  {
    name: 'partner of someone who drinks',
    answers: family({ relationship: 'partner', concerns: ['alcohol'], familyGoal: 'both', theirGender: 'woman' }),
    firstOneOf: ['al-anon', 'smart-recovery-family-friends'],
    top3ThemOneOf: ['alcoholics-anonymous', 'women-for-sobriety', 'she-recovers'],
  },
  {
    name: 'mother who wants to help her son towards treatment',
    answers: family({ relationship: 'parent', concerns: ['opioids', 'stimulants'], familyGoal: 'help-them', theirGender: 'man', theirAge: '18-25' }),
    firstOneOf: ['smart-recovery-family-friends', 'nar-anon', 'families-anonymous'],
    says: [{ id: 'smart-recovery-family-friends', key: 'reason.familyGoal.craft' }],
    excluded: [['women-for-sobriety', 2, 'forThem']],
  },
  {
    name: 'adult who grew up with a father’s drinking',
    answers: family({ relationship: 'child', concerns: ['alcohol'], age: '26-plus', familyGoal: 'cope' }),
    top3: ['adult-children-of-alcoholics', 'al-anon'],
    excluded: [['alateen', 4]],
  },
  {
    name: 'sibling of someone using cannabis',
    answers: family({ relationship: 'sibling', concerns: ['cannabis'], familyGoal: 'cope' }),
    firstOneOf: ['nar-anon', 'families-anonymous', 'smart-recovery-family-friends'],
    top3Them: ['marijuana-anonymous'],
    notTop3: ['adult-children-of-alcoholics'],
  },
  {
    name: 'friend of someone who gambles',
    answers: family({ relationship: 'friend', concerns: ['gambling'] }),
    firstOneOf: ['gam-anon'],
    top3Them: ['gamblers-anonymous'],
    excluded: [['al-anon', 3]],
  },
  {
    name: 'wife of a man who gambles',
    answers: family({ relationship: 'partner', concerns: ['gambling'], familyGoal: 'cope', theirGender: 'man', gender: 'woman' }),
    firstOneOf: ['gam-anon'],
  },
  {
    name: 'other relative, not sure what the problem is',
    answers: family({ relationship: 'other', concerns: ['not-sure'] }),
    firstOneOf: ['families-anonymous', 'smart-recovery-family-friends', 'nar-anon', 'al-anon', 'gam-anon', 'adult-children-of-alcoholics'],
  },
  {
    name: 'grandparent worried about a teenager who drinks',
    answers: family({ relationship: 'other', concerns: ['alcohol'], theirAge: 'under-18', familyGoal: 'help-them' }),
    firstOneOf: ['al-anon', 'smart-recovery-family-friends'],
    excluded: [['women-for-sobriety', 4, 'forThem']],
  },
  {
    name: 'Christian parent of a son who drinks',
    answers: family({ relationship: 'parent', concerns: ['alcohol'], spirituality: 'wants', faith: 'christian', theirGender: 'man' }),
    firstOneOf: ['al-anon'],
    top3: ['celebrate-recovery'],
  },
  {
    name: 'parent of a daughter with depression who drinks',
    answers: family({ relationship: 'parent', concerns: ['alcohol'], mentalHealth: 'yes', theirGender: 'woman', theirAge: '18-25' }),
    top3ThemOneOf: ['dual-recovery-anonymous', 'double-trouble-in-recovery'],
  },
  {
    name: 'parent of a son on methadone',
    answers: family({ relationship: 'parent', concerns: ['opioids'], medication: 'recovery', theirGender: 'man' }),
    top3Them: ['medication-assisted-recovery-anonymous'],
  },
  {
    name: 'partner who said their loved one takes no medication',
    answers: family({ relationship: 'partner', concerns: ['opioids'], medication: 'no', mentalHealth: 'no' }),
    excluded: [['medication-assisted-recovery-anonymous', 8, 'forThem'], ['dual-recovery-anonymous', 8, 'forThem']],
  },

  // Every region, both languages.
  {
    name: 'Spanish speaker in Mexico who drinks',
    answers: me({ concerns: ['alcohol'], region: 'mx', language: 'es' }),
    top3: ['alcoholics-anonymous'],
  },
  {
    name: 'Spanish speaker in Madrid using cocaine',
    answers: me({ concerns: ['stimulants'], region: 'es', language: 'es' }),
    top3OneOf: ['cocaine-anonymous', 'narcotics-anonymous', 'crystal-meth-anonymous'],
  },
  {
    name: 'mother in Monterrey whose son drinks, in Spanish',
    answers: family({ relationship: 'parent', concerns: ['alcohol'], region: 'mx', language: 'es', theirGender: 'man' }),
    firstOneOf: ['al-anon'],
    top3Them: ['alcoholics-anonymous'],
  },
  {
    name: 'Spanish-speaking person with a drug problem in the US',
    answers: me({ concerns: ['opioids'], region: 'us', language: 'es' }),
    top3OneOf: ['narcotics-anonymous', 'heroin-anonymous'],
  },
  {
    name: 'person in New Zealand who gambles',
    answers: me({ concerns: ['gambling'], region: 'nz' }),
    top3: ['gamblers-anonymous'],
  },
  {
    name: 'person in Ireland who drinks',
    answers: me({ concerns: ['alcohol'], region: 'ie', goal: 'stop' }),
    top3: ['alcoholics-anonymous'],
  },
  {
    name: 'person in Canada using opioids',
    answers: me({ concerns: ['opioids'], region: 'ca' }),
    top3OneOf: ['narcotics-anonymous', 'heroin-anonymous'],
  },
  {
    name: 'person in Australia who drinks, secular',
    answers: me({ concerns: ['alcohol'], region: 'au', spirituality: 'secular' }),
    top3: ['smart-recovery'],
  },
  {
    name: 'person somewhere else using cannabis',
    answers: me({ concerns: ['cannabis'], region: 'other' }),
    top3OneOf: ['marijuana-anonymous', 'narcotics-anonymous', 'smart-recovery'],
  },

  // Style, identity and privacy refine the list.
  {
    name: 'person who meditates and is drawn to Buddhist practice',
    answers: me({ concerns: ['alcohol', 'opioids'], style: ['meditation'], faith: 'buddhist' }),
    top3OneOf: ['recovery-dharma', 'refuge-recovery'],
  },
  {
    name: 'LGBTQ+ person who would like LGBTQ+ meetings',
    answers: me({ concerns: ['alcohol'], lgbtq: true }),
    top3: ['alcoholics-anonymous'],
  },
  {
    name: 'young adult who would like meetings with people their age',
    answers: me({ concerns: ['alcohol'], age: '18-25' }),
    top3: ['alcoholics-anonymous'],
  },
  {
    name: 'person on prescription pills who is not sure about the main problem',
    answers: me({ concerns: ['prescription-drugs', 'not-sure'] }),
    top3OneOf: ['narcotics-anonymous', 'smart-recovery', 'pills-anonymous'],
  },
  {
    name: 'person who likes practical tools, drinking and drugs',
    answers: me({ concerns: ['alcohol', 'stimulants'], style: ['practical-tools'], goal: 'stop' }),
    // SMART's worldwide goals include cutting down, so for "stop" abstinence-based groups lead (principle 4).
    top3OneOf: ['lifering', 'smart-recovery'],
  },
  {
    name: 'secular person with depression who drinks and wants to cut down',
    answers: me({ concerns: ['alcohol'], mentalHealth: 'yes', goal: 'cut-down', spirituality: 'secular', region: 'us' }),
    // The goal takes the first place; the group built for people with a mental-health condition comes next, saying what does not fit.
    firstOneOf: ['smart-recovery', 'hams', 'moderation-management', 'in-the-rooms'],
    top3: ['dual-recovery-anonymous'],
    says: [
      { id: 'dual-recovery-anonymous', key: 'caution.goal.stopOnly' },
      { id: 'dual-recovery-anonymous', key: 'caution.spirituality.central', note: 'secular' },
    ],
  },
  {
    name: 'teenager whose father drinks',
    answers: family({ relationship: 'child', age: 'under-18', concerns: ['alcohol'], familyGoal: 'cope', region: 'uk' }),
    firstOneOf: ['alateen', 'al-anon'],
    top3: ['alateen'],
    notTop3: ['adult-children-of-alcoholics'],
  },
  {
    name: 'adult daughter of a mother who drinks',
    answers: family({ relationship: 'child', age: '26-plus', gender: 'woman', concerns: ['alcohol'], familyGoal: 'cope', region: 'us' }),
    // The group for her mother's drinking leads; the one built for adult children comes soon after.
    firstOneOf: ['al-anon', 'smart-recovery-family-friends', 'families-anonymous'],
    top3: ['adult-children-of-alcoholics'],
  },
  {
    name: 'person who wants a spiritual path, steps and a sponsor for drinking',
    answers: me({ concerns: ['alcohol'], spirituality: 'wants', style: ['steps-and-sponsor'] }),
    firstOneOf: ['alcoholics-anonymous'],
  },
];
