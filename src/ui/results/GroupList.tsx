/** One ranked list ("Your closest matches", "Support for you", "Groups they could try"), best match first. */
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import type { Region } from '../../content/vocabulary';
import type { ListName, RankedGroup } from '../../engine/types';
import { hrefFor } from '../routing';
import type { CompareChoice } from './CompareCheckbox';
import { GroupCard } from './GroupCard';
import type { Say } from './useResults';

interface GroupListProps {
  list: ListName;
  title: string;
  hint?: string;
  groups: RankedGroup[];
  profiles: ReadonlyMap<string, LocalizedProfile>;
  region: Region | undefined;
  say: Say;
  compareChoice: (id: string) => CompareChoice;
}

export function GroupList({ list, title, hint, groups, profiles, region, say, compareChoice }: GroupListProps) {
  const { t } = useTranslation();
  const headingId = `results-${list}`;
  const shown = groups.flatMap((group) => {
    const profile = profiles.get(group.id);
    return profile ? [{ group, profile }] : [];
  });
  return (
    <section className="results-list" aria-labelledby={headingId}>
      <h2 className="heading-l" id={headingId}>
        {title}
      </h2>
      {hint && <p className="hint">{hint}</p>}
      {shown.length === 0 ? (
        <p className="notice">
          {t('results.lists.empty')} <a href={hrefFor({ name: 'directory' })}>{t('results.lists.browse')}</a>
        </p>
      ) : (
        <ol className="results-list__items">
          {shown.map(({ group, profile }) => (
            <li key={group.id}>
              <GroupCard profile={profile} group={group} list={list} region={region} say={say} compare={compareChoice(group.id)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
