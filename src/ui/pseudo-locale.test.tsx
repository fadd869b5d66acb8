// @vitest-environment jsdom
/** With every string pseudo-localised, any text still in plain English is hard-coded. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalize } from '../i18n/pseudo-locale';
import { App } from './App';
import { preloadQuiz } from './quiz-session';
import { setUpTestI18n, stringsFor } from './test-i18n';

/** Text a translation never changes: the brand and each language's own name. */
const NOT_TRANSLATED = new Set(['Pathways', 'English', 'Español']);

function untranslatedText(): string[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (!/[a-zA-Z]{2}/.test(text) || NOT_TRANSLATED.has(text)) continue;
    if (!text.includes(PSEUDO_OPEN) && !text.includes(PSEUDO_CLOSE)) found.push(text);
  }
  return found;
}

beforeAll(async () => {
  await preloadQuiz(); // the questionnaire chunk, which the app loads on the first press
  await setUpTestI18n('en');
  i18next.addResourceBundle('qps', 'translation', pseudoLocalize(stringsFor('en')), true, true);
  await i18next.changeLanguage('qps');
});

describe('pseudo-locale', () => {
  it('shows no hard-coded text on the start page, the questions and the check page', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(untranslatedText()).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Stárt ñöw/ }));
    expect(untranslatedText()).toEqual([]);
    await user.click(screen.getByRole('radio', { name: /För mé/ }));
    await user.click(screen.getByRole('button', { name: /Çöñtîñûé/ }));
    await user.click(screen.getByRole('button', { name: /Çöñtîñûé/ })); // missing answer: the error summary too
    expect(untranslatedText()).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: /Ålçöhöl/ }));
    await user.click(screen.getByRole('button', { name: /Çöñtîñûé/ }));
    while (!screen.queryByRole('heading', { name: /Çhéçk yöûr áñswérs/ })) {
      await user.click(screen.getByRole('button', { name: /Skîp thîs qûéstîöñ/ }));
      expect(untranslatedText()).toEqual([]);
    }
    expect(untranslatedText()).toEqual([]);
  });
});
