/**
 * "Next meetings" under a shortlisted group: the soonest meetings from the clinic's
 * Meeting Guide feeds that fit the person's answers, each with how to take part.
 * The feeds were checked in a worker; this view only asks for one group's few meetings.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answers';
import { DEFAULT_MAX_DISTANCE_KM, type GroupMeetings } from '../../meetings/next-meetings';
import { Heading, type HeadingLevel } from '../../settings/Heading';
import { useSettings } from '../../settings/SettingsContext';
import { knownLanguage } from '../../i18n/known-language';
import { useAllStrings } from '../content/useAllStrings';
import { useOrigin } from './location-store';
import { LocationControls } from './LocationControls';
import { MeetingItem } from './MeetingItem';
import { personZone, zoneName } from './meeting-words';
import '../../settings/settings.css';
import './meetings.css';

interface NextMeetingsProps {
  groupId: string;
  answers: Partial<Answers>;
  headingLevel?: 3 | 4;
  /** For tests: the moment "now". */
  now?: number;
}

export default function NextMeetings({ groupId, answers, headingLevel = 4, now: fixedNow }: NextMeetingsProps) {
  const { t, i18n } = useTranslation();
  const ready = useAllStrings();
  const { settings, meetingFeeds } = useSettings();
  const origin = useOrigin();
  const id = useId();
  const language = knownLanguage(i18n.language);
  const zone = useMemo(() => personZone(), []);
  // Fixed while the page is open, so the list does not reshuffle under the person's finger.
  const [now] = useState(() => fixedNow ?? Date.now());
  const [result, setResult] = useState<GroupMeetings | null>(null);
  const position = origin.kind === 'device' || origin.kind === 'place' ? origin.position : undefined;
  const hasGroup = !!meetingFeeds?.summary.groups.includes(groupId);
  // For someone else, the person's own gender says nothing about the meetings they look at.
  const forSelf = answers.for !== 'someone-else';

  useEffect(() => {
    if (!meetingFeeds || !hasGroup) return;
    let live = true;
    void meetingFeeds.client
      .query({
        groups: [groupId],
        now,
        personZone: zone,
        formats: answers.formats,
        gender: forSelf ? answers.gender : undefined,
        genderSpecific: forSelf ? answers.genderSpecific : undefined,
        language,
        origin: position,
      })
      .then(([groupMeetings]) => live && setResult(groupMeetings ?? null))
      .catch(() => live && setResult(null));
    return () => {
      live = false;
    };
  }, [meetingFeeds, hasGroup, groupId, now, zone, answers.formats, answers.gender, answers.genderSpecific, forSelf, language, position]);

  if (!ready || !meetingFeeds || !hasGroup) return null;
  const service = settings.contactLine?.name;
  const meetingLevel = (headingLevel + 1) as HeadingLevel;
  const anyInPerson = result?.meetings.some((item) => item.meeting.inPerson) ?? false;

  return (
    <section className="meetings" aria-labelledby={id}>
      <Heading level={headingLevel} id={id} className="heading-s">
        {t('meetings.title')}
      </Heading>
      <p className="hint">
        {service ? t('meetings.fromService', { service }) : t('meetings.fromThisService')} {t('meetings.yourZone', { zone: zoneName(zone) })}
      </p>
      {!result ? (
        <p role="status">{t('meetings.loading')}</p>
      ) : (
        <>
          {(anyInPerson || origin.kind !== 'none') && <LocationControls client={meetingFeeds.client} />}
          {result.notes.map((note) => (
            <p key={note} className="notice">
              {t(`meetings.notes.${note}`, { km: DEFAULT_MAX_DISTANCE_KM })}
            </p>
          ))}
          {result.meetings.length === 0 ? (
            <p>{result.listed ? t('meetings.none') : t('meetings.noneListed')}</p>
          ) : (
            <ol className="meetings__list">
              {result.meetings.map((item) => (
                <li key={item.meeting.key} className="meetings__item">
                  <MeetingItem item={item} groupId={groupId} language={language} personZone={zone} headingLevel={meetingLevel} now={now} />
                </li>
              ))}
            </ol>
          )}
          {result.matching > result.meetings.length && <p className="hint">{t('meetings.more', { count: result.matching - result.meetings.length })}</p>}
        </>
      )}
    </section>
  );
}
