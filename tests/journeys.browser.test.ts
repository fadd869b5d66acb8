// Whole journeys by keyboard alone, for four different people, to the right results.
// Screenshots of every journey's results at phone and desktop size are saved as artifacts.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appURL, describeBrowser, useBrowser, newPage, offOriginRequests, problems, screenshot, VIEWPORTS } from './support/browser.ts';
import { answerUntilCheck, seeResults, startByKeyboard, type Step } from './support/quiz.ts';
import { resultsShown } from './support/results.ts';

interface Journey {
  name: string;
  answers: Record<string, Step>;
  /** Group names that must appear as results, and the one that must come first. */
  expect: (page: Page) => Promise<void>;
}

const firstResultName = (page: Page) => page.locator('main article h3, main article h2').first().innerText();

const JOURNEYS: Journey[] = [
  {
    name: 'for me: drinking, wants to stop, prefers no religion, in the UK',
    answers: {
      'Who are you looking for help for?': { radio: 'For me' },
      'What are you struggling with?': { tick: ['Alcohol'] },
      'What is your goal for now?': { radio: 'To stop completely' },
      'How do you feel about a spiritual or religious side?': { radio: "I'd prefer none" },
      'Where do you live?': { radio: 'United Kingdom' },
    },
    expect: async (page) => {
      expect(await firstResultName(page)).toMatch(/SMART Recovery/);
      expect(await page.getByRole('heading', { name: /LifeRing/ }).count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'for a partner who uses cocaine, wanting support and ways to help',
    answers: {
      'Who are you looking for help for?': { radio: 'For someone I care about' },
      'How are you related to them?': { radio: "I'm their partner, husband or wife" },
      'What kind of support are you looking for?': { radio: 'Both' },
      'What is the person you care about struggling with?': { tick: ['Stimulants, such as cocaine, crack or meth'] },
    },
    expect: async (page) => {
      expect(await firstResultName(page)).toMatch(/SMART Recovery Family/);
      expect(await page.getByRole('heading', { name: /Nar-Anon/ }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { name: /Cocaine Anonymous/ }).count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'under 18, whose parent drinks',
    answers: {
      'Who are you looking for help for?': { radio: 'For someone I care about' },
      'How are you related to them?': { radio: "I'm their child" },
      'What kind of support are you looking for?': { radio: 'Support for me, to cope' },
      'What is the person you care about struggling with?': { tick: ['Alcohol'] },
      'How old are you?': { radio: 'Under 18' },
    },
    expect: async (page) => {
      expect(await firstResultName(page)).toMatch(/Alateen/);
    },
  },
  {
    name: 'secular woman who wants online text chat',
    answers: {
      'Who are you looking for help for?': { radio: 'For me' },
      'What are you struggling with?': { tick: ['Alcohol'] },
      'What is your gender?': { radio: 'Woman' },
      'Would you prefer a group only for your gender?': { radio: 'Yes' },
      'How do you feel about a spiritual or religious side?': { radio: "I'd prefer none" },
      'How could you take part?': { tick: ['Online chat or forums'] },
    },
    expect: async (page) => {
      expect(await firstResultName(page)).toMatch(/Women for Sobriety/);
    },
  },
];

describeBrowser('journeys by keyboard alone', () => {
  const browser = useBrowser();

  JOURNEYS.forEach((journey, index) => {
    it(journey.name, async () => {
      const { page, log, close } = await newPage(browser(), { viewport: VIEWPORTS.phone });
      try {
        await page.goto(appURL('/'));
        await page.locator('h1').first().waitFor();
        await startByKeyboard(page);
        await answerUntilCheck(page, journey.answers);
        await seeResults(page);
        await resultsShown(page);
        await journey.expect(page);
        await screenshot(page, `journey-${index + 1}-results-phone`);
        await page.setViewportSize(VIEWPORTS.desktop);
        await screenshot(page, `journey-${index + 1}-results-desktop`);
        expect(offOriginRequests(log)).toEqual([]);
        expect(problems(log)).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});
