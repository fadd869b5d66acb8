/** The profile's facts as a summary list: the same labels the compare and results views use. */
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import { factText, type FactKey } from '../groups/group-facts';

const ROWS: FactKey[] = ['audience', 'problems', 'approach', 'spirituality', 'goals', 'formats', 'leadership', 'medication', 'cost'];

export function ProfileFacts({ profile }: { profile: LocalizedProfile }) {
  const { t, i18n } = useTranslation();
  const facts = factText(t, i18n.language, profile);
  return (
    <dl className="summary-list summary-list--two-columns">
      {ROWS.map((key) => (
        <div className="summary-list__row" key={key}>
          <dt className="summary-list__key">{t(`groupFacts.${key}`)}</dt>
          <dd className="summary-list__value">
            {facts[key]}
            {/* Said right where religion is described, so a person who prefers none sees the other side too. */}
            {key === 'spirituality' && profile.secularNote && (
              <span className="facts-list__note">
                <strong>{t('directory.profile.secularNote')}</strong> {profile.secularNote}
              </span>
            )}
          </dd>
        </div>
      ))}
      {profile.founded && (
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('groupFacts.founded')}</dt>
          <dd className="summary-list__value">{profile.founded}</dd>
        </div>
      )}
    </dl>
  );
}
