/**
 * The ranking of one set of answers, worked out once a page (issue 13).
 *
 * The check page (or a share link) ranks the answers ahead of time; the hidden first card and the
 * results then read that ranking instead of working it out again, inside a render React cannot
 * split. The ranking is pure, so the same answers, language and catalogue always give the same
 * lists: only the last one is kept, and any change in them ranks afresh.
 */
import type { Answers } from '../../engine/answers';
import { recommendMessages } from '../../engine/recommend';
import type { GroupProfile, Recommendation } from '../../engine/types';

let last: { catalogue: readonly GroupProfile[]; key: string; recommendation: Recommendation } | undefined;

/** The answers as one string, whatever order their fields were set in. */
function keyOf(answers: Answers): string {
  return JSON.stringify(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function rankingOnce(answers: Answers, catalogue: readonly GroupProfile[]): Recommendation {
  const key = keyOf(answers);
  if (last?.catalogue === catalogue && last.key === key) return last.recommendation;
  const recommendation = recommendMessages(answers, catalogue);
  last = { catalogue, key, recommendation };
  return recommendation;
}
