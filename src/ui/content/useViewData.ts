/**
 * What the results, directory and profile views need beyond the first screen:
 * every string of the current language and that language's content. Null while loading.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureAllStrings, hasAllStrings } from '../../i18n/i18n';
import type { LanguageContent } from '../../content/types';
import { useLanguageContent } from './useLanguageContent';

export function useViewData(): LanguageContent | null {
  const { i18n } = useTranslation();
  const content = useLanguageContent();
  const [stringsFor, setStringsFor] = useState<string | null>(() => (hasAllStrings(i18n.language) ? i18n.language : null));
  useEffect(() => {
    let live = true;
    void ensureAllStrings(i18n.language).then(() => live && setStringsFor(i18n.language));
    return () => {
      live = false;
    };
  }, [i18n.language]);
  return stringsFor === i18n.language ? content : null;
}
