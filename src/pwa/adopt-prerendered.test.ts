// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { canAdopt } from './adopt-prerendered';

function prerendered(lang: string, file = 'index.html'): HTMLElement {
  const root = document.createElement('div');
  root.dataset.prerendered = file;
  root.dataset.lang = lang;
  return root;
}

const quiz = { name: 'quiz' } as const;

describe('whether the live app can take over the pre-rendered page as it is', () => {
  it('the start page in the language the app renders, with nothing in the address', () => {
    expect(canAdopt(prerendered('en'), quiz, 'en', '')).toBe(true);
    expect(canAdopt(prerendered('es'), quiz, 'es', '')).toBe(true);
  });

  it('with only ?lang= naming the language the page is in', () => {
    expect(canAdopt(prerendered('es'), quiz, 'es', '?lang=es')).toBe(true);
    expect(canAdopt(prerendered('en'), quiz, 'es', '?lang=es'), 'written in another language').toBe(false);
  });

  it('not with a clinic’s settings in the address, which change the markup', () => {
    expect(canAdopt(prerendered('es'), quiz, 'es', '?lang=es&accent=%23005eb8')).toBe(false);
    expect(canAdopt(prerendered('en'), quiz, 'en', '?exit=https%3A%2F%2Fexample.org')).toBe(false);
    expect(canAdopt(prerendered('es'), quiz, 'es', '?lang=es&lang=en')).toBe(false);
  });

  it('not another page, or a page the app does not render first', () => {
    expect(canAdopt(prerendered('en', 'directory.html'), { name: 'directory' } as never, 'en', '')).toBe(false);
    expect(canAdopt(prerendered('en'), null, 'en', '')).toBe(false);
  });
});
