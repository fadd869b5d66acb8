/**
 * The contract's ranking principles as checks on one result, so property tests and the
 * ranking report (scripts/ranking-report.ts) judge the engine by the same yardstick.
 * Each check says whether a principle applies to these answers and, if so, whether it holds.
 */
import type { Problem } from '../content/vocabulary';
import type { Answers } from './answers';
import { goalsIn, namedProblems } from './criteria-problem';
import type { FitContext } from './fit';
import { findExclusion } from './hard-rules';
import { isMember, populationChecks } from './population';
import { recommendMessages } from './recommend';
import type { GroupProfile, ListName, RankedGroup } from './types';

export interface PrincipleCheck {
  name: string;
  holds: boolean;
  detail: string;
}

/** Principle 2's fellowships, as the contract names them. */
export const FELLOWSHIPS: Partial<Record<Problem, string[]>> = {
  alcohol: ['alcoholics-anonymous'],
  cannabis: ['marijuana-anonymous'],
  stimulants: ['cocaine-anonymous', 'crystal-meth-anonymous'],
  gambling: ['gamblers-anonymous'],
  opioids: ['narcotics-anonymous', 'heroin-anonymous'],
};

const isAbstinenceBased = (goals: readonly string[]) => goals.includes('abstinence') && !goals.includes('moderation') && !goals.includes('harm-reduction');
const supportsCuttingDown = (goals: readonly string[]) => goals.includes('moderation') || goals.includes('harm-reduction');

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
    const members = ids.filter((id) => kind(id) === 'member' && reachable(id));
    for (const id of members) {
      const rank = ids.indexOf(id);
      // Three groups built for the person may fill the top 3; a goal the group cannot serve weighs against it (principle 4).
      const goalAgainst = ranked[rank]!.cautions.some((m) => m.cause === 'goal');
      const holds = rank < 3 || members.indexOf(id) >= 3 || goalAgainst;
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
      const inTop = fellowships.some((id) => top3.includes(id)) || top3.every((id) => kind(id) === 'member');
      const weighed = fellowships.every((id) => ranked.find((g) => g.id === id)!.cautions.length > 0);
      checks.push({ name: 'P2 the fellowship for your exact problem', holds: inTop || weighed, detail: `${list}: ${fellowships.join('/')} at ${fellowships.map((id) => ids.indexOf(id) + 1).join('/')}` });
    }

    // 3. You can actually go: unreachable groups rank below every reachable one.
    const firstUnreachable = ranked.findIndex((g) => g.reach === 0);
    if (firstUnreachable >= 0) {
      const reachableBelow = ranked.slice(firstUnreachable).some((g) => g.reach > 0);
      checks.push({ name: 'P3 groups you cannot reach rank below ones you can', holds: !reachableBelow, detail: `${list}: ${ranked[firstUnreachable]!.id}` });
    }

    // 4. The goal leads.
    if (personList && (answers.goal === 'stop' || answers.goal === 'cut-down') && ranked.length) {
      const fits = answers.goal === 'stop' ? isAbstinenceBased : supportsCuttingDown;
      const any = ids.some((id) => fits(goalsIn(profileAt(id), ctx)));
      if (any) {
        // A group built for this very person may lead instead (principle 1 comes first).
        const first = ids[0]!;
        const holds = fits(goalsIn(profileAt(first), ctx)) || kind(first) === 'member';
        checks.push({ name: `P4 the goal leads (${answers.goal})`, holds, detail: `${list}: #1 ${first}` });
      }
    }

    // 5. Family first.
    if (list === 'forYou' && answers.for === 'someone-else' && ranked.length) {
      const first = profileAt(ids[0]!);
      const forProblem = first.audience === 'family' && (named.length === 0 || named.some((p) => first.problems.includes(p)));
      const craft = answers.familyGoal === 'help-them' && first.approaches.includes('craft');
      checks.push({ name: 'P5 family first', holds: forProblem || craft, detail: `#1 ${first.id}` });
    }
  }

  // Sanity: nothing listed breaks a hard rule (the rules are checked elsewhere in depth).
  for (const [list, ranked] of lists) {
    for (const g of ranked) if (findExclusion(byId.get(g.id)!, answers, list)) checks.push({ name: 'hard rules', holds: false, detail: g.id });
  }
  return checks;
}

export { isAbstinenceBased, supportsCuttingDown };
