/** "Why isn't … on my list?": every group not shown, with the engine's reason, so nothing is hidden silently. */
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import type { LeftOut, ListName } from '../../engine/types';
import { collator } from '../intl-cache';
import { hrefFor } from '../routing';
import type { Say } from './useResults';

interface LeftOutProps {
  leftOut: LeftOut[];
  profiles: ReadonlyMap<string, LocalizedProfile>;
  say: Say;
  /** For someone else there are two lists, so the reasons are grouped by list. */
  lists: ListName[];
  /** Ids shown in "Groups they could try": a pointer there is only given when the group is in it. */
  inTheirList: ReadonlySet<string>;
}

/**
 * The engine's own reason; a group for the person with the problem that is among the groups the
 * loved one could try says so, and only then (never a pointer to a list it is not in).
 */
function reasonFor(item: LeftOut, say: Say, inTheirList: ReadonlySet<string>, t: (key: string) => string): string {
  if (item.reason.key === 'excluded.personGroup' && inTheirList.has(item.id)) return `${say(item.reason)} ${t('results.leftOut.inTheirList')}`;
  return say(item.reason);
}

export function LeftOutDetails({ leftOut, profiles, say, lists, inTheirList }: LeftOutProps) {
  const { t, i18n } = useTranslation();
  const names = collator(i18n.language);
  const byName = (a: LeftOut, b: LeftOut) => names.compare(nameOf(profiles, a), nameOf(profiles, b));
  if (leftOut.length === 0) return null;
  return (
    <details className="results-left-out no-print">
      <summary>{t('results.leftOut.summary')}</summary>
      <div className="details__body">
        <p>{t('results.leftOut.intro')}</p>
        {lists.map((list) => {
          const items = leftOut.filter((item) => item.list === list).sort(byName);
          if (items.length === 0) return null;
          const labelId = `results-left-out-${list}`;
          return (
            <div key={list}>
              {lists.length > 1 && (
                <p className="results-left-out__label" id={labelId}>
                  <strong>{t(`results.leftOut.${list}`)}</strong>
                </p>
              )}
              <ul className="list list--bullet" aria-labelledby={lists.length > 1 ? labelId : undefined}>
                {items.map((item) => (
                  <LeftOutItem key={item.id} item={item} name={nameOf(profiles, item)} say={say} inTheirList={inTheirList} />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </details>
  );
}

/**
 * One group and its reason. A component of its own so that React, building the results in a
 * transition, can pause between reasons: each is a sentence put together from the engine's message.
 */
function LeftOutItem({ item, name, say, inTheirList }: { item: LeftOut; name: string; say: Say; inTheirList: ReadonlySet<string> }) {
  const { t } = useTranslation();
  return (
    <li>
      <a href={hrefFor({ name: 'group', id: item.id })}>{name}</a>: {reasonFor(item, say, inTheirList, t)}
    </li>
  );
}

const nameOf = (profiles: ReadonlyMap<string, LocalizedProfile>, item: LeftOut) => profiles.get(item.id)?.name ?? item.id;
