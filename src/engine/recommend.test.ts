import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { recommendMessages } from './recommend';
import { makeProfile } from './test-fixtures';

const secularCbt = makeProfile({ id: 'secular-cbt', styles: ['practical-tools'] });
const twelveStep = makeProfile({
  id: 'twelve-step',
  problems: ['alcohol'],
  problemSpecific: true,
  approaches: ['twelve-step'],
  spirituality: 'central',
  styles: ['steps-and-sponsor', 'open-sharing'],
  anonymity: true,
  medication: { recovery: 'welcomed', mentalHealth: 'welcomed' },
});
const drugFellowship = makeProfile({
  id: 'drug-fellowship',
  problems: ['opioids', 'stimulants', 'cannabis', 'other-drugs'],
  approaches: ['twelve-step'],
  spirituality: 'central',
  medication: { recovery: 'varies-by-group', mentalHealth: 'varies-by-group' },
});
const moderation = makeProfile({ id: 'moderation', problems: ['alcohol'], goals: ['moderation', 'undecided'] });
const craftFamily = makeProfile({ id: 'craft-family', audience: 'family', familySupport: ['cope', 'help-them'], approaches: ['craft'] });
const copeFamily = makeProfile({ id: 'cope-family', audience: 'family', familySupport: ['cope'], problems: ['alcohol'], problemSpecific: true });
const uncertain = makeProfile({ id: 'uncertain', status: 'uncertain' });
const onlineWomen = makeProfile({ id: 'online-women', genderOnly: 'women', builtFor: ['women'], formats: [{ format: 'in-person', regions: ['us', 'ca'] }, { format: 'online-video' }] });

const catalogue = [secularCbt, twelveStep, drugFellowship, moderation, craftFamily, copeFamily, uncertain, onlineWomen];
const me = (more: Partial<Answers> = {}): Answers => ({ for: 'me', concerns: ['alcohol'], ...more });
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((g) => g.id);

