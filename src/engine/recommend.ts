/**
 * recommend(): answers + catalogue -> ranked, explained lists (the contract's Result).
 * Pure and deterministic: same answers, same catalogue, same order.
 */
import type { Answers } from './answers';
import { attendeeCriteria } from './criteria-attendee';
import { problemCriteria } from './criteria-problem';
import type { FitContext, FitCriterion } from './fit';
import { findExclusion } from './hard-rules';
import type { GroupProfile, LeftOut, ListName, Message, RankedGroup, Recommendation, RecommendOptions } from './types';
import { DEFAULT_LIMIT, UNCERTAIN_STATUS_FACTOR, WEIGHTS, type Criterion } from './weights';

const CRITERIA = Object.entries({ ...problemCriteria, ...attendeeCriteria }) as [Criterion, FitCriterion][];

/** The answers "groups they could try" may use: only what describes the loved one. */
const LOVED_ONE_CRITERIA: ReadonlySet<Criterion> = new Set(['concerns', 'goal', 'mentalHealth', 'medication', 'region']);

interface Scored extends RankedGroup {
  /** A group that fits none of the named problems is never put forward. */
  coversConcern: boolean;
}

export function scoreGroup(profile: GroupProfile, ctx: FitContext): Scored {
  let total = 0;
  let weight = 0;
  const reasons: Message[] = [];
  const cautions: Message[] = [];
  let coversConcern = true;
  for (const [name, criterion] of CRITERIA) {
    if (ctx.list === 'forThem' && !LOVED_ONE_CRITERIA.has(name)) continue;
    const result = criterion(profile, ctx);
    if (!result) continue;
    total += WEIGHTS[name] * result.fit;
    weight += WEIGHTS[name];
    if (result.reason) reasons.push(result.reason);
    if (result.caution) cautions.push(result.caution);
    if (name === 'concerns' && result.fit === 0) coversConcern = false;
  }
  let score = weight > 0 ? total / weight : 0;
  if (profile.status === 'uncertain') {
    score *= UNCERTAIN_STATUS_FACTOR;
    cautions.push({ key: 'caution.status.uncertain', cause: 'status', note: { profile: profile.id, field: 'status' } });
  }
  return { id: profile.id, score: round(score), reasons, cautions, coversConcern };
}

function rankList(catalogue: readonly GroupProfile[], answers: Answers, list: ListName, limit: number) {
  const leftOut: LeftOut[] = [];
  const candidates: Scored[] = [];
  for (const profile of catalogue) {
    const exclusion = findExclusion(profile, answers, list);
    if (exclusion) leftOut.push({ id: profile.id, list, rule: exclusion.rule, reason: exclusion.reason });
    else candidates.push(scoreGroup(profile, { answers, list }));
  }
  candidates.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked: RankedGroup[] = [];
  for (const candidate of candidates) {
    const { coversConcern, ...group } = candidate;
    if (!coversConcern || group.reasons.length === 0) {
      leftOut.push({ id: group.id, list, rule: null, reason: { key: 'excluded.noConcernMatch', cause: 'concerns' } });
    } else if (ranked.length >= limit) {
      leftOut.push({ id: group.id, list, rule: null, reason: { key: 'excluded.lowerFit' } });
    } else {
      ranked.push(group);
    }
  }
  // Sorted by id so the result never depends on the catalogue's file order.
  leftOut.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ranked, leftOut };
}

export function recommendMessages(
  answers: Answers,
  catalogue: readonly GroupProfile[],
  options: RecommendOptions = {},
): Recommendation {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const forYou = rankList(catalogue, answers, 'forYou', limit);
  if (answers.for !== 'someone-else') return { forYou: forYou.ranked, leftOut: forYou.leftOut };
  const forThem = rankList(catalogue, answers, 'forThem', limit);
  return { forYou: forYou.ranked, forThem: forThem.ranked, leftOut: [...forYou.leftOut, ...forThem.leftOut] };
}

/** Scores are rounded so that tiny floating-point noise never reorders groups. */
const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
