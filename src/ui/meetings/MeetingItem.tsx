/**
 * One meeting from a feed. Everything the feed says is shown as plain text (React escapes
 * it); links are only the feed's https addresses and tel: numbers built from digits.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { icsFileName, meetingIcs } from '../../meetings/ics';
import type { NextMeeting } from '../../meetings/next-meetings';
import { Heading, type HeadingLevel } from '../../settings/Heading';
import { conferenceTel, formatClock, formatWhen, typeWords, zoneName } from './meeting-words';

interface MeetingItemProps {
  item: NextMeeting;
  groupId: string;
  language: string;
  personZone: string;
  headingLevel: HeadingLevel;
  now: number;
}

export function MeetingItem({ item, groupId, language, personZone, headingLevel, now }: MeetingItemProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const { meeting, start, end } = item;
  const words = typeWords(meeting.types, language);
  const addedBy = meeting.addedBy[groupId];
  const addedByName = addedBy && (typeWords([addedBy], language).key[0] ?? typeWords([addedBy], language).other[0]);
  const zone = meeting.timezone ?? personZone;
  const yourTime = start !== null ? formatWhen(start, language, personZone) : null;
  const theirTime = start !== null && meeting.timezone ? formatClock(start, language, meeting.timezone) : null;
  const differs = theirTime !== null && start !== null && theirTime !== formatClock(start, language, personZone);
  const where = [meeting.location, meeting.address].filter(Boolean).join(', ');

  const addToCalendar = () => {
    if (start === null || end === null) return;
    const description = [
      t(`meetings.format.${meeting.attendance}`),
      ...(meeting.conferenceUrl ? [`${t('meetings.join')}: ${meeting.conferenceUrl}`] : []),
      ...(meeting.conferenceUrlNotes ? [meeting.conferenceUrlNotes] : []),
      ...(meeting.conferencePhone ? [t('meetings.call', { phone: meeting.conferencePhone })] : []),
      ...(meeting.conferencePhoneNotes ? [meeting.conferencePhoneNotes] : []),
      ...(meeting.notes ? [`${t('meetings.meetingNotes')}: ${meeting.notes}`] : []),
    ];
    const file = new Blob([meetingIcs(meeting, { start, end, zone, now, description })], { type: 'text/calendar;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = icsFileName(meeting);
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setSaved(true);
  };

  return (
    <article className="meeting" aria-label={meeting.name}>
      <Heading level={headingLevel} className="meeting__name">
        {meeting.name}
      </Heading>
      <p className="meeting__format">
        <span className="tag">{t(`meetings.format.${meeting.attendance}`)}</span>
      </p>
      <dl className="settings-facts meeting__facts">
        <div className="settings-facts__row">
          <dt>{t('meetings.when')}</dt>
          <dd>
            {yourTime === null ? (
              t('meetings.byAppointment')
            ) : (
              <>
                <span className="meeting__time">{item.inProgress ? t('meetings.now', { time: yourTime }) : yourTime}</span>
                {differs && <span className="meeting__their-time"> ({t('meetings.theirTime', { time: theirTime, zone: zoneName(meeting.timezone!) })})</span>}
                {!meeting.timezone && <span className="hint meeting__zone"> {t('meetings.zoneNotGiven')}</span>}
              </>
            )}
          </dd>
        </div>
        {meeting.inPerson && where && (
          <div className="settings-facts__row">
            <dt>{t('meetings.where')}</dt>
            <dd>
              {where}
              {item.distanceKm !== undefined && (
                <span className="meeting__distance"> · {t('meetings.distance', { km: item.distanceKm < 10 ? item.distanceKm.toFixed(1) : Math.round(item.distanceKm) })}</span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {meeting.temporarilyClosed && <p>{t('meetings.closedForNow')}</p>}
      {(meeting.types.includes('O') || meeting.types.includes('C') || words.key.length > 0) && (
        <ul className="meeting__types" aria-label={t('meetings.kind')}>
          {meeting.types.includes('O') && <li>{t('meetings.open')}</li>}
          {meeting.types.includes('C') && <li>{t('meetings.closed')}</li>}
          {words.key.map((word) => (
            <li key={word}>
              <span className="tag">{word}</span>
            </li>
          ))}
        </ul>
      )}
      {addedByName && <p>{t('meetings.addedBy', { type: addedByName })}</p>}
      {words.other.length > 0 && <p className="hint">{t('meetings.alsoListedAs', { types: words.other.join(', ') })}</p>}
      {meeting.notes && <NoteText title={t('meetings.meetingNotes')} text={meeting.notes} />}
      {meeting.inPerson && meeting.locationNotes && <NoteText title={t('meetings.placeNotes')} text={meeting.locationNotes} />}
      <div className="meeting__actions">
        {meeting.conferenceUrl && (
          <p>
            {/* The visible words start the name (WCAG label in name); the rest is for screen readers. */}
            <a
              className="button"
              href={meeting.conferenceUrl}
              rel="noopener noreferrer"
              referrerPolicy="no-referrer"
              target="_blank"
              aria-label={`${t('meetings.join')}: ${meeting.name} ${t('meetings.opensNewPage')}`}
            >
              {t('meetings.join')}
            </a>
          </p>
        )}
        {meeting.conferenceUrlNotes && <NoteText title={t('meetings.joinNotes')} text={meeting.conferenceUrlNotes} />}
        {meeting.conferencePhone && (
          <p>
            <a href={conferenceTel(meeting.conferencePhone)}>{t('meetings.callNamed', { name: meeting.name, phone: meeting.conferencePhone })}</a>
          </p>
        )}
        {meeting.conferencePhoneNotes && <NoteText title={t('meetings.joinNotes')} text={meeting.conferencePhoneNotes} />}
        {start !== null && (
          <p>
            <button type="button" className="button button--secondary" onClick={addToCalendar} aria-label={t('meetings.calendarNamed', { name: meeting.name })}>
              {t('meetings.calendar')}
            </button>
          </p>
        )}
        {saved && <p role="status">{t('meetings.calendarSaved')}</p>}
        {meeting.url && (
          <p>
            <a href={meeting.url} rel="noopener noreferrer" referrerPolicy="no-referrer" target="_blank">
              {t('meetings.details', { name: meeting.name })}
              <span className="visually-hidden"> {t('meetings.opensNewPage')}</span>
            </a>
          </p>
        )}
      </div>
    </article>
  );
}

/** Feed notes keep their line breaks (CSS), and stay text. */
function NoteText({ title, text }: { title: string; text: string }) {
  return (
    <div className="meeting__notes">
      <p className="meeting__notes-title">{title}</p>
      <p className="meeting__notes-text">{text}</p>
    </div>
  );
}
