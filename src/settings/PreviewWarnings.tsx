/**
 * For the page owner only: with the preview setting on, every settings problem is listed
 * on the page (they are always in the console too). The problems stay in English, as
 * written for whoever edits the embed code.
 */
import { lazy, Suspense } from 'react';
import { useSettings } from './SettingsContext';
export function PreviewWarnings() {
  const { settings, warnings } = useSettings();
  if (!settings.preview) return null;
  return (
    <Suspense fallback={null}>
      <WarningsPanel warnings={warnings} />
    </Suspense>
  );
}

const WarningsPanel = lazy(() => import('./PreviewWarningsPanel'));

