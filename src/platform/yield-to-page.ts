/**
 * Ends the current task so the browser can paint and handle input, then carries on: long work
 * (adding a language's strings, reading a share link, starting the questionnaire) is split into
 * tasks a slow phone runs in under 50 ms each (issue 13). `scheduler.yield()` where the browser
 * has it (it resumes ahead of other queued tasks), a zero timeout elsewhere.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
