// @vitest-environment node
/**
 * Keeps every language in step with English, and English in step with the code. i18next has
 * no fallback language, so a missing key shows its raw name to a reader. Languages and files
 * are discovered from src/locales: a new language or file is checked without editing this test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { optionsFor, STEPS } from '../machine/flow';
import {
  AGE_RULES, APPROACHES, AUDIENCES, CONCERNS, COSTS, FORMATS, GOALS, GROUP_FAITHS, LEADERSHIP,
  MEDICATION_STANCES, PROBLEMS, REGIONS, RELATIONSHIPS, SPIRITUALITY, STATUSES, STYLES,
} from '../content/vocabulary';

const LOCALES = fileURLToPath(new URL('../locales/', import.meta.url));
const ENGINE = fileURLToPath(new URL('../engine/', import.meta.url));

const jsonFiles = (lang: string) => readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.json')).sort();
const EN_FILES = jsonFiles('en');
const OTHER_LANGUAGES = readdirSync(LOCALES).filter((d) => d !== 'en' && statSync(join(LOCALES, d)).isDirectory());

/** Every leaf of a strings file, by dotted path (the way t() names it). */
type Leaves = Map<string, unknown>;
function leavesOf(node: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) leavesOf(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

function load(lang: string, file: string): Leaves {
  const path = join(LOCALES, lang, file);
  try {
    return leavesOf(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${lang}/${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The names inside {{…}}, ignoring i18next format options ({{date, datetime}}). */
function placeholders(text: string, ignore: string[] = []): string {
  const names = [...text.matchAll(/{{\s*([^}]+?)\s*}}/g)].map((m) => m[1]!.split(',')[0]!.trim());
  return [...new Set(names)].filter((n) => !ignore.includes(n)).sort().join(', ');
}

/**
 * i18next plurals: `key_one`, `key_other`, … Languages have different plural forms
 * (Spanish adds "many", Japanese has only "other"), so a form a language does not use
 * is not "missing", and a form it does use is not "extra". "_zero" is always optional.
 */
const PLURAL = /_(zero|one|two|few|many|other)$/;
function pluralForm(path: string, english: Leaves): string | null {
  const match = PLURAL.exec(path);
  if (!match || !english.has(`${path.slice(0, match.index)}_other`)) return null;
  return match[1]!;
}
const usesForm = (lang: string, form: string) =>
  new Intl.PluralRules(lang).resolvedOptions().pluralCategories.includes(form as Intl.LDMLPluralRule);
/** A form English has that this language may leave out. */
const mayOmit = (lang: string, form: string) => form === 'zero' || (form !== 'other' && !usesForm(lang, form));
/** A form English lacks that this language may add. */
const mayAdd = (lang: string, form: string) => form === 'zero' || usesForm(lang, form);

const describeValue = (value: unknown) => (typeof value === 'string' ? 'an empty string' : `not a string (${JSON.stringify(value)})`);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Every way one language's file differs from English's, one readable line each. */
function differences(lang: string, file: string): string[] {
  const where = `${lang}/${file}`;
  if (!existsSync(join(LOCALES, lang, file))) return [`${where}: file is missing (en/${file} exists)`];
  const english = load('en', file);
  const other = load(lang, file);
  const problems: string[] = [];
  for (const path of english.keys()) {
    if (other.has(path)) continue;
    const form = pluralForm(path, english);
    if (form === null || !mayOmit(lang, form)) problems.push(`${where}: missing key ${path}`);
  }
  for (const [path, value] of other) {
    const form = pluralForm(path, english);
    const reference = english.get(path) ?? (form ? english.get(path.replace(PLURAL, '_other')) : undefined);
    if (reference === undefined && !(form && mayAdd(lang, form))) {
      problems.push(`${where}: extra key ${path} (not in en/${file})`);
      continue;
    }
    if (!isText(value)) {
      problems.push(`${where}: ${path} is ${describeValue(value)}`);
      continue;
    }
    if (typeof reference !== 'string') continue;
    // A plural form may leave out {{count}} ("one group"), but never another placeholder.
    const ignore = form ? ['count'] : [];
    const want = placeholders(reference, ignore);
    const got = placeholders(value, ignore);
    if (want !== got) problems.push(`${where}: ${path} has placeholders [${got}] but English has [${want}]`);
  }
  return problems;
}

const expectNone = (problems: string[]) => expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);

describe.each(OTHER_LANGUAGES)('locale "%s" matches English', (lang) => {
  it.each(EN_FILES)('%s: same keys, non-empty strings, same placeholders', (file) => {
    expectNone(differences(lang, file));
  });

  it('has no strings file that English lacks', () => {
    expectNone(jsonFiles(lang).filter((f) => !EN_FILES.includes(f)).map((f) => `${lang}/${f}: no en/${f} to match`));
  });
});

describe('English strings', () => {
  it.each(EN_FILES)('%s: every value is a non-empty string', (file) => {
    expectNone([...load('en', file)].filter(([, v]) => !isText(v)).map(([path, v]) => `en/${file}: ${path} is ${describeValue(v)}`));
  });

  it('each top-level key lives in one file only', () => {
    // All files merge into one namespace, and the CLI (scripts/locale-resources.ts) merges
    // them shallowly: a top-level key in two files would silently lose one file's strings.
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const file of EN_FILES) {
      const top = Object.keys(JSON.parse(readFileSync(join(LOCALES, 'en', file), 'utf8')) as object);
      for (const key of top) {
        const earlier = owner.get(key);
        if (earlier) problems.push(`en/${file}: top-level key "${key}" is also in en/${earlier}`);
        else owner.set(key, file);
      }
    }
    expectNone(problems);
  });
});

/** Keys the code builds from data at run time, which a search for t('…') would never find. */
function missingIn(file: string, keys: Iterable<string>): string[] {
  const english = load('en', file);
  return [...keys].filter((key) => !isText(english.get(key))).map((key) => `en/${file}: missing key ${key}`);
}

describe('English has every key the code builds at run time', () => {
  it('questionnaire: titles, hints, errors and every option of every step (src/ui/quiz/wording.ts)', () => {
    // Mirrors wording.ts: these questions are worded for "me" or for "them".
    const aboutPersonWithProblem = new Set(['concerns', 'goal', 'mentalHealth', 'medication']);
    const under18Hints = new Set(['formats', 'privacy']);
    const keys = STEPS.flatMap((step) => {
      const base = `questions.${step.id}`;
      const personal = aboutPersonWithProblem.has(step.id);
      return [
        ...(personal ? [`${base}.title.me`, `${base}.title.them`] : [`${base}.title`]),
        `${base}.hint`,
        ...(under18Hints.has(step.id) ? [`${base}.hintUnder18`] : []),
        ...(step.required ? (step.id === 'concerns' ? [`${base}.error.me`, `${base}.error.them`] : [`${base}.error`]) : []),
        ...optionsFor(step).map((value) => `${base}.options.${String(value)}`),
      ];
    });
    expectNone(missingIn('questions.json', keys));
  });

  it('engine: every reason, caution and exclusion key in src/engine/*.ts', () => {
    const keys = new Set<string>();
    for (const file of readdirSync(ENGINE).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const match of readFileSync(join(ENGINE, file), 'utf8').matchAll(/'((?:reason|caution|excluded)\.[A-Za-z.]+)'/g)) {
        keys.add(`engine.${match[1]}`);
      }
    }
    // Guards the scan itself: if the engine stops writing keys as plain literals, this test must be updated.
    expect(keys.size, 'found almost no engine message keys: has the engine changed how it writes them?').toBeGreaterThan(20);
    expectNone(missingIn('engine.json', keys));
  });

  it('engine: every term the reasons can list (terms.*)', () => {
    const vocabularies: Record<string, readonly string[]> = {
      concern: CONCERNS,
      region: REGIONS,
      style: STYLES,
      format: FORMATS,
      groupGender: ['women', 'men'], // the profile schema's genderOnly values
      faith: GROUP_FAITHS,
      relationshipGroup: RELATIONSHIPS,
    };
    const keys = Object.entries(vocabularies).flatMap(([prefix, values]) => values.map((v) => `terms.${prefix}.${v}`));
    expectNone(missingIn('engine.json', keys));
  });

  it('group facts: every value src/ui/groups/group-facts.ts can show (groupFacts.values.*)', () => {
    const vocabularies: Record<string, readonly string[]> = {
      approach: APPROACHES, spirituality: SPIRITUALITY, goals: GOALS, audience: AUDIENCES,
      formats: FORMATS, cost: COSTS, medication: MEDICATION_STANCES, leadership: LEADERSHIP,
      status: STATUSES, problems: PROBLEMS, genderOnly: ['women', 'men'], age: AGE_RULES,
    };
    const keys = Object.entries(vocabularies).flatMap(([group, values]) => values.map((v) => `groupFacts.values.${group}.${v}`));
    expectNone(missingIn('groups.json', keys));
  });
});
