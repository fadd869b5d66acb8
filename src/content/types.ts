/** The shapes the browser receives: validated content with one language picked out. */
import type { Localized } from './localize.ts';
import type { Profile } from './schema.ts';
import type { Helplines, Helpline } from './helpline-schema.ts';

/** Sources are not in a language's catalogue: they come from one shared chunk (see src/ui/content/sources.ts). */
export type LocalizedProfile = Localized<Omit<Profile, 'sources'>>;
export type ProfileSources = Profile['sources'];
export type LocalizedHelplines = Localized<Helplines>;
export type LocalizedHelpline = Localized<Helpline>;

export interface LanguageContent {
  catalogue: LocalizedProfile[];
  helplines: LocalizedHelplines;
}
