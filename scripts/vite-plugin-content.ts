/**
 * Serves validated content to the app as virtual modules, one per language:
 *   virtual:pathways/catalogue/<lang>  -> the group profiles in that language
 *   virtual:pathways/helplines/<lang>  -> the helplines in that language
 *   virtual:pathways/content-loaders   -> { [lang]: () => import(...) } for every language
 *   virtual:pathways/sources           -> every profile's sources by id (one chunk for all languages:
 *                                         they are notes for checking facts, loaded only where shown)
 * A broken content file stops the build with "file: field: what was expected".
 */
import type { Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, loadCatalogue, loadHelplines, PROJECT_ROOT } from '../src/content/load-node.ts';
import { localize } from '../src/content/localize.ts';
import { LANGUAGES, type Language } from '../src/content/vocabulary.ts';

const PREFIX = 'virtual:pathways/';
const RESOLVED = '\0pathways:';

export function contentPlugin(): Plugin {
  return {
    name: 'pathways-content',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [kind, lang] = id.slice(RESOLVED.length).split('/') as [string, Language | undefined];
      // Watch each content file (watching a folder makes Vite try to load the folder as a module).
      const groups = join(PROJECT_ROOT, 'content', 'groups');
      for (const name of readdirSync(groups)) this.addWatchFile(join(groups, name));
      this.addWatchFile(join(PROJECT_ROOT, 'content', 'helplines.yaml'));
      if (kind === 'content-loaders') return loadersModule();
      if (kind === 'sources') {
        const { profiles, errors } = loadCatalogue();
        if (errors.length) this.error(`Content check failed:\n${formatProblems(errors)}`);
        return `export default ${JSON.stringify(Object.fromEntries(profiles.map((p) => [p.id, p.sources])))};`;
      }
      if (!lang || !LANGUAGES.includes(lang)) this.error(`unknown language in ${id}`);
      if (kind === 'catalogue') {
        const { profiles, errors } = loadCatalogue();
        if (errors.length) this.error(`Content check failed:\n${formatProblems(errors)}`);
        // Sources ship in their own chunk; reach entries' source addresses are for the checker only.
        const withoutSources = profiles.map(({ sources: _sources, reach, ...profile }) => ({
          ...profile,
          reach: reach.map(({ source: _source, ...entry }) => entry),
        }));
        return `export default ${JSON.stringify(localize(withoutSources, lang))};`;
      }
      if (kind === 'helplines') {
        const { helplines, errors } = loadHelplines();
        if (errors.length || !helplines) this.error(`Helplines check failed:\n${formatProblems(errors)}`);
        return `export default ${JSON.stringify(localize(helplines, lang))};`;
      }
      return this.error(`unknown content module ${id}`);
    },
  };
}

function loadersModule(): string {
  const entries = LANGUAGES.map(
    (lang) =>
      `${JSON.stringify(lang)}: () => Promise.all([import('${PREFIX}catalogue/${lang}'), import('${PREFIX}helplines/${lang}')]).then(([c, h]) => ({ catalogue: c.default, helplines: h.default }))`,
  );
  return `export default {${entries.join(',\n')}};`;
}
