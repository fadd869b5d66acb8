// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { DeferredMount, RenderLater } from './deferred-mount';
import { warmIntl } from './intl-warmup';

afterEach(cleanup);

describe('DeferredMount', () => {
  it('shows the fallback, then the view once what it needs is ready', async () => {
    let ready!: () => void;
    const prepare = () => new Promise<void>((resolve) => (ready = resolve));
    render(
      <DeferredMount fallback={<p role="status">Loading…</p>} prepare={prepare}>
        <h1>Results</h1>
      </DeferredMount>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.queryByRole('heading', { name: 'Results' })).toBeNull();
    ready();
    expect(await screen.findByRole('heading', { name: 'Results' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('mounts the view even when preparing fails (the view shows its own state)', async () => {
    render(
      <DeferredMount fallback={<p role="status">Loading…</p>} prepare={() => Promise.reject(new Error('offline'))}>
        <h1>Results</h1>
      </DeferredMount>,
    );
    expect(await screen.findByRole('heading', { name: 'Results' })).toBeInTheDocument();
  });
});

describe('RenderLater', () => {
  it('adds a closed disclosure’s body after the first render, under the same summary', async () => {
    render(
      <details>
        <summary>More about the group</summary>
        <RenderLater>
          <h4>How to find a meeting</h4>
        </RenderLater>
      </details>,
    );
    expect(screen.getByText('More about the group').tagName).toBe('SUMMARY');
    expect(await screen.findByRole('heading', { name: 'How to find a meeting', hidden: true })).toBeInTheDocument();
  });
});

describe('warmIntl', () => {
  it('resolves where no worker can start, so the results never wait on it', async () => {
    await expect(warmIntl('en')).resolves.toBeUndefined();
  });
});
