/**
 * Reads content/ from disk (Node only: the build, the CLI and tests).
 * The browser never runs this; it gets the validated data from the Vite plugin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { helplinesSchema, type Helplines } from './helpline-schema.ts';
import { checkCatalogue, describeIssues, type CatalogueCheck, type ContentFile, type ContentProblem } from './validate.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

export function readContentFiles(dir: string): { files: ContentFile[]; errors: ContentProblem[] } {
  const files: ContentFile[] = [];
  const errors: ContentProblem[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const path = join(dir, name);
    const file = relative(PROJECT_ROOT, path) || path;
    try {
      files.push({ file, data: parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : '(file)';
      errors.push({ file, field: where, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  return { files, errors };
}

export function loadCatalogue(dir = join(PROJECT_ROOT, 'content', 'groups'), today = new Date()): CatalogueCheck {
  const { files, errors } = readContentFiles(dir);
  const check = checkCatalogue(files, today);
  return { ...check, errors: [...errors, ...check.errors] };
}

export function loadHelplines(path = join(PROJECT_ROOT, 'content', 'helplines.yaml')): {
  helplines?: Helplines;
  errors: ContentProblem[];
} {
  const file = relative(PROJECT_ROOT, path) || path;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { errors: [{ file, field: '(file)', message: (error as Error).message.split('\n')[0] ?? 'unreadable' }] };
  }
  const parsed = helplinesSchema.safeParse(data);
  return parsed.success ? { helplines: parsed.data, errors: [] } : { errors: describeIssues(file, parsed.error) };
}

/** Throws one readable error listing every problem; for the build and the CLI. */
export function loadCatalogueOrThrow(): CatalogueCheck['profiles'] {
  const check = loadCatalogue();
  if (check.errors.length) throw new Error(formatProblems(check.errors));
  return check.profiles;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
