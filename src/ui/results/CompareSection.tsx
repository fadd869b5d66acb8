/**
 * Two or three chosen groups side by side. The table scrolls inside its own box on a
 * narrow screen, so the page itself never scrolls sideways.
 */
import { useTranslation } from 'react-i18next';
import { listFormat } from '../intl-cache';
import type { LocalizedProfile } from '../../content/types';
import { factText, type FactKey } from '../groups/group-facts';
import { groupName } from './GroupCard';

export const MAX_COMPARED = 3;
const ROWS: FactKey[] = ['approach', 'spirituality', 'goals', 'audience', 'formats', 'cost'];

export function CompareSection({ chosen, onClear }: { chosen: LocalizedProfile[]; onClear: () => void }) {
  const { t, i18n } = useTranslation();
  const list = listFormat(i18n.language);
  const facts = chosen.map((profile) => factText(t, i18n.language, profile));
  const caption = t('results.compare.caption', { names: list.format(chosen.map((p) => p.name)) });
  const status = [
    chosen.length > 0 ? t('results.compare.chosen', { count: chosen.length }) : '',
    chosen.length < 2 ? t('results.compare.needMore') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section className="results-compare no-print" aria-labelledby="results-compare-title">
      <h2 className="heading-l" id="results-compare-title">
        {t('results.compare.title')}
      </h2>
      <p className="hint">{t('results.compare.hint')}</p>
      <p role="status">{status}</p>
      {chosen.length >= 2 && (
        <>
          {/* The caption scrolls with a wide table, so its words are also shown above it, where they always fit. */}
          <p className="results-compare__caption" aria-hidden="true">
            {caption}
          </p>
          <p className="hint results-compare__scroll">{t('results.compare.scrollHint')}</p>
          {/* Focusable, so keyboard users can scroll the table sideways too. */}
          <div className="table-wrap" role="region" aria-labelledby="results-compare-caption" tabIndex={0}>
            <table>
              <caption id="results-compare-caption" className="visually-hidden">
                {caption}
              </caption>
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
        </>
      )}
      {chosen.length > 0 && (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('results.compare.clear')}
        </button>
      )}
    </section>
  );
}
