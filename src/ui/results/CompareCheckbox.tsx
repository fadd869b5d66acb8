/**
 * "Compare" (with the group's name for screen readers) on a card. The answer comes right where the box was ticked: how many
 * are chosen, and a button to the table once there are two. At the limit the box says why it is off.
 */
import { useTranslation } from 'react-i18next';

export interface CompareChoice {
  checked: boolean;
  /** Three groups are already chosen, and this is not one of them. */
  blocked: boolean;
  /** How many groups are chosen in all. */
  count: number;
  onToggle: () => void;
  /** Moves to the comparison table (and its heading takes focus). */
  onShow: () => void;
}

export function CompareCheckbox({ id, name, choice }: { id: string; name: string; choice: CompareChoice }) {
  const { t } = useTranslation();
  const hintId = `${id}-full`;
  return (
    <div className="results-card__compare no-print">
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id={id}
          checked={choice.checked}
          disabled={choice.blocked}
          aria-describedby={choice.blocked ? hintId : undefined}
          onChange={choice.onToggle}
        />
        <label className="choice__label" htmlFor={id}>
          {t('results.compare.addShort')}{' '}
          <span className="visually-hidden">{name}</span>
        </label>
      </div>
      {choice.blocked && (
        <p className="hint results-card__compare-full" id={hintId}>
          {t('results.compare.full')}
        </p>
      )}
      <div role="status" className="results-card__compare-status">
        {choice.checked && (
          <p>
            {t('results.compare.chosen', { count: choice.count })} {choice.count < 2 && t('results.compare.oneMore')}
          </p>
        )}
      </div>
      {choice.checked && choice.count >= 2 && (
        <button type="button" className="link-button" onClick={choice.onShow}>
          {t('results.compare.show', { count: choice.count })}
        </button>
      )}
    </div>
  );
}
