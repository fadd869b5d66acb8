/**
 * recommend(): answers + catalogue -> ranked, explained lists (the contract's Result).
 * Pure and deterministic: same answers, same catalogue, same order.
 *
 * Each criterion adds or takes away points (weights.ts); the sum becomes a 0–1 score on a
 * logistic curve within the group's band (built for the person highest; built for someone else,
 * or out of reach, lower). Then principles 4 and 5 may name the group that goes first (lead.ts).
 * Reasons are listed most decisive first, cautions most weighty first, so the first of each is
 * what a person should read.
 */
import type { Answers } from './answers';
import { attendeeCriteria } from './criteria-attendee';
import { familyCriteria } from './criteria-family';
import { problemCriteria } from './criteria-problem';
import type { Fit, FitContext, FitCriterion } from './fit';
import { findExclusion } from './hard-rules';
import { LEAD_STEP, leadTest } from './lead';
import { reachFor } from './reach';
import type { GroupProfile, LeftOut, ListName, Message, RankedGroup, Recommendation, RecommendOptions } from './types';
import { BANDS, DEFAULT_LIMIT, SCORE_SCALE, type Band } from './weights';

const CRITERIA = Object.entries({ ...problemCriteria, ...attendeeCriteria, ...familyCriteria }) as [string, FitCriterion][];

/** What "groups they could try" may use: only what describes the loved one (and where they live). */
const LOVED_ONE_CRITERIA: ReadonlySet<string> = new Set(['concerns', 'population', 'reach', 'goal', 'medication', 'status']);

interface Scored {
  id: string;
  profile: GroupProfile;
  score: number;
  reach: number;
  /** Every fit that said something, most weighty first; turned into reasons and cautions only for listed groups. */
  fits: Fit[];
  /** A group that works with none of the named problems is never put forward. */
  coversConcern: boolean;
  /** Which band of scores it is in (weights.ts BANDS): only a group that fits may lead. */
  band: Band;
}

/**
 * When two fits name a band, the higher number wins: a group out of reach is out of reach even if
 * it is built for the person, and one built for someone else stays low (principles 3 and 1).
 */
const BAND_PRECEDENCE: Record<Band, number> = { fits: 0, builtForYou: 1, builtForOthers: 2, unreachable: 3 };

/** What moved a group up or down a band weighs most; then the biggest points, either way. */
const weight = (f: Fit) => (f.band ? 10 : Math.abs(f.points));

function score(profile: GroupProfile, answers: Answers, list: ListName): Scored {
  const usable = list === 'forThem' ? undefined : answers.formats;
  // Reach is needed by a criterion and by the tie-break: work it out once.
  const reach = reachFor(profile, answers.region, usable);
  const ctx: FitContext = { answers, list, reach };
  const fits: Fit[] = [];
  let points = 0;
  let band: Band = 'fits';
  for (const [name, criterion] of CRITERIA) {
    if (list === 'forThem' && !LOVED_ONE_CRITERIA.has(name)) continue;
    const fit = criterion(profile, ctx);
    if (!fit) continue;
    // Nothing more to weigh for a group that takes none of the named problems: it is left out.
    if (fit.coversNone) return { id: profile.id, profile, score: 0, reach: reach.value, fits: [fit], coversConcern: false, band: 'unreachable' };
    fits.push(fit);
    points += fit.points;
    if (fit.band && BAND_PRECEDENCE[fit.band] > BAND_PRECEDENCE[band]) band = fit.band;
  }
  fits.sort((a, b) => weight(b) - weight(a));
  return { id: profile.id, profile, score: round(scoreIn(band, points)), reach: reach.value, fits, coversConcern: true, band };
}

/**
 * How much a caution weighs against its group: a band it put the group in, then the points it
 * took away, or for a caution that came with points given (reach), what it fell short of a full fit.
 */
const against = (f: Fit) => (f.band ? 10 : (f.shortfall ?? Math.max(0, -f.points)));

/** The cautions, most weighty first (stable: equal weights keep the fits' order). */
const cautionsOf = (fits: Fit[]): Message[] =>
  fits
    .filter((f) => f.caution)
    .sort((a, b) => against(b) - against(a))
    .map((f) => f.caution!);

