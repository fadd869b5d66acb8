/**
 * Turns the engine's messages into sentences with any translate function
 * (i18next's `t` in the app and the CLI), and builds the contract's Result.
 */
import type { Language } from '../content/vocabulary';
import type { HardRule, ListName, Message, NoteField, RankedGroup, Recommendation } from './types';

export type Translate = (key: string, values?: Record<string, string>) => string;
/** Finds a profile's own note in the reader's language (the engine never holds prose). */
export type NoteLookup = (profileId: string, field: NoteField) => string | undefined;

export interface RenderContext {
  t: Translate;
  language: Language;
  note?: NoteLookup;
}

export interface ContractGroup {
  id: string;
  score: number;
  reasons: string[];
  cautions: string[];
}

export interface ContractLeftOut {
  id: string;
  list: ListName;
  rule: HardRule | null;
  reason: string;
}

export interface ContractResult {
  forYou: ContractGroup[];
  forThem?: ContractGroup[];
  leftOut: ContractLeftOut[];
}

/** Building an Intl formatter is slow; one per language is enough (--jsonl renders thousands). */
const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) listFormats.set(language, (format = new Intl.ListFormat(language, { type: 'conjunction' })));
  return format;
}

export function renderMessage(message: Message, { t, language, note }: RenderContext): string {
  const values: Record<string, string> = {};
  const list = listFormat(language);
  for (const [name, keys] of Object.entries(message.terms ?? {})) {
    values[name] = list.format(keys.map((key) => t(`terms.${key}`)));
  }
  const own = message.note && note?.(message.note.profile, message.note.field);
  const sentence = t(`engine.${own && message.noted ? message.noted : message.key}`, values);
  const detail = message.detail && renderMessage(message.detail, { t, language, note });
  return [sentence, own, detail].filter(Boolean).join(' ');
}

const renderGroup = (group: RankedGroup, ctx: RenderContext): ContractGroup => ({
  id: group.id,
  score: group.score,
  reasons: group.reasons.map((m) => renderMessage(m, ctx)),
  cautions: group.cautions.map((m) => renderMessage(m, ctx)),
});

export function toContractResult(recommendation: Recommendation, ctx: RenderContext): ContractResult {
  const result: ContractResult = { forYou: recommendation.forYou.map((g) => renderGroup(g, ctx)), leftOut: [] };
  if (recommendation.forThem) result.forThem = recommendation.forThem.map((g) => renderGroup(g, ctx));
  result.leftOut = recommendation.leftOut.map((l) => ({ id: l.id, list: l.list, rule: l.rule, reason: renderMessage(l.reason, ctx) }));
  return result;
}
