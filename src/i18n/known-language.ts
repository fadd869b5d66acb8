/**
 * A language the contract knows, for the engine and share links: English where i18next holds
 * another value. A module of its own, so the first screen's script does not carry it.
 */
import type { Language } from '../content/vocabulary';
import { isLanguage } from './i18n';

export function knownLanguage(value: string | null | undefined): Language {
  return isLanguage(value) ? value : 'en';
}
