import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, shareUrl } from './share-link';
import { answersArbitrary } from '../engine/answers-arbitrary';

describe('share links', () => {
  it('round-trips any valid answers', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers });
      }),
    );
  });

  it('puts the answers in the fragment, never the query string', () => {
    const url = new URL(shareUrl({ origin: 'https://clinic.example', pathname: '/pathways/', search: '?lang=es' }, { for: 'me', concerns: ['alcohol'] }, 'es'));
    expect(url.search).toBe('?lang=es');
    expect(url.hash).toMatch(/^#results=[A-Za-z0-9_-]+$/);
  });

  it.each(['en', 'es'] as const)('names the language the results were read in (%s), with the answers', (language) => {
    const url = new URL(shareUrl({ origin: 'https://clinic.example', pathname: '/', search: '' }, { for: 'me', concerns: ['alcohol'], language: language === 'en' ? 'es' : 'en' }, language));
    expect(decodeAnswers(url.hash.slice('#results='.length))).toEqual({ ok: true, answers: { for: 'me', concerns: ['alcohol'], language } });
  });

  it.each(['', '%%%', 'bm90IGpzb24', encodeAnswers({ for: 'me', concerns: ['alcohol'] }).slice(0, -3), btoa('{"for":"me","concerns":["beer"]}')])(
    'reports a damaged or tampered link %j as not ok instead of throwing',
    (encoded) => {
      expect(decodeAnswers(encoded).ok).toBe(false);
    },
  );
});
