// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInfoPage } from './test-render';

afterEach(cleanup);

describe('Accessibility statement', () => {
  it('names the standard, its limits and its date', async () => {
    await renderInfoPage({ page: 'accessibility' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' });
    await waitFor(() => expect(heading).toHaveFocus()); // focus moves in an effect after the heading appears
    expect(screen.getByText(/WCAG\) version 2\.2 at level AA/)).toBeInTheDocument();
    expect(screen.getByText(/group websites we link to are not ours/)).toBeInTheDocument();
    expect(screen.getByText('This statement was written on 22 November 2026.')).toBeInTheDocument();
  });

  it('sends problem reports to the configured address', async () => {
    await renderInfoPage({ page: 'accessibility', reportUrl: 'mailto:access@example.org' });
    expect(await screen.findByRole('link', { name: 'Report an accessibility problem' })).toHaveAttribute(
      'href',
      'mailto:access@example.org',
    );
  });

  it('says whom to contact when no report address is set', async () => {
    await renderInfoPage({ page: 'accessibility' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('To report it, contact the organisation that runs this website.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Report/ })).not.toBeInTheDocument();
  });
});
