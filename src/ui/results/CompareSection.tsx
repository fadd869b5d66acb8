/**
 * Two or three chosen groups side by side. On a wide screen, a table; on a phone, one block per
 * group with the same rows, so the page never scrolls sideways. The approach is said in plain words.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { listFormat } from '../intl-cache';
import type { LocalizedProfile } from '../../content/types';
import { factText, type FactKey } from '../groups/group-facts';
import { groupName } from './GroupCard';

export const MAX_COMPARED = 3;
const ROWS: FactKey[] = ['approach', 'spirituality', 'goals', 'audience', 'formats', 'cost'];

interface CompareSectionProps {
  chosen: LocalizedProfile[];
  onClear: () => void;
}

export const CompareSection = forwardRef<HTMLHeadingElement, CompareSectionProps>(function CompareSection({ chosen, onClear }, headingRef) {
  const { t, i18n } = useTranslation();
  const list = listFormat(i18n.language);
  const facts = chosen.map((profile) => {
    const fact: Record<FactKey, string> = factText(t, i18n.language, profile);
    return { ...fact, approach: list.format(profile.approaches.map((a) => t(`results.compare.approach.${a}`))) };
  });
  const caption = t('results.compare.caption', { names: list.format(chosen.map((p) => p.name)) });
  return (
    <section className="results-compare no-print" aria-labelledby="results-compare-title">
      <h2 className="heading-m" id="results-compare-title" tabIndex={-1} ref={headingRef}>
        {t('results.compare.title')}
      </h2>
      {chosen.length < 2 && <p className="hint">{t('results.compare.hint')}</p>}
      {chosen.length >= 2 && (
        <>
          <div className="results-compare__wide">
            <table>
              <caption className="results-compare__caption">{caption}</caption>
              <thead>
                <tr>
                  <td />
                  {chosen.map((profile) => (
                    <th scope="col" key={profile.id}>
                      {groupName(t, profile)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map((row) => (
                  <tr key={row}>
                    <th scope="row">{t(`groupFacts.${row}`)}</th>
                    {facts.map((fact, i) => (
                      <td key={chosen[i]!.id}>{fact[row]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {/* On a phone: the same facts, one group under another, each fact labelled. */}
          <div className="results-compare__narrow">
            <p className="results-compare__caption">{caption}</p>
            {chosen.map((profile, i) => (
              <div className="results-compare__group" key={profile.id}>
                <h3 className="heading-s">{groupName(t, profile)}</h3>
                <dl className="results-compare__facts">
                  {ROWS.map((row) => (
                    <div key={row}>
                      <dt>{t(`groupFacts.${row}`)}</dt>
                      <dd>{facts[i]![row]}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </>
      )}
      {chosen.length > 0 && (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('results.compare.clear')}
        </button>
      )}
    </section>
  );
});
