/** About, Privacy and Accessibility: plain pages of text, each with its own h1 and a way back to the start. */
import type { ComponentType, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing';
import { useFocusHeading } from '../useFocusHeading';
import { AboutBody } from '../info/AboutBody';
import { AccessibilityBody } from '../info/AccessibilityBody';
import type { InfoBodyProps } from '../info/InfoParts';
import { PrivacyBody } from '../info/PrivacyBody';
import { useAllStrings } from '../content/useAllStrings';
import '../info/info.css';

export type InfoPageName = 'about' | 'privacy' | 'accessibility';

const BODIES: Record<InfoPageName, ComponentType<InfoBodyProps>> = {
  about: AboutBody,
  privacy: PrivacyBody,
  accessibility: AccessibilityBody,
};

export interface InfoPageProps {
  page: InfoPageName;
  /** Where reports of wrong facts or accessibility problems go; set by the deploying organisation. */
  reportUrl?: string;
}

export default function InfoPage({ page, reportUrl }: InfoPageProps) {
  const { t } = useTranslation();
  const ready = useAllStrings();
  const headingRef = useFocusHeading(ready ? page : null, arrivedFromWithinApp());
  if (!ready) return <p role="status" className="loading-state">{t('app.loading')}</p>;
  return <InfoArticle page={page} reportUrl={reportUrl} headingRef={headingRef} />;
}

/** The page itself, with every string already loaded: also pre-rendered as about.html, privacy.html, accessibility.html. */
export function InfoArticle({ page, reportUrl, headingRef }: InfoPageProps & { headingRef?: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const Body = BODIES[page];
  const backToStart = t('pages.common.backToStart');
  return (
    <article className="info-page">
      <a className="back-link" href={hrefFor({ name: 'quiz' })}>
        {backToStart}
      </a>
      <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
        {t(`pages.${page}.title`)}
      </h1>
      <Body reportUrl={reportUrl} />
      <p className="info-page__end">
        <a href={hrefFor({ name: 'quiz' })}>{backToStart}</a>
      </p>
    </article>
  );
}

/**
 * Focus moves to the h1 when the person came here from another page of the app (a click or key
 * press happened), so screen readers announce the page and the view starts at its top. A page
 * opened directly keeps the browser's start, with the skip link first. Browsers without the
 * user-activation API get the focus move.
 */
function arrivedFromWithinApp(): boolean {
  const activation = navigator.userActivation as UserActivation | undefined;
  return activation?.hasBeenActive ?? true;
}
