/**
 * Each profile's sources, from one chunk shared by every language and fetched only
 * where sources are shown: profile pages, and a results card once its "Where these facts
 * come from" is opened (23 KiB gzip that most people reading a list never need).
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

/**
 * The sources for one group; null while they load, or while `wanted` is false (nothing is
 * fetched until then, e.g. until a closed <details> is opened). Already-loaded sources show
 * on the first render.
 */
export function useProfileSources(id: string, wanted = true): ProfileSources | null {
  const [all, setAll] = useState<AllSources | null>(loaded);
  useEffect(() => {
    let live = true;
    if (!all && wanted) void loadSources().then((value) => live && setAll(value));
    return () => {
      live = false;
    };
  }, [all, wanted]);
  return all?.[id] ?? null;
}
