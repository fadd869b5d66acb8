import { describe, expect, it } from 'vitest';
import { toCpuTimeTrace, type TraceEvent } from './cpu-time.ts';

const main: TraceEvent = { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'CrRendererMain' } };
const event = (name: string, ts: number, dur: number, tdur?: number): TraceEvent => ({ name, ph: 'X', pid: 1, tid: 2, ts, dur, ...(tdur === undefined ? {} : { tdur }) });

describe('toCpuTimeTrace (a Lighthouse trace with each main-thread task at its CPU time)', () => {
  it('squeezes a task and everything inside it, a nested task included, by its CPU share', () => {
    const { events, wallMs, cpuMs } = toCpuTimeTrace([
      main,
      event('RunTask', 1_000, 10_000, 5_000),
      event('RunTask', 2_000, 1_000, 900),
      event('Layout', 3_000, 2_000, 2_000),
      event('RunTask', 20_000, 1_000, 1_000),
    ]);
    // The nested task is part of the outer one: counted once, and moved with it.
    expect([wallMs, cpuMs]).toEqual([11, 6]);
    expect(events.slice(1).map((e) => [e.ts, e.dur])).toEqual([
      [1_000, 5_000],
      [1_500, 500],
      [2_000, 1_000],
      [20_000, 1_000],
    ]);
  });
});
