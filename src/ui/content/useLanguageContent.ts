/** Loads the group profiles and helplines for the current language, once per language. */
import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import loaders from 'virtual:pathways/content-loaders';
import type { LanguageContent } from '../../content/types';

const cache = new Map<string, Promise<LanguageContent>>();
/** Content already downloaded: a view can show it on its first render, with no "Loading…" flash. */
const ready = new Map<string, LanguageContent>();

export function loadLanguageContent(language: string): Promise<LanguageContent> {
  const loader = loaders[language] ?? loaders.en!;
  let pending = cache.get(language);
  if (!pending) {
    pending = loader().then((value) => {
      ready.set(language, value);
      return value;
    });
    cache.set(language, pending);
  }
  return pending;
}

export function useLanguageContent(): LanguageContent | null {
  const { i18n } = useTranslation();
  const [content, setContent] = useState<{ language: string; value: LanguageContent } | null>(() => {
    const value = ready.get(i18n.language);
    return value ? { language: i18n.language, value } : null;
  });
  useEffect(() => {
    let live = true;
    // In a transition: the view that was waiting for the content renders in slices, not in one long task.
    loadLanguageContent(i18n.language).then((value) => live && startTransition(() => setContent({ language: i18n.language, value })));
    return () => {
      live = false;
    };
  }, [i18n.language]);
  return content?.language === i18n.language ? content.value : null;
}
