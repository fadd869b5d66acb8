import { describe, expect, it } from 'vitest';
import { mainThreadTasks, type Task, type TraceEvent } from './cpu-time.ts';
import { describeTask } from './interactions.ts';

const task: Task = { ts: 1_000, dur: 10_000, cpu: 9_000, thread: '1:2' };
const event = (name: string, ts: number, tdur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({ name, ph: 'X', pid: 1, tid: 2, ts, dur: tdur, tdur, ...extra });

describe('describeTask (what filled a long task, for the bench)', () => {
  it('lists the kinds of work by CPU time × 4, largest first, and names the longest script call', () => {
    const events = [
      event('FunctionCall', 1_100, 1_000, { args: { data: { functionName: 'short', url: 'https://x/assets/a.js', lineNumber: 3 } } }),
      event('FunctionCall', 2_200, 2_000, { args: { data: { functionName: 'render', url: 'https://x/assets/index.js', lineNumber: 9 } } }),
      event('Layout', 5_000, 4_000),
      event('Paint', 9_500, 500),
    ];
    expect(describeTask(events, task)).toBe('Layout 16, FunctionCall 12, Paint 2, longest call render in index.js:9');
  });

  it('leaves out work of other threads, outside the task and of kinds it does not name', () => {
    const events = [
      event('Layout', 2_000, 3_000, { tid: 3 }),
      event('Layout', 20_000, 3_000),
      event('RunTask', 1_000, 9_000),
      event('UpdateLayoutTree', 1_500, 250),
    ];
    expect(describeTask(events, task)).toBe('UpdateLayoutTree 1');
    expect(describeTask([], task)).toBe('no traced work');
  });
});

describe('describeTask and mainThreadTasks with the "toplevel" category', () => {
  it('names code that ran after an await (the microtask checkpoint) as microtasks', () => {
    const events = [event('BlinkScheduler_PerformMicrotaskCheckpoint', 1_200, 8_000), event('MinorGC', 2_000, 2_000)];
    expect(describeTask(events, task)).toBe('Microtasks 32, MinorGC 8');
  });

  it('counts a task nested in another on the same thread once, as part of the outer one', () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'CrRendererMain' } },
      event('RunTask', 1_000, 9_000),
      event('ThreadControllerImpl::RunTask', 1_010, 8_900),
      event('RunTask', 20_000, 1_000),
      event('RunTask', 20_500, 300, { tid: 3 }),
    ];
    expect(mainThreadTasks(events).map((t) => [t.ts, t.cpu])).toEqual([
      [1_000, 9_000],
      [20_000, 1_000],
    ]);
  });
});
