/**
 * Browsers do not print the inside of a closed <details>, whatever the CSS says,
 * so the results open them for printing and close them again afterwards.
 */
import { useEffect } from 'react';

export function useDetailsOpenForPrint(selector: string) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>(`${selector} details:not([open])`)];
      opened.forEach((details) => (details.open = true));
    };
    const close = () => {
      opened.forEach((details) => (details.open = false));
      opened = [];
    };
    addEventListener('beforeprint', open);
    addEventListener('afterprint', close);
    return () => {
      removeEventListener('beforeprint', open);
      removeEventListener('afterprint', close);
    };
  }, [selector]);
}
