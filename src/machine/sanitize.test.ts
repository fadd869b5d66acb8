import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from '../engine/answers-arbitrary';
import { pruneAnswers } from './flow';
import { sanitizeDraft } from './sanitize';

describe('sanitizeDraft', () => {
  it('keeps valid answers, less any the questionnaire would not ask (e.g. genderSpecific without a gender)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(sanitizeDraft(answers)).toEqual(pruneAnswers(answers));
      }),
    );
  });

  it('drops unknown keys, bad values and answers that do not apply', () => {
    expect(
      sanitizeDraft({ for: 'me', concerns: ['alcohol', 'beer', 'alcohol'], goal: 'quit', colour: 'red', relationship: 'parent', lgbtq: 'yes' }),
    ).toEqual({ for: 'me', concerns: ['alcohol'] });
  });

  it.each([null, 'answers', 42, [], undefined])('returns an empty draft for %j', (input) => {
    expect(sanitizeDraft(input)).toEqual({});
  });
});
