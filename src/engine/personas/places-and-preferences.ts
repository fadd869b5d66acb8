/** Every region and both languages; style, identity and privacy. */
import { family, me, type Persona } from './persona';

export const PLACES_AND_PREFERENCES: Persona[] = [
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
