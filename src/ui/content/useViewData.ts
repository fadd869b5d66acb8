/**
 * What the results, directory and profile views need beyond the first screen:
 * every string of the current language and that language's content. Null while loading.
 */
import type { LanguageContent } from '../../content/types';
import { useAllStrings } from './useAllStrings';
import { useLanguageContent } from './useLanguageContent';

export function useViewData(): LanguageContent | null {
  const content = useLanguageContent();
  return useAllStrings() ? content : null;
}
