/**
 * The answers format of the contract, as a schema. It uses zod/mini because the
 * browser needs it too (share links, clinic presets) and every kilobyte ships.
 */
import * as z from 'zod/mini';
import { ANSWER_KEYS, ANSWER_VALUES, LIST_KEYS, type AnswerKey } from './answer-values';

export { ANSWER_KEYS, ANSWER_VALUES, LIST_KEYS, type AnswerKey };

/** Keys that describe the family path: the answering person's role and goal, the loved one's gender and age. */
export const FAMILY_ONLY_KEYS = ['relationship', 'familyGoal', 'theirGender', 'theirAge'] as const satisfies readonly AnswerKey[];

const onlyForSomeoneElse = (key: (typeof FAMILY_ONLY_KEYS)[number]) =>
  z.refine<{ for: string } & Partial<Record<typeof key, unknown>>>((a) => a.for === 'someone-else' || a[key] === undefined, {
    path: [key],
    message: 'only allowed when "for" is "someone-else"',
  });

const one = <const T extends readonly [string, ...string[]]>(values: T) => z.optional(z.enum(values));
const many = <const T extends readonly [string, ...string[]]>(values: T) => z.optional(z.array(z.enum(values)));

export const answersSchema = z
  .strictObject({
    for: z.enum(ANSWER_VALUES.for),
    relationship: one(ANSWER_VALUES.relationship),
    theirGender: one(ANSWER_VALUES.theirGender),
    theirAge: one(ANSWER_VALUES.theirAge),
    concerns: z.array(z.enum(ANSWER_VALUES.concerns)).check(z.minLength(1)),
    mentalHealth: one(ANSWER_VALUES.mentalHealth),
    goal: one(ANSWER_VALUES.goal),
    medication: one(ANSWER_VALUES.medication),
    familyGoal: one(ANSWER_VALUES.familyGoal),
    spirituality: one(ANSWER_VALUES.spirituality),
    faith: one(ANSWER_VALUES.faith),
    style: many(ANSWER_VALUES.style),
    gender: one(ANSWER_VALUES.gender),
    genderSpecific: z.optional(z.boolean()),
    lgbtq: z.optional(z.boolean()),
    age: one(ANSWER_VALUES.age),
    formats: many(ANSWER_VALUES.formats),
    privacy: many(ANSWER_VALUES.privacy),
    region: one(ANSWER_VALUES.region),
    language: one(ANSWER_VALUES.language),
  })
  .check(...FAMILY_ONLY_KEYS.map((key) => onlyForSomeoneElse(key)));

export type Answers = z.infer<typeof answersSchema>;

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; problems: string[] };

/**
 * Validates unknown input. Each problem is one line naming the key and what is allowed,
 * e.g. `goal: "quit" is not allowed; use one of "stop", "cut-down", "not-sure"`.
 */
export function parseAnswers(input: unknown): ParsedAnswers {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: ['answers must be a JSON object, for example {"for":"me","concerns":["alcohol"]}'] };
  }
  const result = answersSchema.safeParse(input);
  if (result.success) return { ok: true, answers: result.data };
  const record = input as Record<string, unknown>;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed keys are ${ANSWER_KEYS.join(', ')}`;
    }
    const key = String(issue.path[0] ?? '');
    if (!Object.hasOwn(ANSWER_VALUES, key)) return `${key || 'answers'}: ${issue.message}`;
    const allowed = ANSWER_VALUES[key as AnswerKey].map((v) => JSON.stringify(v)).join(', ');
    const isList = (LIST_KEYS as readonly string[]).includes(key);
    if (issue.code === 'custom') return `${key}: ${issue.message}`;
    if (record[key] === undefined) return `${key}: missing; it is required (${isList ? 'a list of ' : 'one of '}${allowed})`;
    if (isList && issue.path.length > 1) {
      const value = (record[key] as unknown[])[Number(issue.path[1])];
      return `${key}: ${JSON.stringify(value)} is not allowed; use values from ${allowed}`;
    }
    if (isList) {
      const empty = Array.isArray(record[key]) && (record[key] as unknown[]).length === 0;
      return `${key}: ${empty ? 'must name at least one value' : 'must be a list'} of ${allowed}`;
    }
    return `${key}: ${JSON.stringify(record[key])} is not allowed; use one of ${allowed}`;
  });
  return { ok: false, problems: [...new Set(problems)] };
}
