import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCatalogue } from '../../content/load-node';
import { localize } from '../../content/localize';
import type { Answers } from '../../engine/answers';
import { recommendMessages } from '../../engine/recommend';
import { answersArbitrary } from '../../engine/answers-arbitrary';
import { rankingOnce } from './ranking-once';

const catalogue = localize(loadCatalogue().profiles, 'en');

describe('rankingOnce', () => {
  it('gives what the engine gives, for any answers', () => {
    for (const answers of fc.sample(answersArbitrary, { numRuns: 60, seed: 7 })) {
      expect(rankingOnce(answers, catalogue)).toEqual(recommendMessages(answers, catalogue));
    }
  });

  it('hands back the same ranking for the same answers, in whatever order their fields were set', () => {
    const first = rankingOnce({ for: 'me', concerns: ['alcohol'], goal: 'stop', region: 'uk', language: 'en' }, catalogue);
    const again = rankingOnce({ language: 'en', region: 'uk', goal: 'stop', concerns: ['alcohol'], for: 'me' }, catalogue);
    expect(again).toBe(first);
  });

  it('ranks afresh when an answer, the language or the catalogue changes', () => {
    const answers: Answers = { for: 'me', concerns: ['alcohol'], goal: 'stop', region: 'uk', language: 'en' };
    const first = rankingOnce(answers, catalogue);
    const otherAnswer = rankingOnce({ ...answers, concerns: ['gambling'] }, catalogue);
    expect(otherAnswer).not.toBe(first);
    expect(otherAnswer.forYou.map((g) => g.id)).not.toEqual(first.forYou.map((g) => g.id));
    expect(rankingOnce({ ...answers, language: 'es' }, catalogue)).not.toBe(first);
    const fewer = catalogue.filter((p) => p.id !== first.forYou[0]!.id);
    expect(rankingOnce(answers, fewer).forYou.map((g) => g.id)).not.toContain(first.forYou[0]!.id);
  });
});
