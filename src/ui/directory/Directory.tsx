/**
 * The A–Z list with its filters. Pure rendering from the catalogue it is given, with no
 * effects, so the same component can be pre-rendered to plain HTML: the whole list
 * is there before any script runs, and the filters start working once it does.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import { hrefFor } from '../routing';
import { DirectoryEntry } from './DirectoryEntry';
import { FilterForm } from './FilterForm';
import { matchesFilters, NO_FILTERS, sortByName, toggleFilter, type DirectoryFilters } from './directory-filters';
import './directory.css';

export function Directory({ catalogue }: { catalogue: readonly LocalizedProfile[] }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<DirectoryFilters>(NO_FILTERS);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const shown = sortByName(catalogue, i18n.language).filter((p) => matchesFilters(p, filters));
  // Groups that stopped meeting are never mixed in with groups a person could join.
  const current = shown.filter((p) => p.status !== 'inactive');
  const inactive = shown.filter((p) => p.status === 'inactive');

  return (
    <div className="directory">
      <h1 className="heading-l">{t('directory.title')}</h1>
      <p>{t('directory.intro')}</p>
      <p>
        {t('directory.quizPrompt')} <a href={hrefFor({ name: 'quiz' })}>{t('directory.quizLink')}</a>
      </p>
      <FilterForm
        filters={filters}
        onToggle={(question, value) => setFilters((f) => toggleFilter(f, question, value))}
        onClear={() => setFilters(NO_FILTERS)}
        resultCount={current.length}
        onShowResults={() => listHeadingRef.current?.focus()}
      />
      <h2 className="heading-m" tabIndex={-1} ref={listHeadingRef}>
        {t('directory.listHeading')}
      </h2>
      {/* Polite live region: present from the start so screen readers announce each new count. */}
      <p className="directory__count" role="status">
        {t('directory.count', { count: current.length })}
      </p>
      {current.length > 0 ? (
        <ul className="directory__list">
          {current.map((profile) => (
            <DirectoryEntry key={profile.id} profile={profile} />
          ))}
        </ul>
      ) : (
        <p className="inset">{t('directory.noMatches')}</p>
      )}
      {inactive.length > 0 && (
        <section aria-labelledby="directory-inactive">
          <h2 className="heading-m" id="directory-inactive">
            {t('directory.inactiveHeading')}
          </h2>
          <p>{t('directory.inactiveIntro')}</p>
          <ul className="directory__list directory__list--inactive">
            {inactive.map((profile) => (
              <DirectoryEntry key={profile.id} profile={profile} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
