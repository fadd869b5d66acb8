/**
 * The same settings, read from the page address, for hosts that can only paste a plain
 * <iframe> or a link (and what public/embed.js builds from its data-* attributes).
 * Only reshapes text into the settings' form; settings-schema.ts decides what is valid.
 */
import { ANSWER_VALUES, LIST_KEYS, type AnswerKey } from '../engine/answer-values';
import { CONTRACT_PROFILE_IDS } from '../content/contract-ids';

/** URL parameter → setting, for the ones that are copied as they are. */
const DIRECT: Record<string, string> = {
  lang: 'lang',
  region: 'region',
  reportUrl: 'reportUrl',
  exitUrl: 'exitUrl',
  localGroups: 'localGroupsUrl',
};
const THEME = ['accent', 'font', 'radius', 'mode'];
const CONTACT: Record<string, string> = { contactName: 'name', contactPhone: 'phone', contactUrl: 'url', contactHours: 'hours' };
const LISTS = ['include', 'exclude'];
/** Read by other parts of the app (the iframe bridge), not settings. */
const NOT_SETTINGS = new Set(['parentOrigin']);

export const URL_PARAMETERS = [...Object.keys(DIRECT), ...THEME, ...LISTS, 'offered', 'meetingFeeds', ...Object.keys(CONTACT), 'preview', 'preset.<answer>'];

/**
 * "alcoholics-anonymous meetings/aa.json AL-AN=al-anon timezone=Europe/London, narcotics-anonymous na.json":
 * feeds separated by commas; in each, the group id, the feed's path, and any CODE=group or
 * timezone=Zone, in any order. Of the other words, one with a dot or a slash is the path (the loader reads
 * it the same way).
 */
export function parseMeetingFeeds(text: string): Record<string, unknown>[] {
  const ids = new Set<string>(CONTRACT_PROFILE_IDS);
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const feed: Record<string, unknown> = {};
      const types: Record<string, string> = {};
      for (const token of entry.split(/\s+/)) {
        const equals = token.indexOf('=');
        if (/^[A-Za-z0-9-]+=/.test(token)) {
          const key = token.slice(0, equals);
          if (key === 'timezone') feed.timezone = token.slice(equals + 1);
          else types[key] = token.slice(equals + 1);
        } else if (/[./]/.test(token) && !ids.has(token)) feed.url = token;
        else feed.group = token;
      }
      if (Object.keys(types).length) feed.types = types;
      return feed;
    });
}

export interface SettingsFromUrl {
  raw: Record<string, unknown>;
  warnings: string[];
}

const splitList = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** "8" and "8px" are numbers of pixels; anything else goes through as text for the schema to refuse. */
function pixels(text: string): number | string {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(text);
  return match ? Number(match[1]) : text;
}

function flag(text: string): boolean | string {
  if (['', '1', 'true', 'yes'].includes(text.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(text.toLowerCase())) return false;
  return text;
}

/**
 * "smart-recovery:Thursdays 7pm, room 2,al-anon": a comma starts a new entry only when a
 * group id follows it, so a note may contain commas.
 */
export function parseOffered(text: string): { id: string; note?: string }[] {
  const ids = CONTRACT_PROFILE_IDS.join('|');
  const entries = text.split(new RegExp(`,(?=\\s*(?:${ids})\\s*(?::|,|$))`));
  return entries
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      if (colon < 0) return { id: entry };
      const note = entry.slice(colon + 1).trim();
      return note ? { id: entry.slice(0, colon).trim(), note } : { id: entry.slice(0, colon).trim() };
    });
}

/** A preset answer from text: lists split on commas, true/false for yes-no questions. */
function presetValue(key: AnswerKey, text: string): unknown {
  if ((LIST_KEYS as readonly string[]).includes(key)) return splitList(text);
  if (typeof ANSWER_VALUES[key][0] === 'boolean') return flag(text);
  return text;
}

export function settingsFromSearch(search: string): SettingsFromUrl {
  const params = new URLSearchParams(search);
  // Keys come from the address: lookups use own properties only (Object.hasOwn), so
  // "constructor" or "__proto__" is an unknown name like any other, never Object's.
  const raw: Record<string, unknown> = {};
  const warnings: string[] = [];
  const theme: Record<string, unknown> = {};
  const contact: Record<string, unknown> = {};
  const presets: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  for (const [name, value] of params) {
    if (NOT_SETTINGS.has(name)) continue;
    if (Object.hasOwn(DIRECT, name)) raw[DIRECT[name]!] = value;
    else if (THEME.includes(name)) theme[name] = name === 'radius' ? pixels(value) : value;
    else if (Object.hasOwn(CONTACT, name)) contact[CONTACT[name]!] = value;
    else if (LISTS.includes(name)) raw[name] = splitList(value);
    else if (name === 'offered') raw.offeredHere = parseOffered(value);
    else if (name === 'meetingFeeds') raw.meetingFeeds = parseMeetingFeeds(value);
    else if (name === 'preview') raw.preview = flag(value);
    else if (name.startsWith('preset.')) {
      const key = name.slice('preset.'.length);
      // Unknown keys go through as they are, so the schema names them in its warning.
      presets[key] = Object.hasOwn(ANSWER_VALUES, key) ? presetValue(key as AnswerKey, value) : value;
    } else {
      warnings.push(`URL parameter "${name}": not a Pathways setting; ignored (known: ${URL_PARAMETERS.join(', ')})`);
    }
  }
  if (Object.keys(theme).length) raw.theme = theme;
  if (Object.keys(contact).length) raw.contactLine = contact;
  if (Object.keys(presets).length) raw.presets = { ...presets };
  return { raw, warnings };
}
