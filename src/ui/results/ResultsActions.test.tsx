// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answers } from '../../engine/answers';
import { renderResults, setUpStrings } from './test-render';


beforeAll(() => setUpStrings('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const answers: Answers = { for: 'me', concerns: ['alcohol'], spirituality: 'secular', goal: 'stop', region: 'uk' };

describe('results actions', () => {
  it('starts again, or goes back to change the answers', async () => {
    const user = userEvent.setup();
    const { send } = await renderResults(answers);
    await user.click(screen.getByRole('button', { name: 'Change my answers' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'step.back' });
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'quiz.restart' });
  });

  it('prints the plan', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    await renderResults(answers);
    await user.click(screen.getByRole('button', { name: 'Print my plan' }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    // The QR code is drawn before the print dialog opens, and only then.
    const plan = document.querySelector('.print-plan')!;
    expect(plan.querySelector('svg.qr-code path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(plan).toHaveTextContent('Scan this code with a phone camera');
  });

  it('opens closed disclosures while printing, so their contents are on paper, and closes them after', async () => {
    await renderResults(answers);
    const more = screen.getByText('More helplines').closest('details')!;
    expect(more.open).toBe(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(more.open).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(more.open).toBe(false);
  });

  it('copies a link that holds the answers, and shows it with a warning', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await renderResults(answers);
    expect(screen.getByText('The link contains your answers. Only share it with people you trust.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy a link to these results' }));
    const field = await screen.findByRole('textbox', { name: 'Link to these results' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toContain('#results=');
    expect(writeText).toHaveBeenCalledWith((field as HTMLInputElement).value);
    expect(screen.getByText(/^Link copied/)).toHaveAttribute('role', 'status');
  });

  it('still shows the link when copying fails', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await renderResults(answers);
    await user.click(screen.getByRole('button', { name: 'Copy a link to these results' }));
    expect(await screen.findByText(/We could not copy the link for you/)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('textbox', { name: 'Link to these results' })).toBeInTheDocument();
  });
});
