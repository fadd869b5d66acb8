// @vitest-environment jsdom
/**
 * A string missing from a language reaches the person as its key ("engine.reason.…"). The
 * results page composes many of its keys from the answers, so this renders it for varied random
 * answers in both languages and looks for anything shaped like a key or an unfilled placeholder.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { completeAnswersArbitrary } from '../../engine/answers-arbitrary';
import { renderResults, setUpStrings } from './test-render';

afterEach(cleanup);

const NAMESPACES = ['directory', 'engine', 'groups', 'meetings', 'pages', 'questions', 'results', 'settings', 'ui', 'terms', 'common'];
/** "results.card.caution", "engine.reason.medication.supportive.recovery": a namespace, then dotted words. */
const RAW_KEY = new RegExp(`(?<![A-Za-z])(${NAMESPACES.join('|')})(\\.[A-Za-z][\\w-]*){2,}`, 'g');
/** A web address shown as text ("meetings.aa.org.au") is not a key: keys have no such part. */
const isAddress = (match: string) => match.split('.').some((part) => ['org', 'com', 'net', 'gov', 'info'].includes(part));
const rawKeysIn = (text: string) => (text.match(RAW_KEY) ?? []).filter((match) => !isAddress(match));

for (const language of ['en', 'es']) {
  describe(`the results page in ${language}`, () => {
    // A fixed seed: the same answers on every run, so a failure can be reproduced.
    const samples = fc.sample(completeAnswersArbitrary, { numRuns: 6, seed: language === 'en' ? 11 : 12 });

    it.each(samples.map((answers) => [JSON.stringify(answers), answers] as const))('shows no raw key or placeholder for %s', async (_, answers) => {
      await setUpStrings(language);
      await renderResults({ ...answers, language: language as 'en' | 'es' });
      const text = document.body.textContent ?? '';
      expect(rawKeysIn(text)).toEqual([]);
      expect(text).not.toContain('{{');
    });
  });
}
