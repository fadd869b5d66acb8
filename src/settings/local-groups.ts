/**
 * DEPRECATED: the home-made local-groups format, read for a while so that clinics have time
 * to move to Meeting Guide feeds (the `meetingFeeds` setting; see EMBEDDING.md). Every load
 * that shows groups says so in one warning.
 *
 * A clinic's own local groups and meetings, from a JSON file on the app's own site
 * (old format in EMBEDDING.md; example in examples/local-groups.json). Shown as "Near you"
 * under the matching group. The app never contacts another origin, so a file elsewhere
 * is refused; a bad entry is skipped with a warning naming its index and field.
 */
import * as z from 'zod/mini';
import { FORMATS } from '../content/vocabulary';
import { httpsUrl, plainText, profileId } from './settings-schema';
import { shown } from './lenient';
import { fetchSameOriginJson } from './fetch-json';

export const localGroupSchema = z.strictObject({
  profile: profileId,
  name: plainText(120),
  when: z.optional(plainText(200)),
  where: z.optional(plainText(200)),
  format: z.optional(z.enum(FORMATS, { error: `expected one of ${FORMATS.map((f) => `"${f}"`).join(', ')}` })),
  contact: z.optional(plainText(200)),
  url: z.optional(httpsUrl),
});

export type LocalGroup = z.infer<typeof localGroupSchema>;

export interface LocalGroups {
  groups: LocalGroup[];
  warnings: string[];
}

const MAX_BYTES = 200_000;

export const LOCAL_GROUPS_DEPRECATED =
  'localGroupsUrl (data-local-groups) is deprecated and will be removed: publish the meetings as a Meeting Guide JSON feed and name it in meetingFeeds (data-meeting-feeds) instead; see EMBEDDING.md, "Moving from local groups to meeting feeds"';
const MAX_GROUPS = 500;
const FIELDS = Object.keys(localGroupSchema.def.shape);

/** Validates a parsed file: every valid entry is kept, every invalid one skipped with a reason. */
export function parseLocalGroups(data: unknown, source = 'local groups'): LocalGroups {
  const warnings: string[] = [];
  const list = typeof data === 'object' && data !== null ? (data as { groups?: unknown }).groups : undefined;
  if (!Array.isArray(list)) {
    return { groups: [], warnings: [`${source}: expected an object like { "groups": [ … ] }; no local groups shown`] };
  }
  if (list.length > MAX_GROUPS) warnings.push(`${source}: only the first ${MAX_GROUPS} of ${list.length} entries are used`);
  const groups: LocalGroup[] = [];
  list.slice(0, MAX_GROUPS).forEach((entry, index) => {
    const label = `${source}: entry ${index}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warnings.push(`${label} skipped: expected an object, got ${shown(entry)}`);
      return;
    }
    // Unknown fields are only noted (a newer file format should not hide a whole meeting).
    const known: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entry)) {
      if (FIELDS.includes(key)) known[key] = value;
      else warnings.push(`${label}, field "${key}": not a local-group field; ignored (known: ${FIELDS.join(', ')})`);
    }
    const result = localGroupSchema.safeParse(known);
    if (result.success) {
      groups.push(result.data);
      return;
    }
    const issue = result.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const value = known[field];
    const got = value === undefined ? 'missing' : shown(value);
    warnings.push(`${label} skipped: field "${field}" is ${got}; ${issue.message}`);
  });
  return { groups, warnings };
}

/**
 * Fetches and validates the file. `base` is the app page's address: the file must be on
 * the same origin. Missing file, bad JSON or another origin: no local groups, one warning.
 */
export async function loadLocalGroups(
  url: string,
  base: string = document.baseURI,
  fetchFile: typeof fetch = (...args) => fetch(...args),
): Promise<LocalGroups> {
  // Same site only, no redirects, JSON by Content-Type, and never more than MAX_BYTES downloaded (fetch-json.ts).
  const result = await fetchSameOriginJson(url, { base, maxBytes: MAX_BYTES, fetchFile });
  if (!result.ok) return { groups: [], warnings: [`localGroupsUrl: ${result.why}; no local groups shown`] };
  const parsed = parseLocalGroups(result.data, `local groups (${new URL(result.url).pathname})`);
  return { ...parsed, warnings: [...parsed.warnings, LOCAL_GROUPS_DEPRECATED] };
}
