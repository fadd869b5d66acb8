import { describe, expect, it } from 'vitest';
import { parseAnswers } from './answers';

describe('parseAnswers', () => {
  it('accepts the smallest valid answers', () => {
    expect(parseAnswers({ for: 'me', concerns: ['alcohol'] })).toEqual({ ok: true, answers: { for: 'me', concerns: ['alcohol'] } });
  });

  it.each([
    [{ for: 'me', concerns: ['alcohol'], goal: 'quit' }, /^goal: "quit" is not allowed; use one of "stop", "cut-down", "not-sure"$/],
    [{ for: 'me', concerns: ['alcohol'], colour: 'red' }, /unknown key "colour"; allowed keys are for, relationship, theirGender, theirAge, concerns/],
    [{ for: 'me' }, /^concerns: missing; it is required \(a list of "alcohol"/],
    [{ for: 'me', concerns: [] }, /^concerns: must name at least one value of "alcohol"/],
    [{ for: 'me', concerns: ['alcohol', 'beer'] }, /^concerns: "beer" is not allowed; use values from "alcohol"/],
    [{ concerns: ['alcohol'] }, /^for: missing; it is required \(one of "me", "someone-else"\)$/],
    [{ for: 'me', concerns: ['alcohol'], relationship: 'parent' }, /^relationship: only allowed when "for" is "someone-else"$/],
    [{ for: 'me', concerns: ['alcohol'], familyGoal: 'cope' }, /^familyGoal: only allowed when "for" is "someone-else"$/],
    [{ for: 'me', concerns: ['alcohol'], theirAge: '18-25' }, /^theirAge: only allowed when "for" is "someone-else"$/],
    [{ for: 'me', concerns: ['alcohol'], lgbtq: 'yes' }, /^lgbtq: "yes" is not allowed; use one of true, false$/],
    [{ for: 'me', concerns: ['alcohol'], formats: 'phone' }, /^formats: must be a list of "in-person"/],
    [[], /^answers must be a JSON object/],
    ['hello', /^answers must be a JSON object/],
  ])('rejects %j with a line naming the key and what is allowed', (input, expected) => {
    const parsed = parseAnswers(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(expected);
  });
});
