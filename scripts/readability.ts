/**
 * npm run readability — a Flesch-Kincaid grade for every English string a person reads
 * (UI, reasons, pages) and every profile's summary and first-meeting text.
 * Aim: grade 8 or below. Prints the median, the spread and the hardest texts; it reports, never fails.
 * Uses wooorm's maintained `flesch-kincaid` formula and `syllable` counter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { loadCatalogue, PROJECT_ROOT } from '../src/content/load-node.ts';

interface Text {
  where: string;
  text: string;
}

/** Fragments such as option labels or list terms are not prose; score only real sentences. */
const MIN_WORDS = 6;

function leaves(value: unknown, path: string, out: Text[]): void {
  if (typeof value === 'string') out.push({ where: path, text: value });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
}

export function grade(text: string): number {
  const plain = text.replace(/\{\{[^}]+\}\}/g, 'them').replace(/[⟦⟧~]/g, '');
  const words = plain.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const sentences = Math.max(1, (plain.match(/[.!?]+(\s|$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + syllable(w), 0);
  return fleschKincaid({ sentence: sentences, word: Math.max(1, words.length), syllable: syllables });
}

function collect(): Text[] {
  const texts: Text[] = [];
  const dir = join(PROJECT_ROOT, 'src', 'locales', 'en');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    leaves(JSON.parse(readFileSync(join(dir, file), 'utf8')), file.replace('.json', ''), texts);
  }
  for (const p of loadCatalogue().profiles) {
    texts.push({ where: `${p.id}: summary`, text: p.summary.en }, { where: `${p.id}: firstMeeting`, text: p.firstMeeting.en });
  }
  // Titles of cited studies are quoted, not written by us.
  return texts.filter((t) => (t.text.match(/\S+/g) ?? []).length >= MIN_WORDS && !t.where.includes('.references.'));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function report(): void {
  const scored = collect().map((t) => ({ ...t, grade: grade(t.text) }));
  const grades = scored.map((s) => s.grade);
  const summaries = scored.filter((s) => s.where.endsWith(': summary')).map((s) => s.grade);
  const atMost8 = grades.filter((g) => g <= 8).length;
  console.log(`Flesch-Kincaid grade of ${scored.length} English texts (strings of ${MIN_WORDS}+ words, profile summaries, first meetings)`);
  console.log(`  median: ${median(grades).toFixed(1)}   profile summaries median: ${median(summaries).toFixed(1)}`);
  console.log(`  grade 8 or below: ${atMost8} of ${scored.length} (${Math.round((100 * atMost8) / scored.length)}%)`);
  const count = Number(process.argv[2] ?? 5);
  console.log(`  hardest ${count}:`);
  for (const s of [...scored].sort((a, b) => b.grade - a.grade).slice(0, count)) {
    console.log(`    ${s.grade.toFixed(1).padStart(5)}  ${s.where}: ${s.text.slice(0, 90)}${s.text.length > 90 ? '…' : ''}`);
  }
}

if (process.argv[1]?.endsWith('readability.ts')) report();
