/// <reference lib="webworker" />
/** Builds the formatters the results use, once, off the main thread (see intl-warmup.ts). */
import { collator, dateFormat, listFormat } from './intl-cache';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<string>) => {
  listFormat(event.data).format(['a', 'b']);
  dateFormat(event.data).format(0);
  collator(event.data).compare('a', 'b');
  scope.postMessage('ready');
});
