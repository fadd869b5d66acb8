/** About Pathways: what it is and is not, how it ranks (docs/ranking.md in plain words), and its limits. */
import { useTranslation } from 'react-i18next';
import { BulletList, InfoSection, ReportLink, type InfoBodyProps } from './InfoParts';
import { ResearchNote } from './ResearchNote';

export function AboutBody({ reportUrl }: InfoBodyProps) {
  const { t } = useTranslation();
  const a = (key: string) => t(`pages.about.${key}`);
  return (
    <>
      <p className="lead">{a('lead')}</p>
      <InfoSection title={a('does.title')}>
        <BulletList items={[a('does.questions'), a('does.balanced'), a('does.directory')]} />
      </InfoSection>
      <InfoSection title={a('doesNot.title')}>
        <BulletList items={[a('doesNot.crisis'), a('doesNot.medical'), a('doesNot.medication'), a('doesNot.startingPoint')]} />
      </InfoSection>
      <InfoSection title={a('ranking.title')}>
        <p>{a('ranking.lead')}</p>
        <BulletList
          items={[a('ranking.leftOut'), a('ranking.upDown'), a('ranking.skipped'), a('ranking.uncertain'), a('ranking.limit')]}
        />
      </InfoSection>
      <ResearchNote />
      <InfoSection title={a('facts.title')}>
        <BulletList items={[a('facts.sources'), a('facts.yearly'), a('facts.ownWords')]} />
      </InfoSection>
      <InfoSection title={a('money.title')}>
        <p>{a('money.noPay')}</p>
      </InfoSection>
      <InfoSection title={a('limits.title')}>
        <BulletList items={[a('limits.factsChange'), a('limits.meetings'), a('limits.coverage'), a('limits.languages')]} />
      </InfoSection>
      <InfoSection title={a('report.title')}>
        <p>{a('report.intro')}</p>
        <ReportLink reportUrl={reportUrl} linkText={a('report.link')} fallback={a('report.fallback')} />
      </InfoSection>
    </>
  );
}
