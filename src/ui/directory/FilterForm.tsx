/**
 * GOV.UK-style filter form: one fieldset of checkboxes per question. It filters as
 * boxes are ticked, so there is no submit button; the count is announced by the list.
 */
import { useTranslation } from 'react-i18next';
import {
  APPROACH_BUCKET_IDS,
  AUDIENCE_CHOICES,
  FORMAT_CHOICES,
  type DirectoryFilters,
  type FilterQuestion,
} from './directory-filters';

const QUESTIONS: { id: FilterQuestion; values: readonly string[] }[] = [
  { id: 'approach', values: APPROACH_BUCKET_IDS },
  { id: 'audience', values: AUDIENCE_CHOICES },
  { id: 'format', values: FORMAT_CHOICES },
];

interface FilterFormProps {
  filters: DirectoryFilters;
  onToggle: (question: FilterQuestion, value: string) => void;
  onClear: () => void;
  /** How many groups the list shows now, and a way to jump to them (the list may be far below on a phone). */
  resultCount: number;
  onShowResults: () => void;
}

export function FilterForm({ filters, onToggle, onClear, resultCount, onShowResults }: FilterFormProps) {
  const { t } = useTranslation();
  return (
    <details className="directory-filters">
      <summary>{t('directory.filters.toggle')}</summary>
      <form className="details__body" noValidate onSubmit={(e) => e.preventDefault()}>
        <p className="hint">{t('directory.filters.hint')}</p>
        <div className="directory-filters__questions">
          {QUESTIONS.map(({ id, values }) => (
            <fieldset className="fieldset directory-filters__fieldset" key={id}>
              <legend className="fieldset__legend heading-s">{t(`directory.filters.${id}.legend`)}</legend>
              <div className="checkboxes">
                {values.map((value) => {
                  const inputId = `filter-${id}-${value}`;
                  // Only "Other approaches" needs examples: the other labels say what they mean.
                  const hint = id === 'approach' && value === 'other' ? t('directory.filters.approach.otherHint') : null;
                  return (
                    <div className="choice" key={value}>
                      <input
                        className="choice__input"
                        id={inputId}
                        name={id}
                        type="checkbox"
                        value={value}
                        checked={(filters[id] as string[]).includes(value)}
                        onChange={() => onToggle(id, value)}
                        aria-describedby={hint ? `${inputId}-hint` : undefined}
                      />
                      <div>
                        <label className="choice__label" htmlFor={inputId}>
                          {t(`directory.filters.${id}.${value}`)}
                        </label>
                        {hint && (
                          <p id={`${inputId}-hint`} className="hint directory-filters__item-hint">
                            {hint}
                          </p>
                        )}
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </div>
        <div className="button-group">
          <button type="button" className="button" onClick={onShowResults}>
            {t('directory.filters.show', { count: resultCount })}
          </button>
          <button type="button" className="button button--secondary" onClick={onClear}>
            {t('directory.filters.clear')}
          </button>
        </div>
      </form>
    </details>
  );
}
