/// <reference lib="webworker" />
/** The meetings worker: checks feeds and answers queries away from the page's main thread. */
import { FeedEngine } from './engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

const engine = new FeedEngine();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const reply = (response: WorkerResponse) => scope.postMessage(response);
  void (async () => {
    try {
      if (request.kind === 'load') reply({ id: request.id, kind: 'load', result: await engine.load(request.feeds) });
      else if (request.kind === 'query') reply({ id: request.id, kind: 'query', result: engine.query(request.query) });
      else reply({ id: request.id, kind: 'place', result: engine.place(request.text) });
    } catch (error) {
      reply({ id: request.id, kind: 'error', message: (error as Error).message });
    }
  })();
});
