/**
 * The radios or checkboxes of one question. A stand-alone option ("I'm not sure") sits
 * after an "or", and a declinable question ends with "I'd rather not say".
 */
import { useTranslation } from 'react-i18next';
import type { Step } from '../../machine/flow';

/** Not an answer value: choosing it leaves the question unanswered (see `declinable` in flow.ts). */
const DECLINE = '__rather-not-say';

interface ChoiceListProps {
  step: Step;
  fieldId: string;
  options: { value: string | boolean; label: string }[];
  value: unknown;
  declined: boolean;
  onChoose: (option: string | boolean) => void;
  onDecline: () => void;
}

export function ChoiceList({ step, fieldId, options, value, declined, onChoose, onDecline }: ChoiceListProps) {
  const { t } = useTranslation();
  const type = step.kind === 'checkbox' ? 'checkbox' : 'radio';
  const isChecked = (option: string | boolean) => (Array.isArray(value) ? (value as unknown[]).includes(option) : value === option);
  const choices = [...options, ...(step.declinable ? [{ value: DECLINE, label: t('quiz.ratherNotSay') }] : [])];
  return (
    <div className={type === 'checkbox' ? 'checkboxes' : 'radios'}>
      {choices.map(({ value: option, label }) => {
        const id = `${fieldId}-${String(option)}`;
        const isDecline = option === DECLINE;
        return (
          <div key={String(option)}>
            {option === step.exclusiveOption && (
              <p className="choice__divider" aria-hidden="true">
                {t('quiz.or')}
              </p>
            )}
            <div className="choice">
              <input
                className="choice__input"
                id={id}
                name={step.id}
                type={type}
                value={String(option)}
                checked={isDecline ? declined : isChecked(option)}
                onChange={() => (isDecline ? onDecline() : onChoose(option))}
              />
              <label className="choice__label" htmlFor={id}>
                {label}
              </label>
            </div>
          </div>
        );
      })}
    </div>
  );
}