const toRanked = ({ id, score, reach, fits }: Scored): RankedGroup => ({
  id,
  score,
  reach,
  reasons: fits.flatMap((f) => (f.reason ? [f.reason] : [])),
  cautions: cautionsOf(fits),
});

/** One group's score with its reasons and cautions (tests and tools; recommendMessages ranks many). */
export const scoreGroup = (profile: GroupProfile, ctx: FitContext): RankedGroup => toRanked(score(profile, ctx.answers, ctx.list));

function scoreIn(band: Band, points: number): number {
  const [low, high] = BANDS[band];
  const position = 1 / (1 + Math.exp(-(points - SCORE_SCALE.midpoint) / SCORE_SCALE.spread));
  return low + (high - low) * position;
}

/** Best first; equal scores go to the group the person can reach more easily, then by id (principle 6). */
const byFit = (a: Scored, b: Scored) => b.score - a.score || b.reach - a.reach || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function rankList(catalogue: readonly GroupProfile[], answers: Answers, list: ListName, limit: number) {
  const leftOut: LeftOut[] = [];
  const candidates: Scored[] = [];
  for (const profile of catalogue) {
    const exclusion = findExclusion(profile, answers, list);
    if (exclusion) leftOut.push({ id: profile.id, list, rule: exclusion.rule, reason: exclusion.reason });
    else candidates.push(score(profile, answers, list));
  }
  candidates.sort(byFit);
  putLeaderFirst(candidates, leadTest({ answers, list }));
  const ranked: RankedGroup[] = [];
  // Groups built for everyone seen so far: fewer than the list holds, and only groups built for the person kept this one off.
  let forEveryoneAbove = 0;
  for (const candidate of candidates) {
    if (!candidate.coversConcern) {
      leftOut.push({ id: candidate.id, list, rule: null, reason: { key: 'excluded.noConcernMatch', cause: 'concerns' } });
      continue;
    }
    const forEveryone = candidate.band === 'fits';
    if (ranked.length < limit) ranked.push(toRanked(candidate));
    else if (forEveryone && forEveryoneAbove < limit) leftOut.push({ id: candidate.id, list, rule: null, reason: { key: 'excluded.builtForYouFirst' } });
    else leftOut.push({ id: candidate.id, list, rule: null, reason: lowerFit(candidate) });
    if (forEveryone) forEveryoneAbove += 1;
  }
  // Sorted by id so the result never depends on the catalogue's file order.
  leftOut.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ranked, leftOut };
}

/**
 * Principles 4 and 5 (lead.ts): the best group of the leading kind goes first, with a score just
 * above the runner-up's so that score order and list order stay one. Only a group that fits may
 * lead: one out of reach or built for someone else stays in its band (principles 1 and 3). A group
 * built for the person that is not of the leading kind gives the first place up, and keeps the next.
 */
function putLeaderFirst(sorted: Scored[], leads: ((profile: GroupProfile) => boolean) | null) {
  const top = sorted.findIndex((c) => c.coversConcern);
  if (!leads || top < 0) return;
  // Best first, so the first that passes is the best of its kind (usually within the first few).
  const at = sorted.findIndex((c) => c.coversConcern && (c.band === 'fits' || c.band === 'builtForYou') && leads(c.profile));
  if (at <= top) return;
  const [leader] = sorted.splice(at, 1);
  leader!.score = round(sorted[top]!.score + LEAD_STEP);
  sorted.splice(top, 0, leader!);
}

/** "It ranked lower" always says what weighed against it, or that nothing did. */
function lowerFit(group: Scored): Message {
  const most = cautionsOf(group.fits)[0];
  return most ? { key: 'excluded.lowerFitBecause', detail: most, cause: most.cause } : { key: 'excluded.lowerFitNothingAgainst' };
}

export function recommendMessages(answers: Answers, catalogue: readonly GroupProfile[], options: RecommendOptions = {}): Recommendation {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const forYou = rankList(catalogue, answers, 'forYou', limit);
  if (answers.for !== 'someone-else') return { forYou: forYou.ranked, leftOut: forYou.leftOut };
  const forThem = rankList(catalogue, answers, 'forThem', limit);
  return { forYou: forYou.ranked, forThem: forThem.ranked, leftOut: [...forYou.leftOut, ...forThem.leftOut] };
}

/** Scores are rounded (to 4 places: the small reach terms must still count) so floating-point noise never reorders groups. */
const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 10000) / 10000;
