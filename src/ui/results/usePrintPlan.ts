/**
 * The QR code for the printed plan: made on the device, only when the person prints. The Print
 * button waits for it; a browser's own Print command starts it too, but may print before it is ready
 * (the plan then still has every link written out).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { knownLanguage } from '../../i18n/known-language';
import type { Answers } from '../../engine/answers';
import { makeShareQr, type ShareQr } from './share-qr';

export function usePrintPlan(answers: Answers) {
  const [drawn, setDrawn] = useState<{ answers: Answers; qr: ShareQr } | null>(null);
  const { i18n } = useTranslation();
  const language = knownLanguage(i18n.language);
  const made = useRef<{ answers: Answers; language: string; qr: Promise<ShareQr> } | null>(null);

  const prepare = useCallback(async () => {
    if (made.current?.answers !== answers || made.current.language !== language) made.current = { answers, language, qr: makeShareQr(answers, language) };
    const qr = await made.current.qr;
    // Drawn before the print dialog takes its picture of the page.
    flushSync(() => setDrawn({ answers, qr }));
  }, [answers, language]);

  useEffect(() => {
    const onBeforePrint = () => void prepare().catch(() => undefined);
    addEventListener('beforeprint', onBeforePrint);
    return () => removeEventListener('beforeprint', onBeforePrint);
  }, [prepare]);

  const print = useCallback(async () => {
    try {
      await prepare();
    } catch {
      // No QR code (the module failed to load offline, say): the plan prints without it.
    }
    window.print();
  }, [prepare]);

  return { qr: drawn?.answers === answers ? drawn.qr : null, print };
}
