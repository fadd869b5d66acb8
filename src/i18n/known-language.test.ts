import { describe, expect, it } from 'vitest';
import { knownLanguage } from './known-language';

describe('the language handed to the engine and share links', () => {
  it('is the language shown, where the contract knows it', () => {
    expect(knownLanguage('es')).toBe('es');
    expect(knownLanguage('en')).toBe('en');
  });

  it('is English for anything else i18next may hold', () => {
    for (const value of ['cimode', 'es-MX', 'fr', '', null, undefined]) expect(knownLanguage(value)).toBe('en');
  });
});
