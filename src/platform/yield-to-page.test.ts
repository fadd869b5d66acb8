import { describe, expect, it } from 'vitest';
import { yieldToPage } from './yield-to-page';

describe('yieldToPage', () => {
  it('ends the task: work already queued (a paint, a key press) runs before it resumes', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await Promise.resolve(); // a microtask is not enough to let it run
    order.push('same task');
    await yieldToPage();
    order.push('resumed');
    expect(order).toEqual(['same task', 'queued task', 'resumed']);
  });
});
