/**
 * Test stand-in for 'virtual:pathways/content-loaders': the same validated, localized
 * content the Vite plugin serves, read straight from content/. (Under Vitest the plugin's
 * virtual module currently fails to resolve its watched content folder.)
 */
import { loadCatalogue, loadHelplines } from '../../content/load-node';
import { localize } from '../../content/localize';
import { LANGUAGES } from '../../content/vocabulary';
import type { LanguageContent } from '../../content/types';

const { profiles } = loadCatalogue();
const { helplines } = loadHelplines();

const loaders: Record<string, () => Promise<LanguageContent>> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, async () => ({ catalogue: localize(profiles, lang), helplines: localize(helplines!, lang) })]),
);

export default loaders;
