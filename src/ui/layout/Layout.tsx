/** The frame around every page: skip link, header with quick exit and language (sticky, so Exit is always in reach), footer. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TrustNotices } from '../../settings/TrustNotices';
import { hrefFor } from '../routing';
import { trackHeaderHeight } from './header-clearance';
import { LanguageSwitcher } from './LanguageSwitcher';
import { QuickExit } from './QuickExit';
import './layout.css';

export function Layout({ children, exitUrl, onExit }: { children: ReactNode; exitUrl: string; onExit: () => void }) {
  const { t } = useTranslation();
  const header = useRef<HTMLElement>(null);
  useEffect(() => (header.current ? trackHeaderHeight(header.current) : undefined), []);
  useEffect(() => {
    if (window.top === window.self) return;
    // Only in a frame (loaded then): links to other sites open outside it (outside-links.ts).
    let stop: (() => void) | undefined;
    let live = true;
    void import('./outside-links').then((module) => {
      if (live) stop = module.openOutsideLinksOutsideFrame();
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault(); // the fragment is our router; move focus instead
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="site-header" ref={header}>
        <div className="site-header__inner">
          <a className="site-header__brand" href={hrefFor({ name: 'quiz' })}>
            {t('app.name')}
          </a>
          <LanguageSwitcher />
          <QuickExit exitUrl={exitUrl} onExit={onExit} />
        </div>
      </header>
      <div className="width-container">
        <main id="main" className="main" tabIndex={-1}>
          <TrustNotices />
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="width-container">
          <p className="site-footer__crisis">{t('app.notCrisis')}</p>
          <ul className="site-footer__links">
            <li><a href={hrefFor({ name: 'directory' })}>{t('nav.directory')}</a></li>
            <li><a href={hrefFor({ name: 'about' })}>{t('nav.about')}</a></li>
            <li><a href={hrefFor({ name: 'privacy' })}>{t('nav.privacy')}</a></li>
            <li><a href={hrefFor({ name: 'accessibility' })}>{t('nav.accessibility')}</a></li>
          </ul>
        </div>
      </footer>
    </>
  );
}