describe('recommendMessages', () => {
  it('prefers a non-religious group for a person who wants no religion, and explains it', () => {
    const result = recommendMessages(me({ spirituality: 'secular', goal: 'stop' }), catalogue);
    expect(result.forYou[0]?.id).toBe('secular-cbt');
    expect(result.forYou[0]?.reasons.map((r) => r.key)).toContain('reason.spirituality.secularNone');
    const aa = result.forYou.find((g) => g.id === 'twelve-step');
    expect(aa?.cautions.map((c) => c.key)).toContain('caution.spirituality.central');
    expect(aa?.cautions.find((c) => c.key === 'caution.spirituality.central')?.note).toEqual({ profile: 'twelve-step', field: 'secular' });
  });

  it('prefers steps and sponsors for a person who asked for them', () => {
    const result = recommendMessages(me({ style: ['steps-and-sponsor'], spirituality: 'wants' }), catalogue);
    expect(result.forYou[0]?.id).toBe('twelve-step');
  });

  it('cautions a person on medication about groups where each meeting decides', () => {
    const result = recommendMessages({ for: 'me', concerns: ['opioids'], medication: 'yes' }, catalogue);
    const na = result.forYou.find((g) => g.id === 'drug-fellowship');
    expect(na?.cautions.map((c) => c.key)).toContain('caution.medication.varies-by-group.any');
  });

  it('lists family groups for a family member and ranks CRAFT first when they want to help', () => {
    const result = recommendMessages({ for: 'someone-else', concerns: ['alcohol'], familyGoal: 'help-them' }, catalogue);
    expect(ids(result.forYou)).toEqual(['craft-family', 'cope-family']);
    expect(result.forYou[0]?.reasons.map((r) => r.key)).toContain('reason.familyGoal.craft');
    expect(ids(result.forThem)).toContain('twelve-step');
    expect(ids(result.forThem)).not.toContain('craft-family');
  });

  it('names the loved one’s problem once in a family group’s reasons, in a family member’s words', () => {
    const result = recommendMessages({ for: 'someone-else', concerns: ['alcohol'], familyGoal: 'cope' }, catalogue);
    const family = result.forYou.find((g) => g.id === 'cope-family')!;
    const aboutTheProblem = family.reasons.filter((r) => r.cause === 'concerns');
    expect(aboutTheProblem.map((r) => r.key)).toEqual(['reason.family.forTheirProblem']);
    // A group for the person with the problem still says it in its own words.
    expect(result.forThem?.find((g) => g.id === 'twelve-step')?.reasons.map((r) => r.key)).toContain('reason.concerns.specific');
  });

  it('for a Spanish reader, weighs a group with Spanish meetings above one with many more meetings in English only', () => {
    const english = makeProfile({ id: 'english-many', reach: [{ 'in-person': 'many', 'online-video': 'many' }] });
    const spanish = makeProfile({ id: 'spanish-few', contacts: [{ spanish: 'https://example.org/es' }], reach: [{ 'in-person': 'few', 'online-video': 'few' }] });
    const inSpanish = recommendMessages({ ...me(), region: 'mx', language: 'es' }, [english, spanish]).forYou;
    expect(ids(inSpanish)).toEqual(['spanish-few', 'english-many']);
    expect(inSpanish[1]!.cautions.map((c) => c.key)).toContain('caution.language.noSpanish');
    // In English, more meetings win.
    expect(ids(recommendMessages({ ...me(), region: 'mx' }, [english, spanish]).forYou)).toEqual(['english-many', 'spanish-few']);
  });

  it('ranks groups for the loved one from their answers only, not the answering person’s beliefs', () => {
    const secular = recommendMessages({ for: 'someone-else', concerns: ['alcohol'], spirituality: 'secular' }, catalogue);
    const wants = recommendMessages({ for: 'someone-else', concerns: ['alcohol'], spirituality: 'wants' }, catalogue);
    expect(secular.forThem).toEqual(wants.forThem);
  });

  it('gives an uncertain group a caution and a lower score than an identical active one', () => {
    const result = recommendMessages(me(), [secularCbt, uncertain]);
    const [first, second] = result.forYou;
    expect(first?.id).toBe('secular-cbt');
    expect(second?.id).toBe('uncertain');
    expect(second!.score).toBeLessThan(first!.score);
    expect(second?.cautions.map((c) => c.key)).toContain('caution.status.uncertain');
  });

  it('explains that a group meets in person only elsewhere', () => {
    const result = recommendMessages(me({ region: 'uk', gender: 'woman' }), catalogue);
    const wfs = result.forYou.find((g) => g.id === 'online-women');
    expect(wfs?.cautions.map((c) => c.key)).toContain('caution.reach.inPersonElsewhere');
  });

  it('puts first the caution that costs the group most, not one that comes with points given', () => {
    // The closed card shows only the first caution: a Spanish reader should see "no Spanish" before
    // "in person only in the US; you can join online", which still leaves online meetings open.
    const result = recommendMessages(me({ region: 'mx', gender: 'woman', language: 'es' }), catalogue);
    const keys = result.forYou.find((g) => g.id === 'online-women')?.cautions.map((c) => c.key);
    expect(keys).toEqual(['caution.language.noSpanish', 'caution.reach.inPersonElsewhere']);
  });

  it('names only the camera-free kinds of meeting the person can use where they live', () => {
    const noCamera = (more: Partial<Answers>) =>
      recommendMessages(me({ privacy: ['no-camera'], ...more }), catalogue).forYou.find((g) => g.id === 'online-women');
    // In person only in the US and Canada, video everywhere: in the UK nothing is camera-free.
    expect(noCamera({ region: 'uk', gender: 'woman' })?.cautions.map((c) => c.key)).toContain('caution.privacy.camera');
    const inUs = noCamera({ region: 'us', gender: 'woman' })?.reasons.find((r) => r.key === 'reason.privacy.noCamera');
    expect(inUs?.terms).toEqual({ formats: ['format.in-person'] });
    // In the US, but able to use video only: meeting in person is no way round the camera for this person.
    expect(noCamera({ region: 'us', gender: 'woman', formats: ['online-video'] })?.cautions.map((c) => c.key)).toContain('caution.privacy.camera');
  });

  it('keeps to the limit and says why every other group is missing', () => {
    const result = recommendMessages(me(), catalogue, { limit: 2 });
    expect(result.forYou).toHaveLength(2);
    const accounted = new Set([...ids(result.forYou), ...result.leftOut.map((l) => l.id)]);
    expect(accounted.size).toBe(catalogue.length);
    expect(result.leftOut.find((l) => l.id === 'craft-family')?.rule).toBe(1);
    expect(result.leftOut.some((l) => l.rule === null && /^excluded\.lowerFit(Because|NothingAgainst)$/.test(l.reason.key))).toBe(true);
    for (const l of result.leftOut.filter((x) => x.reason.key === 'excluded.lowerFitBecause')) expect(l.reason.detail?.key).toMatch(/^caution\./);
  });

  it('never lists a group that works with none of the named problems', () => {
    const result = recommendMessages({ for: 'me', concerns: ['gambling'] }, [moderation, secularCbt]);
    expect(ids(result.forYou)).toEqual(['secular-cbt']);
    expect(result.leftOut).toContainEqual(expect.objectContaining({ id: 'moderation', rule: null, reason: expect.objectContaining({ key: 'excluded.noConcernMatch' }) }));
  });

  it('breaks ties by id so the order never changes', () => {
    const a = makeProfile({ id: 'b-group' });
    const b = makeProfile({ id: 'a-group' });
    expect(ids(recommendMessages(me(), [a, b]).forYou)).toEqual(['a-group', 'b-group']);
    expect(ids(recommendMessages(me(), [b, a]).forYou)).toEqual(['a-group', 'b-group']);
  });

  it('has no forThem list when the person is looking for themselves', () => {
    expect(recommendMessages(me(), catalogue).forThem).toBeUndefined();
  });
});
