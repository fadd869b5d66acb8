/** fast-check generator of valid answers, for property tests (engine, share links, machine). */
import fc from 'fast-check';
import { ANSWER_VALUES, type Answers } from './answers';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const some = <T>(values: readonly T[]) => fc.uniqueArray(pick(values), { minLength: 1, maxLength: values.length });

const common = {
  concerns: some(ANSWER_VALUES.concerns),
  mentalHealth: pick(ANSWER_VALUES.mentalHealth),
  goal: pick(ANSWER_VALUES.goal),
  medication: pick(ANSWER_VALUES.medication),
  spirituality: pick(ANSWER_VALUES.spirituality),
  faith: pick(ANSWER_VALUES.faith),
  style: some(ANSWER_VALUES.style),
  gender: pick(ANSWER_VALUES.gender),
  genderSpecific: fc.boolean(),
  lgbtq: fc.boolean(),
  age: pick(ANSWER_VALUES.age),
  formats: some(ANSWER_VALUES.formats),
  privacy: some(ANSWER_VALUES.privacy),
  region: pick(ANSWER_VALUES.region),
  language: pick(ANSWER_VALUES.language),
};
const required = ['for', 'concerns'] as const;

const forMe = { for: fc.constant('me' as const), ...common };
const forSomeoneElse = {
  for: fc.constant('someone-else' as const),
  relationship: pick(ANSWER_VALUES.relationship),
  theirGender: pick(ANSWER_VALUES.theirGender),
  theirAge: pick(ANSWER_VALUES.theirAge),
  familyGoal: pick(ANSWER_VALUES.familyGoal),
  ...common,
};

/** Any valid answers: every key but `for` and `concerns` may be missing ("not answered"). */
export const answersArbitrary: fc.Arbitrary<Answers> = fc.oneof(
  fc.record(forMe, { requiredKeys: [...required] }),
  fc.record(forSomeoneElse, { requiredKeys: [...required] }),
);

/** Complete answers: every key the path asks is answered (how the contract's independent cases are drawn). */
export const completeAnswersArbitrary: fc.Arbitrary<Answers> = fc.oneof(fc.record(forMe), fc.record(forSomeoneElse));
