/**
 * When a page cannot be shown (a lazily loaded part failed to download after a deploy or a
 * dropped connection, or any render threw), the rest of the app stays: the header with
 * "Exit this page" is outside this boundary. The person reads what happened in plain words
 * and can reload; answers they chose to remember are in storage, so the reload brings them back.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** Whether the person ticked "Remember my answers": says honestly what a reload keeps. */
  remembered: boolean;
}

/** Give it a `key` per page (App does): moving to another page then tries again. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  // No componentDidCatch: React already writes the error to the console for whoever maintains the site.

  override render() {
    if (!this.state.failed) return this.props.children;
    return <PageFailed remembered={this.props.remembered} />;
  }
}

export function PageFailed({ remembered }: { remembered: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <h1 className="heading-l">{t('trust.error.title')}</h1>
      <p>{t('trust.error.body')}</p>
      <p>{t(remembered ? 'trust.error.kept' : 'trust.error.notKept')}</p>
      <p>
        <button type="button" className="button" onClick={() => location.reload()}>
          {t('trust.error.reload')}
        </button>
      </p>
    </div>
  );
}
