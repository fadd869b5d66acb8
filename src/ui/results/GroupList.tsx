/** One ranked list ("Your closest matches", "Support for you", "Groups they could try"), best match first. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedProfile } from '../../content/types';
import type { Region } from '../../content/vocabulary';
import type { ListName, RankedGroup } from '../../engine/types';
import { useSecondRender } from '../deferred-mount';
import { hrefFor } from '../routing';
import type { CompareChoice } from './CompareCheckbox';
import { GroupCard } from './GroupCard';
import type { Say } from './useResults';

/** Renders a group's next meetings inside its open card (issue 12's src/ui/meetings/ plugs in here). */
export type MeetingsSlot = (groupId: string, list: ListName) => ReactNode;

interface GroupListProps {
  list: ListName;
  title: string;
  hint?: string;
  groups: RankedGroup[];
  profiles: ReadonlyMap<string, LocalizedProfile>;
  region: Region | undefined;
  say: Say;
  compareChoice: (id: string) => CompareChoice;
  meetings?: MeetingsSlot;
  /** The list at the top of the page, whose first cards are on the first screen. */
  lead?: boolean;
}

/** The groups of a list that have a profile in this (possibly filtered) catalogue, in rank order. */
export function shownGroups(groups: RankedGroup[], profiles: ReadonlyMap<string, LocalizedProfile>) {
  return groups.flatMap((group) => {
    const profile = profiles.get(group.id);
    return profile ? [{ group, profile }] : [];
  });
}

/**
 * How many of the top list's cards the results' first frame holds: enough to fill the screen, at
 * least two (the rest follow in the next frame, see below). A closed card is at least about 250 px
 * tall and the first starts about 380 px down, so what comes after these cards starts below the
 * screen and does not visibly move when the rest arrive.
 */
export function firstFrameCards(): number {
  const height = typeof window === 'undefined' ? 0 : window.innerHeight;
  return Math.max(2, Math.ceil((height - 380) / 250));
}

export function GroupList({ list, title, hint, groups, profiles, region, say, compareChoice, meetings, lead = false }: GroupListProps) {
  const { t } = useTranslation();
  const headingId = `results-${list}`;
  const shown = shownGroups(groups, profiles);
  // The top list's first cards are what the first screen shows; laying out the cards after them
  // too made the results' first frame one long task on a slow phone (issue 13). They follow in a
  // deferred render right after, below the screen, and the list says it is busy until then.
  const whole = useSecondRender();
  const cards = lead && !whole ? shown.slice(0, firstFrameCards()) : shown;
  return (
    <section className={lead ? 'results-list results-list--lead' : 'results-list'} aria-labelledby={headingId}>
      <h2 className="heading-l" id={headingId}>
        {title}
      </h2>
      {hint && <p className="hint">{hint}</p>}
      {shown.length === 0 ? (
        <p className="notice">
          {t('results.lists.empty')} <a href={hrefFor({ name: 'directory' })}>{t('results.lists.browse')}</a>
        </p>
      ) : (
        <ol className="results-list__items" aria-busy={cards.length < shown.length || undefined}>
          {cards.map(({ group, profile }) => (
            <li key={group.id}>
              <GroupCard
                profile={profile}
                group={group}
                list={list}
                region={region}
                say={say}
                compare={compareChoice(group.id)}
                nextMeetings={meetings?.(group.id, list)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
