/**
 * Checks a whole catalogue: each file against the schema, then the rules that
 * span files (duplicate ids, contract ids without a file, review dates).
 * Pure: takes parsed files and "today", returns problems. The Node loader feeds it.
 */
import type { z } from 'zod';
import { contactWarnings } from './contacts.ts';
import { CONTRACT_PROFILE_IDS } from './contract-ids.ts';
import { profileSchema, type Profile } from './schema.ts';
import { FORMATS } from './vocabulary.ts';

export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  /** The parsed YAML (unknown shape until validated). */
  data: unknown;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface CatalogueCheck {
  profiles: Profile[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

const STALE_AFTER_DAYS = 365;

/** Turns zod's issues into "field: what was expected" lines a content editor can act on. */
export function describeIssues(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    const field = path.length ? path.join('.') : '(top level)';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against src/content/schema.ts`;
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
      message = `missing required field (expected ${issue.expected})`;
    }
    return { file, field, message };
  });
}

export function checkCatalogue(files: ContentFile[], today: Date): CatalogueCheck {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const profiles: Profile[] = [];
  const seen = new Map<string, string>();
  const todayIso = today.toISOString().slice(0, 10);

  for (const { file, data } of files) {
    const parsed = profileSchema.safeParse(data);
    if (!parsed.success) {
      errors.push(...describeIssues(file, parsed.error));
      // The file exists even if it is broken: don't also report its id as missing.
      const id = (data as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !seen.has(id)) seen.set(id, file);
      continue;
    }
    const profile = parsed.data;
    const expectedName = `${profile.id}.yaml`;
    if (!file.endsWith(expectedName)) {
      errors.push({ file, field: 'id', message: `expected the file to be named ${expectedName}` });
    }
    const earlier = seen.get(profile.id);
    if (earlier) {
      errors.push({ file, field: 'id', message: `duplicate id "${profile.id}", already used by ${earlier}` });
      continue;
    }
    seen.set(profile.id, file);
    if (profile.lastReviewed > todayIso) {
      errors.push({ file, field: 'lastReviewed', message: `expected a date not in the future (today is ${todayIso})` });
    } else if (daysBetween(profile.lastReviewed, todayIso) > STALE_AFTER_DAYS) {
      warnings.push({ file, field: 'lastReviewed', message: `not reviewed for over 12 months (last ${profile.lastReviewed})` });
    }
    errors.push(...checkConsistency(file, profile));
    warnings.push(...contactWarnings(profile.contacts).map((w) => ({ file, ...w })));
    profiles.push(profile);
  }

  for (const id of CONTRACT_PROFILE_IDS) {
    if (!seen.has(id)) {
      errors.push({ file: `content/groups/${id}.yaml`, field: 'id', message: `the contract lists "${id}" but there is no file for it` });
    }
  }
  profiles.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { profiles, errors, warnings };
}

/** Rules the schema alone cannot say: fields that only make sense together. */
function checkConsistency(file: string, p: Profile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const forFamily = p.audience !== 'person';
  if (forFamily && !p.familySupport?.length) {
    problems.push({ file, field: 'familySupport', message: 'expected familySupport for a group that serves family and friends' });
  }
  if (!forFamily && p.familySupport) {
    problems.push({ file, field: 'familySupport', message: 'expected no familySupport on a group only for the person with the problem' });
  }
  if (p.faith && p.spirituality === 'none') {
    problems.push({ file, field: 'faith', message: 'a group built on a faith cannot have spirituality "none"' });
  }
  if (p.genderAlsoWelcomes && !p.genderOnly) {
    problems.push({ file, field: 'genderAlsoWelcomes', message: 'only meaningful with genderOnly' });
  }
  problems.push(...checkBuiltFor(file, p), ...checkReach(file, p));
  if (!p.contacts.some((c) => !c.regions)) {
    problems.push({ file, field: 'contacts', message: 'expected one contact without regions (the worldwide default)' });
  }
  return problems;
}

/** builtFor must agree with the fields that name the population (and so drive hard rules 2, 4 and 6). */
function checkBuiltFor(file: string, p: Profile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const builtFor = new Set(p.builtFor ?? []);
  const pairs: [boolean, boolean, string][] = [
    [builtFor.has('faith'), p.faith !== undefined, 'builtFor "faith" goes with a faith field, and a faith field with builtFor "faith"'],
    [builtFor.has('culture'), p.culture !== undefined, 'builtFor "culture" goes with a culture field, and a culture field with builtFor "culture"'],
    [builtFor.has('teens'), p.age === 'teens-only', 'builtFor "teens" goes with age "teens-only", and the reverse'],
  ];
  for (const [claimed, named, message] of pairs) if (claimed !== named) problems.push({ file, field: 'builtFor', message });
  if (p.genderOnly && !builtFor.has(p.genderOnly)) {
    problems.push({ file, field: 'builtFor', message: `a group only for ${p.genderOnly} is built for them: add "${p.genderOnly}"` });
  }
  return problems;
}

/** Every known reach level rests on one of the profile's own sources, and names a format the profile offers. */
function checkReach(file: string, p: Profile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cited = new Set(p.sources.map((s) => s.url));
  const offered = new Set(p.formats.map((f) => f.format));
  /** Regions a format is limited to; absent when it is offered everywhere (or not at all). */
  const limitedTo = (format: string): Set<string> | undefined => {
    const offers = p.formats.filter((f) => f.format === format);
    return offers.length && offers.every((f) => f.regions) ? new Set(offers.flatMap((f) => f.regions ?? [])) : undefined;
  };
  let everywhere = 0;
  p.reach.forEach((entry, i) => {
    const field = `reach[${i}]`;
    if (!entry.regions) everywhere += 1;
    const levels = FORMATS.flatMap((format) => (entry[format] ? [[format, entry[format]] as const] : []));
    const known = levels.filter(([, level]) => level !== 'not-known');
    if (known.length && !entry.source) problems.push({ file, field, message: 'expected a source for a known reach level' });
    if (entry.source && !cited.has(entry.source)) problems.push({ file, field: `${field}.source`, message: 'expected one of the profile\'s sources' });
    for (const [format, level] of known) {
      if (level === 'none') continue;
      if (!offered.has(format)) {
        problems.push({ file, field: `${field}.${format}`, message: `the profile's formats do not list ${format}` });
        continue;
      }
      const only = limitedTo(format);
      if (only && !(entry.regions ?? []).some((r) => only.has(r))) {
        problems.push({ file, field: `${field}.${format}`, message: `${format} is offered only in ${[...only].join(', ')}: give its level in an entry for those regions` });
      }
    }
  });
  if (everywhere > 1) problems.push({ file, field: 'reach', message: 'expected at most one entry without regions (everywhere else)' });
  return problems;
}

function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000;
}
