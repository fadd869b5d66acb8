/**
 * What the results view derives from the answers: the engine's ranked lists for the
 * reader's language, the profiles by id, and a way to turn engine messages into sentences.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageContent, LocalizedProfile } from '../../content/types';
import type { Answers } from '../../engine/answers';
import { renderMessage, type NoteLookup } from '../../engine/render';
import type { Message, NoteField, Recommendation } from '../../engine/types';
import { knownLanguage } from '../../i18n/known-language';
import { rankingOnce } from './ranking-once';

export type Say = (message: Message) => string;

export interface Results {
  recommendation: Recommendation;
  profiles: ReadonlyMap<string, LocalizedProfile>;
  say: Say;
}

const NOTE_FIELDS: Record<NoteField, (p: LocalizedProfile) => string | undefined> = {
  medication: (p) => p.medication.note,
  secular: (p) => p.secularNote,
  status: (p) => p.statusNote,
};

export function useResults(answers: Answers, content: LanguageContent | null): Results | null {
  const { t, i18n } = useTranslation();
  const language = knownLanguage(i18n.language);
  return useMemo(() => {
    if (!content) return null;
    const profiles = new Map(content.catalogue.map((p) => [p.id, p]));
    // The result is written in the language the person is reading, whatever the answers say.
    // Usually ranked already, while the results loaded (rehearse-ranking.ts).
    const recommendation = rankingOnce({ ...answers, language }, content.catalogue);
    const note: NoteLookup = (id, field) => {
      const profile = profiles.get(id);
      return profile && NOTE_FIELDS[field](profile);
    };
    const say: Say = (message) => renderMessage(message, { t: (key, values) => t(key, values), language, note });
    return { recommendation, profiles, say };
  }, [answers, content, language, t]);
}
