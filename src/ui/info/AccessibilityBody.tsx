/** Accessibility statement: the standard aimed at, what works, how it is tested, and honest limits. */
import { useTranslation } from 'react-i18next';
import { BulletList, InfoSection, ReportLink, type InfoBodyProps } from './InfoParts';

export function AccessibilityBody({ reportUrl }: InfoBodyProps) {
  const { t } = useTranslation();
  const a = (key: string) => t(`pages.accessibility.${key}`);
  return (
    <>
      <p className="lead">{a('lead')}</p>
      <InfoSection title={a('aim.title')}>
        <p>{a('aim.standard')}</p>
        <p>{a('aim.youCan')}</p>
        <BulletList
          items={[a('aim.keyboard'), a('aim.screenReader'), a('aim.zoom'), a('aim.motion'), a('aim.plain'), a('aim.languages')]}
        />
      </InfoSection>
      <InfoSection title={a('testing.title')}>
        <BulletList items={[a('testing.axe'), a('testing.keyboard'), a('testing.screenshots')]} />
      </InfoSection>
      <InfoSection title={a('limits.title')}>
        <BulletList items={[a('limits.groupSites'), a('limits.screenReaders')]} />
      </InfoSection>
      <InfoSection title={a('report.title')}>
        <p>{a('report.intro')}</p>
        <ReportLink reportUrl={reportUrl} linkText={a('report.link')} fallback={a('report.fallback')} />
      </InfoSection>
      <InfoSection title={a('statement.title')}>
        <p>{a('statement.date')}</p>
      </InfoSection>
    </>
  );
}
