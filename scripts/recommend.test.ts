// @vitest-environment node
/** The `recommend` command line, as the contract fixes it: JSON out and exit 0; bad input exit 2, one clear line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/content/load-node';

function recommend(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/recommend.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: PROJECT_ROOT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const answersFile = (answers: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'pathways-cli-')), 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  return file;
};

describe('npm run recommend', () => {
  it('prints the contract result for a file, with reasons in the chosen language', () => {
    const { code, stdout } = recommend([answersFile({ for: 'me', concerns: ['gambling'], language: 'es' })]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['forYou', 'leftOut']);
    for (const l of result.leftOut) expect(Object.keys(l)).toEqual(['id', 'list', 'rule', 'reason']);
    expect(result.forYou[0]).toMatchObject({ id: 'gamblers-anonymous', score: expect.any(Number) });
    expect(result.forYou[0].reasons[0]).toMatch(/apuestas/);
    for (const group of result.forYou) expect(Object.keys(group)).toEqual(['id', 'score', 'reasons', 'cautions']);
  });

  it('reads standard input with "-" and honours --limit', () => {
    const { code, stdout } = recommend(['-', '--limit', '2'], JSON.stringify({ for: 'someone-else', concerns: ['alcohol'] }));
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.forYou).toHaveLength(2);
    expect(result.forThem).toHaveLength(2);
  });

  it.each([
    [{ for: 'me', concerns: ['alcohol'], goal: 'quit' }, /^recommend: goal: "quit" is not allowed; use one of "stop", "cut-down", "not-sure"\n$/],
    [{ for: 'me', concerns: ['alcohol'], mood: 'low' }, /^recommend: unknown key "mood"; allowed keys are for, relationship,/],
    [{ for: 'me' }, /^recommend: concerns: missing; it is required/],
  ])('exits 2 with one line naming the key and the allowed values for %j', (answers, message) => {
    const { code, stdout, stderr } = recommend(['-'], JSON.stringify(answers));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    [['-'], '{"for": "me",', /^recommend: the answers are not valid JSON/],
    [['/no/such/file.json'], undefined, /^recommend: cannot read "\/no\/such\/file.json"/],
    [['-', '--limit', 'lots'], '{}', /^recommend: --limit needs a whole number/],
    [[], undefined, /^recommend: no answers file given/],
  ])('exits 2 with one clear line for %j', (args, input, message) => {
    const { code, stderr } = recommend(args, input);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--jsonl answers each line in order, an error object for a bad line, and goes on', () => {
    const lines = [
      JSON.stringify({ for: 'me', concerns: ['alcohol'] }),
      '{"for": "me",',
      JSON.stringify({ for: 'me', concerns: ['gambling'], goal: 'quit' }),
      JSON.stringify({ for: 'someone-else', concerns: ['gambling'], language: 'es' }),
    ];
    const { code, stdout, stderr } = recommend(['-', '--jsonl', '--limit', '3'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out).toHaveLength(4);
    expect(out[0].forYou[0].id).toBe('alcoholics-anonymous');
    expect(out[0].forYou).toHaveLength(3);
    expect(out[1].error).toMatch(/not valid JSON/);
    expect(out[2].error).toMatch(/^goal: "quit" is not allowed/);
    expect(out[3].forYou[0].id).toBe('gam-anon');
    expect(out[3].forThem[0].id).toBe('gamblers-anonymous');
    expect(stderr).toMatch(/^recommend: 4 lines in \d+ ms/);
  });
});
