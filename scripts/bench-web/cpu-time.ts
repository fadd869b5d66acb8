/**
 * CPU-time figures from a Chromium trace, so that a busy machine does not decide a result.
 *
 * On a shared machine a renderer's main thread is often descheduled in the middle of a task: the
 * task's wall duration (`dur`) then includes time when the page did nothing at all. Chromium also
 * records each complete event's thread time (`tdur`: the CPU time the thread really used). Two
 * uses here:
 *
 * 1. `toCpuTimeTrace` rewrites a Lighthouse trace so that every top-level main-thread task lasts
 *    its CPU time. Lighthouse's simulated throttling (Lantern) builds its CPU nodes from these task
 *    durations and multiplies them by the preset's 4× slowdown; re-running the audits on the
 *    rewritten trace (Lighthouse's audit mode, no browser) scores the page as if it had had the
 *    core to itself. Everything inside a task (nested events, instants) is mapped by the same
 *    linear squeeze, so children stay inside their parents and in order; what lies between tasks
 *    keeps its time. The squeeze assumes the descheduled time was spread evenly through the
 *    task — where it was not, sub-task attribution shifts a little, but each task's total is exact.
 *    Network timing comes from the DevTools log and is untouched.
 *
 * 2. `mainThreadTasks` lists top-level tasks with both durations, for the interaction timings.
 *    Under DevTools CPU throttling the thread is suspended for part of each slice and accrues no
 *    CPU time while suspended, so `tdur` stays the unthrottled CPU time: times the throttle rate,
 *    it is what the task would take on a phone that many times slower, without contention.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  cat?: string;
  args?: Record<string, unknown> & { name?: string };
}

const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/** Renderer main threads ("CrRendererMain"), as "pid:tid". */
function rendererMainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
}

export interface Task {
  /** Start, microseconds on the trace clock. */
  ts: number;
  /** Wall duration, µs. */
  dur: number;
  /** Thread (CPU) duration, µs; equals dur when the trace has no thread time for it. */
  cpu: number;
  thread: string;
}

/**
 * Top-level tasks of every renderer main thread, by start time. A task inside another on the same
 * thread (a trace with the "toplevel" category has ThreadControllerImpl::RunTask inside RunTask,
 * and a nested message loop runs tasks inside one) is part of the outer task, not one more.
 */
export function mainThreadTasks(events: TraceEvent[]): Task[] {
  const mains = rendererMainThreads(events);
  const all = events
    .filter((e) => e.ph === 'X' && TOP_LEVEL.has(e.name) && mains.has(`${e.pid}:${e.tid}`) && typeof e.dur === 'number')
    .map((e) => ({ ts: e.ts, dur: e.dur!, cpu: typeof e.tdur === 'number' ? Math.min(e.tdur, e.dur!) : e.dur!, thread: `${e.pid}:${e.tid}` }));
  return outermost(all, (task) => task);
}

/**
 * The tasks that are not inside another task of the same thread, by start time (an outer task
 * first when two start together): nested work belongs to the task around it.
 */
function outermost<T>(tasks: T[], span: (task: T) => { ts: number; dur: number; thread: string }): T[] {
  const sorted = [...tasks].sort((a, b) => span(a).ts - span(b).ts || span(b).dur - span(a).dur);
  const openUntil = new Map<string, number>();
  return sorted.filter((task) => {
    const { ts, dur, thread } = span(task);
    if (ts < (openUntil.get(thread) ?? -Infinity)) return false;
    openUntil.set(thread, ts + dur);
    return true;
  });
}

/** A copy of the trace events where each top-level main-thread task lasts its CPU time (see above). */
export function toCpuTimeTrace(events: TraceEvent[]): { events: TraceEvent[]; wallMs: number; cpuMs: number } {
  const mains = rendererMainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (!mains.has(thread)) continue;
    let list = byThread.get(thread);
    if (!list) byThread.set(thread, (list = []));
    list.push(event);
  }
  let wall = 0;
  let cpu = 0;
  const out = events.map((event) => ({ ...event }));
  const copyOf = new Map(events.map((event, i) => [event, out[i]!]));
  for (const list of byThread.values()) {
    const tasks = list.filter((e) => e.ph === 'X' && TOP_LEVEL.has(e.name) && typeof e.dur === 'number' && typeof e.tdur === 'number' && e.dur > 0);
    // Nested RunTasks (a task run inside another, e.g. a nested message loop) belong to their outer task.
    const outer = outermost(tasks, (e) => ({ ts: e.ts, dur: e.dur!, thread: `${e.pid}:${e.tid}` }));
    const sorted = [...list].sort((a, b) => a.ts - b.ts);
    let i = 0;
    for (const task of outer) {
      const start = task.ts;
      const end = task.ts + task.dur!;
      const ratio = Math.min(1, Math.max(0, task.tdur! / task.dur!));
      wall += task.dur!;
      cpu += task.dur! * ratio;
      while (i < sorted.length && sorted[i]!.ts < start) i++;
      for (let j = i; j < sorted.length && sorted[j]!.ts <= end; j++) {
        const event = sorted[j]!;
        const copy = copyOf.get(event)!;
        copy.ts = start + (event.ts - start) * ratio;
        if (typeof event.dur === 'number') copy.dur = Math.min(event.dur, end - event.ts) * ratio;
      }
    }
  }
  return { events: out, wallMs: wall / 1000, cpuMs: cpu / 1000 };
}
