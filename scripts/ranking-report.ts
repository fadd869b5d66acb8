/**
 * Prints how the ranking behaves over many random, complete answer sets (the figures the
 * ranking issue asks for): ties in the top 5, the gap between #1 and #5, and how often each
 * principle holds. `npm run --silent ranking-report -- [--runs N] [--legacy]`
 * (--legacy maps answers to the first contract, to measure an older engine in its checkout).
 */
import fc from 'fast-check';
import { loadCatalogue } from '../src/content/load-node.ts';
import { completeAnswersArbitrary } from '../src/engine/answers-arbitrary.ts';
import { recommendMessages } from '../src/engine/recommend.ts';
import type { Answers } from '../src/engine/answers.ts';
import { principleChecks } from '../src/engine/principles.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 2000;
const legacy = args.includes('--legacy');

const { profiles } = loadCatalogue();
const samples = fc.sample(completeAnswersArbitrary, { numRuns: runs, seed: 20261201 });

function toLegacy(a: Answers): Answers {
  const copy: Record<string, unknown> = { ...a };
  delete copy.theirGender;
  delete copy.theirAge;
  if (copy.medication && !['yes', 'no', 'not-sure'].includes(copy.medication as string)) copy.medication = 'yes';
  if (copy.region && ['nz', 'es', 'mx'].includes(copy.region as string)) copy.region = 'other';
  return copy as Answers;
}

let lists = 0;
let tiedLists = 0;
const gaps: number[] = [];
const principle = new Map<string, { applies: number; holds: number }>();
for (const raw of samples) {
  const answers = legacy ? toLegacy(raw) : raw;
  const result = recommendMessages(answers, profiles);
  for (const list of [result.forYou, result.forThem ?? []]) {
    if (list.length < 2) continue;
    lists += 1;
    const top = list.slice(0, 5).map((g) => g.score);
    if (new Set(top).size < top.length) tiedLists += 1;
    if (list.length >= 5) gaps.push(list[0]!.score - list[4]!.score);
  }
  if (legacy) continue;
  for (const check of principleChecks(answers, profiles)) {
    const tally = principle.get(check.name) ?? { applies: 0, holds: 0 };
    tally.applies += 1;
    if (check.holds) tally.holds += 1;
    principle.set(check.name, tally);
  }
}
gaps.sort((a, b) => a - b);
const median = gaps.length ? gaps[Math.floor(gaps.length / 2)]! : NaN;
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
console.log(`answer sets: ${runs}${legacy ? ' (legacy contract)' : ''}; lists with 2+ groups: ${lists}`);
console.log(`lists with a tie in the top 5: ${tiedLists} (${pct(tiedLists, lists)})`);
console.log(`median gap #1 to #5: ${median.toFixed(3)} (over ${gaps.length} lists of 5)`);
for (const [name, { applies, holds }] of principle) console.log(`${name}: holds in ${holds} of ${applies} (${pct(holds, applies)})`);
