// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

afterEach(() => vi.unstubAllGlobals());

describe('afterNextPaint', () => {
  it('calls back in a task after the next animation frame, once', async () => {
    const order: string[] = [];
    let frame: FrameRequestCallback = () => {};
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => ((frame = callback), 7));
    const called = new Promise<void>((done) => afterNextPaint(() => (order.push('called'), done())));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]); // no frame yet
    frame(0);
    order.push('frame');
    await called;
    await new Promise((r) => setTimeout(r, 300));
    expect(order).toEqual(['frame', 'called']); // after the frame's own work, and not again from the fallback
  });

  it('calls back after a while where no frame comes (a tab in the background)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    const started = Date.now();
    await new Promise<void>((done) => afterNextPaint(done, 50));
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('can be cancelled', async () => {
    const callback = vi.fn();
    afterNextPaint(callback, 20)();
    await new Promise((r) => setTimeout(r, 80));
    expect(callback).not.toHaveBeenCalled();
  });
});
