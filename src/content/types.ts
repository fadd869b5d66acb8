/** The shapes the browser receives: validated content with one language picked out. */
import type { Localized } from './localize.ts';
import type { Profile } from './schema.ts';
import type { Helplines, Helpline } from './helpline-schema.ts';

export type LocalizedProfile = Localized<Profile>;
export type LocalizedHelplines = Localized<Helplines>;
export type LocalizedHelpline = Localized<Helpline>;

export interface LanguageContent {
  catalogue: LocalizedProfile[];
  helplines: LocalizedHelplines;
}
