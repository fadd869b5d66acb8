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

export interface SettingsValue {
  settings: Settings;
  /** Every problem found so far (settings, theme, local groups), for the preview panel. */
  warnings: readonly string[];
  localGroups: readonly LocalGroup[];
  /** The clinic's meeting feeds once checked (null while loading, or when there are none). */
  meetingFeeds: MeetingFeeds | null;
}

const NONE: SettingsValue = { settings: {}, warnings: [], localGroups: [], meetingFeeds: null };
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
        for (const warning of result.warnings) console.warn(`Pathways settings: ${warning}`);
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

export function SettingsProvider({ settings = NONE.settings, warnings = NONE.warnings, localGroups, meetingFeeds, children }: ProviderProps) {
  const [loaded, setLoaded] = useState<LocalGroups | null>(null);
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
    }),
    [settings, warnings, localGroups, loaded, feeds],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
