/**
 * The clinic's settings and local groups, for any component that needs them:
 * "Offered here" and "Near you" under a group, the contact line beside the helplines,
 * the quick exit's address. Without a provider, every component sees "no settings".
 * Kept free of zod: the validator loads only when a page has settings to check.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LocalGroup, LocalGroups } from './local-groups';
import type { MeetingFeeds } from './meeting-feeds';
import type { Settings } from './settings-schema';
import type { ClinicSource, TrustOutcome } from './trust';

export interface SettingsValue {
  /** The open settings, with the clinic-only ones that passed trust.ts merged over them. */
  settings: Settings;
  /** Every problem found so far (settings, theme, local groups), for the preview panel. */
  warnings: readonly string[];
  localGroups: readonly LocalGroup[];
  /** The clinic's meeting feeds once checked (null while loading, or when there are none). */
  meetingFeeds: MeetingFeeds | null;
  /** Where each applied clinic setting came from ("From the website you came from: …"). */
  sources: Partial<Record<string, ClinicSource>>;
  /** Clinic settings found in a plain link and not used: the page says so. */
  ignored: readonly string[];
}

const NONE: SettingsValue = { settings: {}, warnings: [], localGroups: [], meetingFeeds: null, sources: {}, ignored: [] };
export const SettingsContext = createContext<SettingsValue>(NONE);

export const useSettings = (): SettingsValue => useContext(SettingsContext);

/** The clinic's local meetings of one group (empty when it listed none). */
export function useLocalGroups(profileId: string): LocalGroup[] {
  return useSettings().localGroups.filter((group) => group.profile === profileId);
}

// One fetch (and one set of console warnings) per file, even when React runs effects twice.
const loads = new Map<string, Promise<LocalGroups>>();
export function loadLocalGroupsOnce(url: string): Promise<LocalGroups> {
  let load = loads.get(url);
  if (!load) {
    load = import('./local-groups')
      .then(({ loadLocalGroups }) => loadLocalGroups(url))
      .catch((error: Error) => ({ groups: [], warnings: [`localGroupsUrl: could not be loaded (${error.message})`] }))
      .then((result) => {
        const shown = result.warnings.slice(0, 20);
        for (const warning of shown) console.warn(`Pathways settings: ${warning}`);
        if (result.warnings.length > shown.length) {
          console.warn(`Pathways settings: … and ${result.warnings.length - shown.length} more problems in the local groups file (turn on preview to see them all on the page)`);
        }
        return result;
      });
    loads.set(url, load);
  }
  return load;
}

interface ProviderProps {
  settings?: Settings;
  warnings?: readonly string[];
  /** For tests and for hosts that already have the groups; otherwise they are fetched from settings.localGroupsUrl. */
  localGroups?: readonly LocalGroup[];
  /** For tests: feeds already loaded; otherwise they are loaded from settings.meetingFeeds. */
  meetingFeeds?: MeetingFeeds;
  /** The clinic-only settings, once their source is checked (src/settings/boot.ts). */
  trust?: Promise<TrustOutcome> | TrustOutcome;
  children: ReactNode;
}

/** The meetings code loads only when the clinic named feeds: a page without them downloads none of it. */
function useMeetingFeeds(feeds: Settings['meetingFeeds'], given: MeetingFeeds | undefined): MeetingFeeds | null {
  const [loaded, setLoaded] = useState<MeetingFeeds | null>(null);
  useEffect(() => {
    if (given || !feeds?.length) return;
    let live = true;
    void import('./meeting-feeds')
      .then(({ loadMeetingFeedsOnce }) => loadMeetingFeedsOnce(feeds))
      .then((result) => live && setLoaded(result))
      .catch((error: Error) => console.warn(`Pathways settings: meeting feeds could not be loaded (${error.message})`));
    return () => {
      live = false;
    };
  }, [feeds, given]);
  return given ?? loaded;
}

export function SettingsProvider({ settings: open = NONE.settings, warnings: openWarnings = NONE.warnings, localGroups, meetingFeeds, trust, children }: ProviderProps) {
  const [loaded, setLoaded] = useState<LocalGroups | null>(null);
  const [outcome, setOutcome] = useState<TrustOutcome | null>(() => (trust && !('then' in trust) ? trust : null));
  useEffect(() => {
    if (!trust || !('then' in trust)) return;
    let live = true;
    void trust.then((result) => live && setOutcome(result));
    return () => {
      live = false;
    };
  }, [trust]);
  const settings = useMemo(() => (outcome ? { ...open, ...outcome.clinic } : open), [open, outcome]);
  const warnings = useMemo(() => (outcome?.warnings.length ? [...openWarnings, ...outcome.warnings] : openWarnings), [openWarnings, outcome]);
  // Feeds are clinic-only settings: they load once trust.ts has let them through.
  const feeds = useMeetingFeeds(settings.meetingFeeds, meetingFeeds);
  const url = localGroups ? undefined : settings.localGroupsUrl;
  useEffect(() => {
    if (!url) return;
    let live = true;
    void loadLocalGroupsOnce(url).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [url]);

  const value = useMemo<SettingsValue>(
    () => ({
      settings,
      warnings: [...warnings, ...(loaded?.warnings ?? []), ...(feeds?.summary.warnings ?? [])],
      localGroups: localGroups ?? loaded?.groups ?? [],
      meetingFeeds: feeds,
      sources: outcome?.sources ?? NONE.sources,
      ignored: outcome?.ignored ?? NONE.ignored,
    }),
    [settings, warnings, localGroups, loaded, feeds, outcome],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
