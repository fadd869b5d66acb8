/**
 * Each profile's sources, from one chunk shared by every language and fetched only
 * where sources are shown (cards' "Where these facts come from", profile pages).
 */
import { useEffect, useState } from 'react';
import type { ProfileSources } from '../../content/types';

type AllSources = Record<string, ProfileSources>;
let loaded: AllSources | null = null;
let pending: Promise<AllSources> | null = null;

export function loadSources(): Promise<AllSources> {
  pending ??= import('virtual:pathways/sources').then((module) => (loaded = module.default));
  return pending;
}

/** The sources for one group; null while they load. Already-loaded sources show on the first render. */
export function useProfileSources(id: string): ProfileSources | null {
  const [all, setAll] = useState<AllSources | null>(loaded);
  useEffect(() => {
    let live = true;
    if (!all) void loadSources().then((value) => live && setAll(value));
    return () => {
      live = false;
    };
  }, [all]);
  return all?.[id] ?? null;
}
