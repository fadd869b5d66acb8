/** People for the ranking issue and principles 1 to 4. */
import { family, me, type Persona } from './persona';

export const BY_PRINCIPLE: Persona[] = [
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
];
