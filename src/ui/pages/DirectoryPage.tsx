/** Route #/groups: every group A to Z, once the catalogue for the reader's language has loaded. */
import { useTranslation } from 'react-i18next';
import { useViewData } from '../content/useViewData';
import { Directory } from '../directory/Directory';

export default function DirectoryPage() {
  const { t } = useTranslation();
  const data = useViewData();
  // "app.loading" is a first-screen string, so it is there before this page's own strings are.
  if (!data) return <p role="status" className="loading-state">{t('app.loading')}</p>;
  return <Directory catalogue={data.catalogue} />;
}
