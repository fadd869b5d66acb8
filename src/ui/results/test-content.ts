/**
 * Test stand-in for 'virtual:pathways/content-loaders': the same validated content the
 * Vite plugin serves, read from content/ and localized (the plugin's virtual module does
 * not resolve under Vitest). Used with vi.mock in the results tests.
 */
import { loadCatalogue, loadHelplines } from '../../content/load-node';
import { localize } from '../../content/localize';
import type { LanguageContent } from '../../content/types';
import { LANGUAGES } from '../../content/vocabulary';

const { profiles } = loadCatalogue();
const { helplines } = loadHelplines();
if (!helplines) throw new Error('content/helplines.yaml did not load');

const loaders: Record<string, () => Promise<LanguageContent>> = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    async () => ({ catalogue: localize(profiles, language), helplines: localize(helplines, language) }),
  ]),
);

export default loaders;
