/** The language's content with only the groups the clinic allows, for the suggestions. */
import { useMemo } from 'react';
import type { LanguageContent } from '../content/types';
import { filterGroups, hasGroupFilter } from './apply-settings';
import { useSettings } from './SettingsContext';

export function useFilteredContent(content: LanguageContent | null): LanguageContent | null {
  const { settings } = useSettings();
  return useMemo(() => {
    if (!content || !hasGroupFilter(settings)) return content;
    return { ...content, catalogue: filterGroups(content.catalogue, settings) };
  }, [content, settings]);
}
