/**
 * The page's handle on the meetings: a worker when the browser can start one, else the
 * same engine on the main thread, pausing between slices so the page stays responsive.
 */
import { FeedEngine, type FeedInput, type LoadSummary } from './engine';
import type { GroupMeetings, MeetingQuery } from './next-meetings';
import type { PlaceMatch } from './places';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { yieldToPage } from '../platform/yield-to-page'; // gives the page a turn (input, paint) between slices of work

export interface MeetingsClient {
  load(feeds: FeedInput[]): Promise<LoadSummary>;
  query(query: MeetingQuery): Promise<GroupMeetings[]>;
  place(text: string): Promise<PlaceMatch>;
}

export function inPageClient(engine = new FeedEngine()): MeetingsClient {
  return {
    load: (feeds) => engine.load(feeds, yieldToPage),
    query: async (query) => engine.query(query),
    place: async (text) => engine.place(text),
  };
}

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

function workerClient(worker: Worker): MeetingsClient {
  let next = 0;
  const pending = new Map<number, Pending>();
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.kind === 'error') waiting.reject(new Error(response.message));
    else waiting.resolve(response.result as never);
  });
  worker.addEventListener('error', (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'the meetings worker stopped'));
    pending.clear();
  });
  const ask = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve: resolve as (value: never) => void, reject });
      worker.postMessage({ ...request, id });
    });
  return {
    load: (feeds) => ask({ kind: 'load', feeds }),
    query: (query) => ask({ kind: 'query', query }),
    place: (text) => ask({ kind: 'place', text }),
  };
}

/** A worker if one starts (the app's CSP allows worker-src 'self'), else the in-page engine. */
export function createMeetingsClient(): MeetingsClient {
  if (typeof Worker === 'function') {
    try {
      return workerClient(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'pathways-meetings' }));
    } catch {
      // Falls through to the main thread.
    }
  }
  return inPageClient();
}
