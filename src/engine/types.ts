import type { Answers, AnswerKey } from './answers';
import type { Profile } from '../content/schema';

/**
 * A sentence the engine wants to say, before translation.
 * `key` is an i18next key under `engine.`; each `terms` entry is a list of
 * message keys, translated and joined ("alcohol and gambling") into {{name}}.
 */
export interface Message {
  key: string;
  terms?: Record<string, string[]>;
  /** A note in the group's own profile to add after the sentence (the engine never reads prose). */
  note?: { profile: string; field: NoteField };
  /**
   * The sentence to say instead of `key` when that note is found: the note already says what the
   * group's stance is, so the sentence only says what the person told us (no "not known" twice).
   */
  noted?: string;
  /** The answer that caused this sentence: every reason is tied to one. */
  cause?: AnswerKey | 'status';
  /** For "it ranked lower": the caution that weighed most against the group, said after the sentence. */
  detail?: Message;
}

export type NoteField = 'medication' | 'secular' | 'status';

/**
 * The engine reads only the structural fields of a profile, never its prose,
 * so it works on the full catalogue (CLI, tests) and on one language's bundle (browser).
 */
export type GroupProfile = Pick<
  Profile,
  | 'id'
  | 'status'
  | 'audience'
  | 'problems'
  | 'problemSpecific'
  | 'approaches'
  | 'spirituality'
  | 'faith'
  | 'roots'
  | 'goals'
  | 'goalsByRegion'
  | 'builtFor'
  | 'culture'
  | 'reach'
  | 'genderOnly'
  | 'genderAlsoWelcomes'
  | 'age'
  | 'specialMeetings'
  | 'formats'
  | 'cameraOptional'
  | 'anonymity'
  | 'styles'
  | 'familySupport'
  | 'relationships'
> & {
  medication: Pick<Profile['medication'], 'recovery' | 'mentalHealth'>;
  contacts: Pick<Profile['contacts'][number], 'regions' | 'spanish'>[];
};

export type ListName = 'forYou' | 'forThem';

/** The rules the ranking must never break, numbered as in the contract. */
export type HardRule = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface RankedGroup {
  id: string;
  score: number;
  /** 0 (no meetings the person can reach) to 1 (many): breaks equal scores (principle 6). */
  reach: number;
  reasons: Message[];
  cautions: Message[];
}

export interface LeftOut {
  id: string;
  list: ListName;
  /** The hard rule that removed it, or null when it simply fitted less well. */
  rule: HardRule | null;
  reason: Message;
}

export interface Recommendation {
  forYou: RankedGroup[];
  forThem?: RankedGroup[];
  /** Every group not listed, with why: answers "why isn't AA on my list?". */
  leftOut: LeftOut[];
}

export interface RecommendOptions {
  /** How many groups per list (contract default: 5). */
  limit?: number;
}

export type { Answers };
