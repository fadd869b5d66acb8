/** Shared shapes and helpers for the fit criteria. */
import type { Format, Region } from '../content/vocabulary';
import type { Answers } from './answers';
import type { Reach } from './reach';
import type { Band } from './weights';
import type { GroupProfile, ListName, Message } from './types';

/**
 * What one answer does to one group's score: points added (a good fit) or taken away (a poor one),
 * with the sentence that explains it. Weights live in weights.ts.
 */
export interface Fit {
  points: number;
  reason?: Message;
  caution?: Message;
  /** A fit that moves the group to another band of scores (weights.ts BANDS): up when it is built for the person, down when it cannot serve them. */
  band?: Exclude<Band, 'fits'>;
  /**
   * How much the caution weighs, where its points do not say it: a fit that gives points and a
   * caution with them (reach: "only in the US in person; join online") weighs what it fell short
   * of a full fit. Otherwise a caution weighs the points it took away.
   */
  shortfall?: number;
  /** The group takes none of the problems named, so it is never put forward (recommend.ts). */
  coversNone?: true;
}

export interface FitContext {
  answers: Answers;
  list: ListName;
  /** The group's reach for this person, when already worked out (recommend.ts does it once per group). */
  reach?: Reach;
}

/** null: the answer was not given, or does not bear on this group. */
export type FitCriterion = (profile: GroupProfile, ctx: FitContext) => Fit | null;
export type CriteriaTable = Record<string, FitCriterion>;

/** A fit of some points, with a reason when positive and a caution when negative. */
export const fitOf = (points: number, message: Message): Fit => (points >= 0 ? { points, reason: message } : { points, caution: message });

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
