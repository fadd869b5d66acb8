/** "Use my location" or a typed town: both only sort by distance, on the device. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingsClient } from '../../meetings/client';
import { askForDevicePosition, setOrigin, useOrigin } from './location-store';

export function LocationControls({ client }: { client: MeetingsClient }) {
  const { t } = useTranslation();
  const origin = useOrigin();
  const [place, setPlace] = useState('');
  const id = useId();

  const find = async (event: FormEvent) => {
    event.preventDefault();
    const name = place.trim();
    if (!name) return;
    const match = await client.place(name);
    if (match.found) setOrigin({ kind: 'place', name, position: match.position });
    else setOrigin({ kind: 'problem', reason: match.reason === 'unknown' ? 'unknownPlace' : 'noPosition', place: name });
  };

  const status =
    origin.kind === 'asking'
      ? t('meetings.location.asking')
      : origin.kind === 'device'
        ? t('meetings.location.using')
        : origin.kind === 'place'
          ? t('meetings.location.usingPlace', { place: origin.name })
          : origin.kind === 'problem'
            ? t(`meetings.location.${origin.reason}`, { place: origin.place })
            : '';

  return (
    <fieldset className="meetings-location">
      <legend className="heading-s">{t('meetings.location.legend')}</legend>
      <p className="hint">{t('meetings.location.privacy')}</p>
      <div className="button-group">
        {origin.kind === 'device' || origin.kind === 'place' ? (
          <button type="button" className="button button--secondary" onClick={() => setOrigin({ kind: 'none' })}>
            {t('meetings.location.stop')}
          </button>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => askForDevicePosition()} disabled={origin.kind === 'asking'}>
            {t('meetings.location.useMine')}
          </button>
        )}
      </div>
      <form className="meetings-location__place" onSubmit={(event) => void find(event)}>
        <label htmlFor={`${id}-place`}>{t('meetings.location.place')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('meetings.location.placeHint')}
        </p>
        <div className="meetings-location__row">
          <input
            id={`${id}-place`}
            className="input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
            value={place}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setPlace(event.target.value)}
          />
          <button type="submit" className="button button--secondary">
            {t('meetings.location.find')}
          </button>
        </div>
      </form>
      <p role="status" className="meetings-location__status">
        {status}
      </p>
    </fieldset>
  );
}
