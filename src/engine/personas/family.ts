/** Principle 5: family first, every relationship. */
import { family, type Persona } from './persona';

export const FAMILY: Persona[] = [
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
];
