/**
 * The contract's ranking principles as checks on one result, so property tests and the
 * ranking report (scripts/ranking-report.ts) judge the engine by the same yardstick.
 * Each check says whether a principle applies to these answers and, if so, whether it holds.
 */
import type { Problem } from '../content/vocabulary';
import type { Answers } from './answers';
import { namedProblems } from './criteria-problem';
import type { FitContext } from './fit';
import { goalsIn, isAbstinenceBased, supportsCuttingDown } from './goals';
import { findExclusion } from './hard-rules';
import { isFamilyFirst, leadTest } from './lead';
import { isMember, populationChecks } from './population';
import { recommendMessages } from './recommend';
import type { GroupProfile, ListName, RankedGroup } from './types';
import { BANDS } from './weights';

export interface PrincipleCheck {
  name: string;
  holds: boolean;
  detail: string;
}

/** What may keep principle 2's fellowship out of the top 3: no religion, cutting down, no meetings the person can use. */
const AGAINST_A_FELLOWSHIP: readonly (string | undefined)[] = ['spirituality', 'goal', 'formats', 'region'];

/** Principle 2's fellowships, as the contract names them. */
export const FELLOWSHIPS: Partial<Record<Problem, string[]>> = {
  alcohol: ['alcoholics-anonymous'],
  cannabis: ['marijuana-anonymous'],
  stimulants: ['cocaine-anonymous', 'crystal-meth-anonymous'],
  gambling: ['gamblers-anonymous'],
  opioids: ['narcotics-anonymous', 'heroin-anonymous'],
};

export function principleChecks(answers: Answers, catalogue: readonly GroupProfile[]): PrincipleCheck[] {
  const full = recommendMessages(answers, catalogue, { limit: catalogue.length });
  const byId = new Map(catalogue.map((p) => [p.id, p]));
  const checks: PrincipleCheck[] = [];
  const lists: [ListName, RankedGroup[]][] = [['forYou', full.forYou]];
  if (full.forThem) lists.push(['forThem', full.forThem]);

  for (const [list, ranked] of lists) {
    const ctx: FitContext = { answers, list };
    const ids = ranked.map((g) => g.id);
    const top3 = ids.slice(0, 3);
    const profileAt = (id: string) => byId.get(id)!;

    // 1. Built for you reaches the top 3; built for someone else stays out of it.
    const kind = (id: string) => {
      const pop = populationChecks(profileAt(id), ctx);
      return pop.length === 0 ? 'general' : isMember(pop) ? 'member' : 'other';
    };
    // A member group the person cannot reach is principle 3's to place.
    const reachable = (id: string) => ranked.find((g) => g.id === id)!.reach > 0;
    // In the band of groups that fit: not out of reach, not built for someone else.
    const fitting = (id: string) => ranked.find((g) => g.id === id)!.score >= BANDS.fits[0];
    const members = ids.filter((id) => kind(id) === 'member' && reachable(id));
    // Three groups built for the person may fill the top 3, or two after the group principle 4 or 5 puts first.
    const room = ids[0] !== undefined && kind(ids[0]) !== 'member' && leadTest(ctx)?.(profileAt(ids[0])) ? 2 : 3;
    for (const id of members) {
      const rank = ids.indexOf(id);
      const holds = rank < 3 || members.indexOf(id) >= room;
      checks.push({ name: 'P1 built for you reaches the top 3', holds, detail: `${list}: ${id} at #${rank + 1}` });
    }
    // Alternatives the person could go to: not built for others, and reachable (principle 3 sinks the rest).
    const alternatives = ids.filter((id) => kind(id) !== 'other' && reachable(id)).length;
    for (const id of ids.filter((i) => kind(i) === 'other')) {
      const rank = ids.indexOf(id);
      const holds = rank >= 3 || rank >= alternatives;
      checks.push({ name: 'P1 built for others stays out of the top 3', holds, detail: `${list}: ${id} at #${rank + 1}` });
    }

    // 2. The fellowship for your exact problem.
    const named = namedProblems(ctx);
    const personList = answers.for === 'me' || list === 'forThem';
    const fellowships = named.length === 1 && personList ? (FELLOWSHIPS[named[0]!] ?? []).filter((id) => ids.includes(id)) : [];
    if (fellowships.length) {
      // Groups built for this very person may fill the top 3 first (principle 1).
      const builtForYouFirst = top3.filter((id) => kind(id) === 'member').length >= room;
      const inTop = fellowships.some((id) => top3.includes(id)) || builtForYouFirst;
      // Only the answers the contract names may weigh against it, and a caution must say so.
      const weighed = fellowships.every((id) => ranked.find((g) => g.id === id)!.cautions.some((m) => AGAINST_A_FELLOWSHIP.includes(m.cause!)));
      checks.push({ name: 'P2 the fellowship for your exact problem', holds: inTop || weighed, detail: `${list}: ${fellowships.join('/')} at ${fellowships.map((id) => ids.indexOf(id) + 1).join('/')}` });
    }

    // 3. You can actually go: unreachable groups rank below every reachable one.
    const firstUnreachable = ranked.findIndex((g) => g.reach === 0);
    if (firstUnreachable >= 0) {
      const reachableBelow = ranked.slice(firstUnreachable).some((g) => g.reach > 0);
      checks.push({ name: 'P3 groups you cannot reach rank below ones you can', holds: !reachableBelow, detail: `${list}: ${ranked[firstUnreachable]!.id}` });
    }

    // 4. The goal leads, among the groups the person can go to (principle 3 comes first).
    if (personList && (answers.goal === 'stop' || answers.goal === 'cut-down') && ranked.length) {
      const fits = answers.goal === 'stop' ? isAbstinenceBased : supportsCuttingDown;
      if (ids.some((id) => fitting(id) && fits(goalsIn(profileAt(id), ctx)))) {
        const first = ids[0]!;
        checks.push({ name: `P4 the goal leads (${answers.goal})`, holds: fits(goalsIn(profileAt(first), ctx)), detail: `${list}: #1 ${first}` });
      }
    }

    // 5. Family first, among the groups the person can go to.
    if (list === 'forYou' && answers.for === 'someone-else' && ids.some((id) => fitting(id) && isFamilyFirst(profileAt(id), ctx))) {
      checks.push({ name: 'P5 family first', holds: isFamilyFirst(profileAt(ids[0]!), ctx), detail: `#1 ${ids[0]}` });
    }
  }

  // Sanity: nothing listed breaks a hard rule (the rules are checked elsewhere in depth).
  for (const [list, ranked] of lists) {
    for (const g of ranked) if (findExclusion(byId.get(g.id)!, answers, list)) checks.push({ name: 'hard rules', holds: false, detail: g.id });
  }
  return checks;
}
