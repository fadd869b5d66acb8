/**
 * npm run --silent recommend -- FILE|- [--limit N]
 * Prints the contract's Result as JSON. Bad input: exit 2, one line on stderr, no stack trace.
 */
import { readFileSync } from 'node:fs';
import { createInstance } from 'i18next';
import { loadCatalogue, formatProblems } from '../src/content/load-node';
import { parseAnswers } from '../src/engine/answers';
import { recommendMessages } from '../src/engine/recommend';
import { toContractResult } from '../src/engine/render';
import { loadLocaleResources } from './locale-resources';

const USAGE = 'usage: npm run --silent recommend -- FILE|- [--limit N]';

function fail(line: string, code = 2): never {
  process.stderr.write(`recommend: ${line}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { file: string; limit?: number } {
  let file: string | undefined;
  let limit: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--limit') {
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
  return { file, ...(limit === undefined ? {} : { limit }) };
}

async function main() {
  const { file, limit } = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    fail(`cannot read ${file === '-' ? 'standard input' : `"${file}"`}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    fail(`the answers are not valid JSON (${(error as Error).message})`);
  }
  const parsed = parseAnswers(input);
  if (!parsed.ok) fail(parsed.problems.join('; '));

  const catalogue = loadCatalogue();
  if (catalogue.errors.length) fail(`the content is broken:\n${formatProblems(catalogue.errors)}`, 1);

  const language = parsed.answers.language ?? 'en';
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: 'en',
    resources: loadLocaleResources(),
    interpolation: { escapeValue: false },
  });
  const recommendation = recommendMessages(parsed.answers, catalogue.profiles, limit === undefined ? {} : { limit });
  const byId = new Map(catalogue.profiles.map((p) => [p.id, p]));
  const result = toContractResult(recommendation, {
    t: (key, values) => i18n.t(key, values),
    language,
    note: (id, field) => {
      const profile = byId.get(id);
      const text = field === 'medication' ? profile?.medication.note : field === 'secular' ? profile?.secularNote : profile?.statusNote;
      return text?.[language];
    },
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => fail(`unexpected error: ${(error as Error).message}`, 1));
