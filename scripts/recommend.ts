/**
 * npm run --silent recommend -- FILE|- [--limit N] [--jsonl]
 * Prints the contract's Result as JSON. Bad input: exit 2, one line on stderr, no stack trace.
 * --jsonl: one answers object per line in, one result per line out, in order, in one process;
 * a bad line gives {"error": "…"} on its line and the run goes on. Throughput goes to stderr.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInstance } from 'i18next';
import { loadCatalogue, formatProblems } from '../src/content/load-node';
import { parseAnswers, type Answers } from '../src/engine/answers';
import { recommendMessages } from '../src/engine/recommend';
import { toContractResult } from '../src/engine/render';
import { loadLocaleResources } from './locale-resources';

const USAGE = 'usage: npm run --silent recommend -- FILE|- [--limit N] [--jsonl]';

function fail(line: string, code = 2): never {
  process.stderr.write(`recommend: ${line}\n`);
  process.exit(code);
}

interface Args {
  file: string;
  limit?: number;
  jsonl: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let limit: number | undefined;
  let jsonl = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--jsonl') {
      jsonl = true;
    } else if (arg === '--limit') {
      const value = argv[++i];
      if (value === undefined || !/^\d+$/.test(value)) fail(`--limit needs a whole number, got ${value ?? 'nothing'}`);
      limit = Number(value);
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(`unexpected argument "${arg}"; ${USAGE}`);
    }
  }
  if (file === undefined) fail(`no answers file given; ${USAGE}`);
  return { file, jsonl, ...(limit === undefined ? {} : { limit }) };
}

/** Parses one answers text; returns the problem line instead of exiting, so --jsonl can go on. */
function readAnswers(text: string): { answers: Answers } | { error: string } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { error: `the answers are not valid JSON (${(error as Error).message})` };
  }
  const parsed = parseAnswers(input);
  return parsed.ok ? { answers: parsed.answers } : { error: parsed.problems.join('; ') };
}

async function main() {
  const { file, limit, jsonl } = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    fail(`cannot read ${file === '-' ? 'standard input' : `"${file}"`}`);
  }
  // One answers object must be valid before any work; in --jsonl each line stands alone.
  const single = jsonl ? undefined : readAnswers(text);
  if (single && 'error' in single) fail(single.error);

  const catalogue = loadCatalogue();
  if (catalogue.errors.length) fail(`the content is broken:\n${formatProblems(catalogue.errors)}`, 1);

  const i18n = createInstance();
  await i18n.init({ lng: 'en', fallbackLng: 'en', resources: loadLocaleResources(), interpolation: { escapeValue: false } });
  const byId = new Map(catalogue.profiles.map((p) => [p.id, p]));
  const options = limit === undefined ? {} : { limit };
  // The same sentences come back line after line: translate each once per language.
  const translations = new Map<string, string>();
  const translate = (language: string) => {
    const t = i18n.getFixedT(language);
    return (key: string, values?: Record<string, string>) => {
      const id = `${language}\u0000${key}\u0000${values ? JSON.stringify(values) : ''}`;
      let text = translations.get(id);
      if (text === undefined) translations.set(id, (text = t(key, values)));
      return text;
    };
  };
  const translators = { en: translate('en'), es: translate('es') };
  const resultFor = (answers: Answers) => {
    const language = answers.language ?? 'en';
    return toContractResult(recommendMessages(answers, catalogue.profiles, options), {
      t: translators[language],
      language,
      note: (id, field) => {
        const profile = byId.get(id);
        const note = field === 'medication' ? profile?.medication.note : field === 'secular' ? profile?.secularNote : profile?.statusNote;
        return note?.[language];
      },
    });
  };

  if (single) {
    process.stdout.write(`${JSON.stringify(resultFor(single.answers), null, 2)}\n`);
    return;
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const started = performance.now();
  const out: string[] = [];
  for (const line of lines) {
    const read = readAnswers(line);
    out.push(JSON.stringify('error' in read ? { error: read.error } : resultFor(read.answers)));
  }
  const ms = performance.now() - started;
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
  process.stderr.write(`recommend: ${out.length} lines in ${ms.toFixed(0)} ms (${((out.length / Math.max(ms, 1)) * 1000).toFixed(0)} per second)\n`);
}

main().catch((error: unknown) => fail(`unexpected error: ${(error as Error).message}`, 1));
