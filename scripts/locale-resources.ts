/** Reads every language's message files from src/locales/<lang>/*.json (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/content/load-node';

type Tree = Record<string, unknown>;

export function loadLocaleResources(dir = join(PROJECT_ROOT, 'src', 'locales')): Record<string, { translation: Tree }> {
  const resources: Record<string, { translation: Tree }> = {};
  for (const lang of readdirSync(dir)) {
    const translation: Tree = {};
    for (const name of readdirSync(join(dir, lang)).filter((n) => n.endsWith('.json')).sort()) {
      Object.assign(translation, JSON.parse(readFileSync(join(dir, lang, name), 'utf8')) as Tree);
    }
    resources[lang] = { translation };
  }
  return resources;
}
