/** An address that names no page (mistyped, cut short, broken %-escapes): a notice and two ways on, never a blank page. */
import { useTranslation } from 'react-i18next';
import { hrefFor } from './routing';
import { useFocusHeading } from './useFocusHeading';

export default function NotFoundPage() {
  const { t } = useTranslation();
  const headingRef = useFocusHeading('notFound');
  return (
    <div className="notice">
      <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
        {t('trust.notFound.title')}
      </h1>
      <p>{t('trust.notFound.body')}</p>
      <ul className="list">
        <li>
          <a href={hrefFor({ name: 'quiz' })}>{t('trust.notFound.start')}</a>
        </li>
        <li>
          <a href={hrefFor({ name: 'directory' })}>{t('nav.directory')}</a>
        </li>
      </ul>
    </div>
  );
}
