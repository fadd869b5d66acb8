/**
 * True once every string of the current language is loaded. pages.json is not part of the
 * first download, so the information pages wait for it rather than show raw keys.
 */
import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureAllStrings, hasAllStrings } from './i18n';

export function useAllStrings(): boolean {
  const { i18n } = useTranslation();
  const [loadedFor, setLoadedFor] = useState<string | null>(() => (hasAllStrings(i18n.language) ? i18n.language : null));
  useEffect(() => {
    let live = true;
    // In a transition: the view that was waiting renders in slices, not in one long task.
    void ensureAllStrings(i18n.language).then(() => live && startTransition(() => setLoadedFor(i18n.language)));
    return () => {
      live = false;
    };
  }, [i18n.language]);
  return loadedFor === i18n.language;
}
