/** The shape of a persona (a person a counsellor would judge) and the two ways to write their answers. */
import type { Answers } from '../answers';
import type { HardRule, ListName } from '../types';

export interface Persona {
  name: string;
  answers: Answers;
  /** Ids that must all be in the top three of forYou. */
  top3?: string[];
  /** At least one of these in the top three of forYou ("NA or HA"). */
  top3OneOf?: string[];
  /** Ids that must all be in the top three of forThem. */
  top3Them?: string[];
  top3ThemOneOf?: string[];
  /** The first group of forYou is one of these. */
  firstOneOf?: string[];
  firstThemOneOf?: string[];
  /** Ids that must not be in the top three of forYou (still listed lower, or left out). */
  notTop3?: string[];
  notTop3Them?: string[];
  /** Ids that must be left out by this hard rule (of forYou unless a list is named). */
  excluded?: [string, HardRule, ListName?][];
  /** Message keys a group must carry (reason or caution); `note` = the profile note it adds. */
  says?: { id: string; key: string; note?: 'medication' | 'secular' | 'status'; list?: ListName }[];
  /** Message keys no listed group may carry (the "you said" that was never said). */
  neverSays?: RegExp[];
}

export const me = (answers: Omit<Answers, 'for'>): Answers => ({ for: 'me', ...answers });
export const family = (answers: Omit<Answers, 'for'>): Answers => ({ for: 'someone-else', ...answers });
