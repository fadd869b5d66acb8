/**
 * npm run --silent finders — for every profile and region, the best way to a meeting the app can offer
 * (see bestMeetingRoute): F meeting finder, O online meetings page, P phone line, A the group's own "ask…"
 * advice, W website only, - nothing (the app then says whom to ask). Lowercase: the entry that supplies that
 * finder, page or phone has no `checked` date.
 * Prints a table and the totals; `--json` prints the counts only.
 */
import { meetingRouteFor, type MeetingRoute } from '../src/content/contacts';
import { formatProblems, loadCatalogue } from '../src/content/load-node';
import { REGIONS } from '../src/content/vocabulary';

const LETTER: Record<MeetingRoute, string> = { meetingFinder: 'F', onlineMeetings: 'O', phone: 'P', ask: 'A', website: 'W', none: '-' };

const { profiles, errors } = loadCatalogue();
if (errors.length) {
  process.stderr.write(`finders: the content has errors; run npm run check:content\n${formatProblems(errors)}\n`);
  process.exit(1);
}

const counts: Record<MeetingRoute, number> = { meetingFinder: 0, onlineMeetings: 0, phone: 0, ask: 0, website: 0, none: 0 };
let unchecked = 0;
const rows = profiles.map((profile) => {
  const cells = REGIONS.map((region) => {
    const { route, checked } = meetingRouteFor(profile.contacts, region);
    counts[route] += 1;
    const isChecked = route === 'none' || route === 'website' || route === 'ask' || checked !== undefined;
    if (!isChecked) unchecked += 1;
    return isChecked ? LETTER[route] : LETTER[route].toLowerCase();
  });
  return { id: profile.id, cells };
});

const total = profiles.length * REGIONS.length;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ profiles: profiles.length, regions: REGIONS.length, total, counts, unchecked }));
} else {
  const width = Math.max(...rows.map((r) => r.id.length));
  console.log(`${'profile'.padEnd(width)}  ${REGIONS.map((r) => r.padEnd(5)).join('')}`);
  for (const row of rows) console.log(`${row.id.padEnd(width)}  ${row.cells.map((c) => c.padEnd(5)).join('')}`);
  const pct = (n: number) => `${n} (${Math.round((100 * n) / total)} %)`;
  console.log(`\n${profiles.length} profiles × ${REGIONS.length} regions = ${total}`);
  console.log(`meeting finder ${pct(counts.meetingFinder)}, online meetings ${pct(counts.onlineMeetings)}, phone ${pct(counts.phone)}`);
  console.log(`ask text ${pct(counts.ask)}, website only ${pct(counts.website)}, nothing ${pct(counts.none)}`);
  console.log(`finder, online page or phone without a checked date: ${unchecked}`);
}
