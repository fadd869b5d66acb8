/**
 * Test helper: renders an information page with the app's real i18n set-up, so the test also
 * proves pages.json loads through ensureAllStrings like it does in the browser.
 */
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { initI18n, switchLanguage } from '../../i18n/i18n';
import InfoPage, { type InfoPageProps } from '../pages/InfoPage';
import { setFirstPaint } from '../useFocusHeading';

export async function renderInfoPage(props: InfoPageProps, language = 'en') {
  if (i18next.isInitialized) await switchLanguage(language);
  else await initI18n(language);
  setFirstPaint(false); // as if the person came here from another page of the app
  return render(
    <I18nextProvider i18n={i18next}>
      <InfoPage {...props} />
    </I18nextProvider>,
  );
}
