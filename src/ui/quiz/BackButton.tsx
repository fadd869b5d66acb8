import { useTranslation } from 'react-i18next';

/** The "Back" link at the top of every step. A button, because it changes state rather than the URL. */
export function BackButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="back-link" onClick={onClick}>
      {t('nav.back')}
    </button>
  );
}
