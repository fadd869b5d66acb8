/**
 * npm run check:content — validates every file in content/.
 * Exits 1 with "file: field: what was expected" lines when anything is wrong.
 * Usage: tsx scripts/check-content.ts [--only FILE...] (a subset, for editors working on a few files)
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { formatProblems, loadCatalogue, loadHelplines, PROJECT_ROOT } from '../src/content/load-node';

const catalogue = loadCatalogue();
const helplinesPath = join(PROJECT_ROOT, 'content', 'helplines.yaml');
const helplines = existsSync(helplinesPath)
  ? loadHelplines(helplinesPath)
  : { errors: [{ file: 'content/helplines.yaml', field: '(file)', message: 'missing: the safety panel needs it' }] };

const errors = [...catalogue.errors, ...helplines.errors];
if (catalogue.warnings.length) {
  console.warn(`Warnings:\n${formatProblems(catalogue.warnings)}`);
}
if (errors.length) {
  console.error(`Content check failed (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n${formatProblems(errors)}`);
  process.exit(1);
}
const sourced = catalogue.profiles.reduce((n, p) => n + p.sources.length, 0);
console.log(`Content OK: ${catalogue.profiles.length} profiles, ${sourced} sources, helplines for ${Object.keys(helplines.helplines?.regions ?? {}).length} regions.`);
