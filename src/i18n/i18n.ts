/**
 * i18next set-up. Each language's strings live in src/locales/<lang>/*.json and are
 * fetched only when that language is shown: adding a language is adding files.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../content/vocabulary';
import { yieldToPage } from '../platform/yield-to-page';

type Strings = Record<string, unknown>;
const files = import.meta.glob<Strings>('../locales/*/*.json', { import: 'default' });

export const AVAILABLE_LANGUAGES = [...new Set(Object.keys(files).map((path) => path.split('/')[2]!))].sort();

/** Languages a person can pick: the contract's languages that have strings. */
export const SELECTABLE_LANGUAGES = LANGUAGES.filter((l) => AVAILABLE_LANGUAGES.includes(l));

export function isLanguage(value: string | null | undefined): value is Language {
  return !!value && (SELECTABLE_LANGUAGES as readonly string[]).includes(value);
}

/** ?lang=es first (also what the embed passes), then the browser's preferred languages, then English. */
export function detectLanguage(search: string, preferred: readonly string[]): Language {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (isLanguage(fromQuery)) return fromQuery;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The strings files a language loads now: the first screen's (ui) to begin with; the questionnaire's
 * join when it is about to start (`ensureStrings`), every file once a later view asks
 * (`ensureAllStrings`). A language switch loads the same set in the new language.
 */
const wanted = new Set<string>(['ui']);
let everything = false;
const loaded = new Set<string>();

async function loadStrings(language: string): Promise<void> {
  const paths = Object.keys(files).filter((path) => {
    const [, , lang, file] = path.split('/');
    return lang === language && (everything || wanted.has(file!.replace(/\.json$/, ''))) && !loaded.has(path);
  });
  // Each file's download starts in a task of its own too: starting ten requests at once is one long task.
  const pending: Promise<Strings>[] = [];
  for (const path of paths) {
    if (pending.length > 0) await yieldToPage();
    const file = files[path]!();
    file.catch(() => undefined); // a failure is reported once, by the Promise.all below
    pending.push(file);
  }
  const parts = await Promise.all(pending);
  for (const [i, strings] of parts.entries()) {
    // One file a task: merging all of them at once is a long task on a slow phone.
    if (i > 0) await yieldToPage();
    i18next.addResourceBundle(language, 'translation', strings, true, true);
    loaded.add(paths[i]!);
  }
}

/** Some strings files (e.g. "questions") in this language and in any language switched to later. */
export async function ensureStrings(names: string[], language = i18next.language): Promise<void> {
  for (const name of names) wanted.add(name);
  await loadStrings(language);
}

/** Every string of a language: awaited by the views loaded after the first screen. */
export async function ensureAllStrings(language = i18next.language): Promise<void> {
  everything = true;
  await loadStrings(language);
}

/** True when every strings file of `language` is already loaded (views can render at once). */
export function hasAllStrings(language: string): boolean {
  return Object.keys(files).every((path) => path.split('/')[2] !== language || loaded.has(path));
}

export async function initI18n(language: string): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: {},
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  await loadStrings(language);
  return i18next;
}

/** Switches language without losing the person's place: strings first, then the switch. */
export async function switchLanguage(language: string): Promise<void> {
  await loadStrings(language);
  await i18next.changeLanguage(language);
}

export function applyDocumentLanguage(language: string, doc: Document = document): void {
  doc.documentElement.lang = language;
  doc.documentElement.dir = i18next.dir(language);
  doc.title = i18next.t('app.documentTitle', { lng: language });
}
