/** Every fact on a card can be checked: the profile's sources, and when they were last checked. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import { useProfileSources } from '../content/sources';
import { formatDate } from '../groups/group-facts';

export function GroupSources({ profile }: { profile: LocalizedProfile }) {
  const { t, i18n } = useTranslation();
  // Fetched when the reader opens the list, not with every card (content/sources.ts).
  const [open, setOpen] = useState(false);
  const sources = useProfileSources(profile.id, open) ?? [];
  return (
    <div className="results-sources no-print">
      <details className="no-print" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('results.card.sources')}</summary>
        <ul className="details__body list--bullet">
          {sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener noreferrer" referrerPolicy="no-referrer">
                {source.url}
              </a>
              {/* Source notes are kept in English only, for the people who check the facts. */}
              <span lang="en"> — {source.supports}</span>
            </li>
          ))}
        </ul>
      </details>
      <p className="muted">{t('results.card.lastChecked', { date: formatDate(i18n.language, profile.lastReviewed) })}</p>
    </div>
  );
}
