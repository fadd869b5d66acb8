/** Helplines as a person needs them in a hurry: name and a number to tap first, then text options and hours. */
import { useTranslation } from 'react-i18next';
import type { LocalizedHelpline } from '../../content/types';
import { telHref } from './phone-link';

export function HelplineList({ lines }: { lines: LocalizedHelpline[] }) {
  const { t } = useTranslation();
  return (
    <ul className="results-helplines">
      {lines.map((line) => (
        <li key={line.id} className="results-helplines__item">
          <span className="results-helplines__name">
            <strong>{line.name}</strong>
            {line.phone && (
              <>
                {' '}
                <a className="results-helplines__phone" href={telHref(line.phone)} aria-label={`${t('results.safety.call')} ${line.phone}`}>
                  {line.phone}
                </a>
              </>
            )}
          </span>
          {line.text && <span className="results-helplines__detail">{line.text}</span>}
          <span className="results-helplines__detail muted">{line.hours}</span>
        </li>
      ))}
    </ul>
  );
}
