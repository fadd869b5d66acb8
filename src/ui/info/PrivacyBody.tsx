/** Privacy: exactly what is kept and what is sent. Every sentence here must stay true of the code. */
import { useTranslation } from 'react-i18next';
import { BulletList, InfoSection } from './InfoParts';

export function PrivacyBody() {
  const { t } = useTranslation();
  const p = (key: string) => t(`pages.privacy.${key}`);
  // The controls' own labels, so the page names exactly what the person sees on screen.
  const controls = { remember: t('memory.remember'), forget: t('memory.forget'), exit: t('exit.button') };
  return (
    <>
      <p className="lead">{p('lead')}</p>
      <InfoSection title={p('sent.title')}>
        <BulletList items={[p('sent.answers'), p('sent.noTracking'), p('sent.noOtherSites')]} />
      </InfoSection>
      <InfoSection title={p('stored.title')}>
        <p>{p('stored.nothing')}</p>
        <BulletList
          items={[t('pages.privacy.stored.remember', controls), p('stored.forgotten'), p('stored.noCookies')]}
        />
      </InfoSection>
      <InfoSection title={p('links.title')}>
        <BulletList items={[p('links.onClick'), p('links.noReferrer'), p('links.theirPolicy')]} />
      </InfoSection>
      <InfoSection title={p('share.title')}>
        <p>{p('share.afterHash')}</p>
        <p>{p('share.visible')}</p>
      </InfoSection>
      <InfoSection title={p('sharedDevice.title')}>
        <BulletList
          items={[
            p('sharedDevice.private'),
            t('pages.privacy.sharedDevice.dontRemember', controls),
            t('pages.privacy.sharedDevice.exit', controls),
            p('sharedDevice.history'),
          ]}
        />
      </InfoSection>
      <InfoSection title={p('embedded.title')}>
        <p>{p('embedded.clinic')}</p>
      </InfoSection>
    </>
  );
}
