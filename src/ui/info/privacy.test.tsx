// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInfoPage } from './test-render';

afterEach(cleanup);

describe('Privacy page', () => {
  it('says nothing is sent', async () => {
    await renderInfoPage({ page: 'privacy' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What is sent: nothing' })).toBeInTheDocument();
    expect(screen.getByText(/Your answers are never sent anywhere/)).toBeInTheDocument();
    expect(screen.getByText(/no analytics and no tracking/)).toBeInTheDocument();
    expect(screen.getByText(/makes no requests to any other website/)).toBeInTheDocument();
  });

  it('names exactly what is stored, using the labels of the real controls', async () => {
    await renderInfoPage({ page: 'privacy' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Nothing, unless you choose it.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'If you tick “Remember my answers on this device”, your answers are kept in this browser\'s local storage. They stay there until you press “Forget my answers” or use “Exit this page”.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Pathways uses no cookies.')).toBeInTheDocument();
  });

  it('warns that share links show the answers to anyone who sees them', async () => {
    await renderInfoPage({ page: 'privacy' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/after the # sign/)).toBeInTheDocument();
    expect(screen.getByText(/anyone who sees the link can see your answers/)).toBeInTheDocument();
    expect(screen.getByText(/press the Shift key three times/)).toBeInTheDocument();
  });
});
