/**
 * What "Print my plan" puts on paper, and only on paper: the plan a counsellor hands over.
 * The date, the shortlist with its reasons and cautions, how to find each meeting with the links
 * written out, the region's helplines, the try-a-few steps and a QR code of these results.
 */
import { useTranslation } from 'react-i18next';
import { contactFor } from '../../content/contacts';
import type { LocalizedHelplines, LocalizedProfile } from '../../content/types';
import type { Answers } from '../../engine/answers';
import type { ListName, RankedGroup, Recommendation } from '../../engine/types';
import { dateFormat, listFormat } from '../intl-cache';
import { groupName } from './GroupCard';
import { shownGroups } from './GroupList';
import { matchStrength } from './match-strength';
import { QrCode } from './QrCode';
import { helplinesFor } from './SafetyPanel';
import type { ShareQr } from './share-qr';
import { tryMeetingSteps } from './TryMeetings';
import type { Say } from './useResults';

interface PrintPlanProps {
  answers: Answers;
  recommendation: Recommendation;
  profiles: ReadonlyMap<string, LocalizedProfile>;
  helplines: LocalizedHelplines;
  say: Say;
  qr: ShareQr | null;
  listTitle: (list: ListName) => string;
}

interface PrintedGroupProps {
  group: RankedGroup;
  profile: LocalizedProfile;
  region: Answers['region'];
  say: Say;
}

/**
 * One group on paper. A component of its own so that React can stop between groups: written out
 * inline, the whole plan's sentences were one unit of work, a long task on a slow phone (issue 13).
 */
function PrintedGroup({ group, profile, region, say }: PrintedGroupProps) {
  const { t } = useTranslation();
  const contact = contactFor(profile.contacts, region);
  const link = contact.meetingFinder ?? contact.website;
  return (
    <li>
      <strong>{groupName(t, profile)}</strong> · {t(`results.strength.${matchStrength(group.score)}`)}
      <span className="print-plan__line">{group.reasons.slice(0, 2).map(say).join(' ')}</span>
      {group.cautions.length > 0 && (
        <span className="print-plan__line">
          {t('results.card.caution')} {group.cautions.slice(0, 2).map(say).join(' ')}
        </span>
      )}
      {(link || contact.phone) && (
        <span className="print-plan__line">
          {t('results.print.findMeeting')} {link && <span className="print-plan__url">{link}</span>}
          {contact.phone && ` · ${t('contact.phone')}: ${contact.phone}`}
        </span>
      )}
    </li>
  );
}

/** On paper a list is short: the top groups, with two reasons and two cautions each. */
const PRINTED = { forYou: 5, forThem: 3 } as const;

export function PrintPlan({ answers, recommendation, profiles, helplines, say, qr, listTitle }: PrintPlanProps) {
  const { t, i18n } = useTranslation();
  const lists = (['forYou', 'forThem'] as ListName[]).filter((list) => recommendation[list]);
  const own = shownGroups(recommendation.forYou, profiles);
  const steps = tryMeetingSteps(
    (key, values) => t(key, values),
    listFormat(i18n.language).format(own.slice(0, 3).map(({ profile }) => profile.name)),
    Math.min(3, own.length),
    answers.for === 'someone-else',
  );
  const { region, relevant } = helplinesFor(answers, helplines);
  const today = dateFormat(i18n.language).format(new Date());
  return (
    <div className="print-plan" aria-hidden="true">
      <p className="print-plan__title">{t('results.print.title')}</p>
      <p className="print-plan__date">{t('results.print.date', { date: today })}</p>
      {lists.map((list) => (
        <section key={list} className="print-plan__list">
          <h2>{listTitle(list)}</h2>
          <ol>
            {shownGroups(recommendation[list]!, profiles)
              .slice(0, PRINTED[list])
              .map(({ group, profile }) => (
                <PrintedGroup key={group.id} group={group} profile={profile} region={answers.region} say={say} />
              ))}
          </ol>
        </section>
      ))}
      <section className="print-plan__try">
        <h2>{t('results.tryMeetings.title')}</h2>
        <ol>
          {steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </section>
      <section className="print-plan__help">
        <h2>{t('results.safety.title')}</h2>
        {region.emergency && <p>{t('results.safety.emergencyFallback', { number: region.emergency })}</p>}
        <ul>
          {relevant.map((line) => (
            <li key={line.id}>
              <strong>{line.name}</strong> {line.phone} {line.text && `· ${line.text}`} {line.hours && `· ${line.hours}`}
            </li>
          ))}
        </ul>
      </section>
      {qr && (
        <section className="print-plan__qr">
          <QrCode qr={qr} label={t('results.print.qrLabel')} />
          <p>
            {t('results.print.qr')} <span className="print-plan__privacy">{t('results.actions.shareWarning')}</span>
          </p>
        </section>
      )}
    </div>
  );
}
