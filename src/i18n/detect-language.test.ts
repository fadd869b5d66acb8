import { describe, expect, it } from 'vitest';
import { detectLanguage } from './i18n';

describe('detectLanguage', () => {
  it.each([
    ['?lang=es', ['en-GB'], 'es'],
    ['?lang=en', ['es-MX'], 'en'],
    ['', ['es-MX', 'en-US'], 'es'],
    ['', ['fr-FR', 'es-419'], 'es'],
    ['', ['fr-FR', 'de'], 'en'],
    ['?lang=klingon', ['es'], 'es'],
    ['', [], 'en'],
  ])('picks %s with browser languages %j -> %s', (search, preferred, expected) => {
    expect(detectLanguage(search, preferred)).toBe(expected);
  });
});
