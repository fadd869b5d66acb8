import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureStrings, initI18n, switchLanguage } from './i18n';

// One i18next instance for the whole file: the order of these tests is the order of a visit.
describe('strings load in steps (issue 13: the first screen downloads only its own)', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('the first screen has its own strings but not the questionnaire’s', () => {
    expect(i18next.exists('start.startButton')).toBe(true);
    expect(i18next.exists('questions.for.title')).toBe(false);
  });

  it('the questionnaire’s strings arrive when it is about to start', async () => {
    await ensureStrings(['questions']);
    expect(i18next.t('questions.for.title')).not.toBe('questions.for.title');
    expect(i18next.exists('results.title', { lng: 'en' }), 'the results strings wait for the results').toBe(false);
  });

  it('a language switch mid-questionnaire brings the questions in the new language too', async () => {
    const english = i18next.t('questions.for.title');
    await switchLanguage('es');
    expect(i18next.language).toBe('es');
    expect(i18next.exists('questions.for.title', { lng: 'es' })).toBe(true);
    expect(i18next.t('questions.for.title')).not.toBe(english);
  });
});
