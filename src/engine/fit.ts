/** Shared shapes and helpers for the fit criteria. */
import type { Format, Region } from '../content/vocabulary';
import type { Answers } from './answers';
import type { Criterion } from './weights';
import type { GroupProfile, ListName, Message } from './types';

/** How well one group fits one answer: 0 (not at all) to 1 (fully), with the sentence that explains it. */
export interface Fit {
  fit: number;
  reason?: Message;
  caution?: Message;
}

export interface FitContext {
  answers: Answers;
  list: ListName;
}

export type FitCriterion = (profile: GroupProfile, ctx: FitContext) => Fit | null;
export type CriteriaTable = Partial<Record<Criterion, FitCriterion>>;

/** Formats a group offers where the person lives; with no region, everything it offers anywhere. */
export function formatsIn(profile: GroupProfile, region: Region | undefined): Format[] {
  return profile.formats
    .filter((offer) => !offer.regions || region === undefined || offer.regions.includes(region))
    .map((offer) => offer.format);
}

export const isOnline = (format: Format) => format !== 'in-person';

export const termsOf = (prefix: string, values: readonly string[]) => values.map((v) => `${prefix}.${v}`);

/** The answers that describe the attendee (the person who will go) rather than the loved one. */
export const describesAttendee = ({ answers, list }: FitContext) => answers.for === 'me' || list === 'forYou';

/** The answers that describe the person with the problem. */
export const describesPersonWithProblem = ({ answers, list }: FitContext) => answers.for === 'me' || list === 'forThem';

export const isFamilyGroup = (profile: GroupProfile) => profile.audience !== 'person';
