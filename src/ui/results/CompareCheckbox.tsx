/** "Add … to the comparison" on a card. At the limit, the box is disabled and says why right beside it. */
import { useTranslation } from 'react-i18next';

export interface CompareChoice {
  checked: boolean;
  /** Three groups are already chosen, and this is not one of them. */
  blocked: boolean;
  onToggle: () => void;
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
          {t('results.compare.add', { name })}
        </label>
      </div>
      {choice.blocked && (
        <p className="hint results-card__compare-full" id={hintId}>
          {t('results.compare.full')}
        </p>
      )}
    </div>
  );
}
