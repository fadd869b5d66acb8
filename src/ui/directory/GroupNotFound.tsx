/** A friendly dead end for an old or mistyped link: never a blank page. */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing';

export function GroupNotFound({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
        {t('directory.profile.notFoundTitle')}
      </h1>
      <p>{t('directory.profile.notFoundBody')}</p>
      <p>
        <a href={hrefFor({ name: 'directory' })}>{t('directory.profile.notFoundLink')}</a>
      </p>
    </>
  );
}
