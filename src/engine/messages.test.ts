// @vitest-environment node
/**
 * Every sentence the engine can ask for exists in both languages. A missing key reaches the
 * person as the key itself ("engine.reason.medication.supportive.recovery"), so this walks the
 * messages of random answer sets, every group of every list, not a hand-made list of keys.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/load-node';
import en from '../locales/en/engine.json';
import es from '../locales/es/engine.json';
import { answersArbitrary, completeAnswersArbitrary } from './answers-arbitrary';
import { recommendMessages } from './recommend';
import { renderMessage } from './render';
import type { Message } from './types';

const { profiles } = loadCatalogue();

const lookup = (tree: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

/** The keys a message needs: its sentence (and the one said before a note), the terms it names, and those of its detail. */
function keysOf(message: Message): string[] {
  const terms = Object.values(message.terms ?? {}).flatMap((keys) => keys.map((key) => `terms.${key}`));
  const sentences = [message.key, ...(message.noted ? [message.noted] : [])].map((key) => `engine.${key}`);
  return [...sentences, ...terms, ...(message.detail ? keysOf(message.detail) : [])];
}

function missingKeys(answers: Parameters<typeof recommendMessages>[0]): string[] {
  const r = recommendMessages(answers, profiles, { limit: profiles.length });
  const messages = [...r.forYou, ...(r.forThem ?? [])].flatMap((g) => [...g.reasons, ...g.cautions]).concat(r.leftOut.map((l) => l.reason));
  return messages.flatMap(keysOf).flatMap((key) =>
    [['en', en], ['es', es]].flatMap(([language, tree]) => (typeof lookup(tree as object, key) === 'string' ? [] : [`${language}: ${key}`])),
  );
}

describe('the engine’s sentences', () => {
  it('exist in English and Spanish for every message of any answers', () => {
    for (const arbitrary of [answersArbitrary, completeAnswersArbitrary]) {
      fc.assert(
        fc.property(arbitrary, (answers) => {
          expect(missingKeys(answers)).toEqual([]);
        }),
        { numRuns: 600 },
      );
    }
  });

  it('include the medication reasons of a group that supports each kind of medicine', () => {
    // A welcoming stance is a reason, not a caution: the case that once showed its key.
    for (const medication of ['recovery', 'mental-health', 'both', 'yes'] as const) {
      expect(missingKeys({ for: 'me', concerns: ['opioids'], medication, region: 'us' })).toEqual([]);
    }
  });
});

describe('a sentence with the group’s own note', () => {
  const message: Message = {
    key: 'caution.medication.not-stated.recovery',
    noted: 'caution.medication.mentioned.recovery',
    note: { profile: 'some-group', field: 'medication' },
  };
  const t = (key: string) => String(lookup(en, key) ?? key);

  it('says only what the person told us before the note, which says the stance', () => {
    const said = renderMessage(message, { t, language: 'en', note: () => 'The group’s own words on medicine.' });
    expect(said).toBe(`${en.engine.caution.medication.mentioned.recovery} The group’s own words on medicine.`);
  });

  it('keeps the whole sentence, "not known" included, where the group has no note', () => {
    expect(renderMessage(message, { t, language: 'en', note: () => undefined })).toBe(en.engine.caution.medication['not-stated'].recovery);
  });
});
