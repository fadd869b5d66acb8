// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInfoPage } from './test-render';

afterEach(cleanup);

describe('About page', () => {
  it('shows its h1, focused on arrival, and a way back to the start', async () => {
    await renderInfoPage({ page: 'about' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'About Pathways' });
    await waitFor(() => expect(heading).toHaveFocus()); // focus moves in an effect after the heading appears
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    for (const link of screen.getAllByRole('link', { name: 'Back to start' })) expect(link).toHaveAttribute('href', '#/');
  });

  it('says what it is not, and gives the honest evidence note', async () => {
    await renderInfoPage({ page: 'about' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/It is not a crisis service/)).toBeInTheDocument();
    expect(screen.getByText(/not medical advice, and it is not treatment/)).toBeInTheDocument();
    expect(screen.getByText(/about as well in 12-step groups/)).toBeInTheDocument();
    expect(screen.getByText(/Going regularly/)).toBeInTheDocument();
    expect(screen.getByText(/So try a few/)).toBeInTheDocument();
    expect(screen.getByText(/Skipped questions never count against a group/)).toBeInTheDocument();
    expect(screen.getByText(/no group can pay to move up/)).toBeInTheDocument();
  });

  it('links every study safely, over https', async () => {
    await renderInfoPage({ page: 'about' });
    const study = await screen.findByRole('link', { name: /Women for Sobriety, LifeRing, SMART Recovery/ });
    expect(study).toHaveAttribute('href', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5884451');
    const studies = screen.getAllByRole('listitem').filter((item) => item.closest('ol'));
    expect(studies).toHaveLength(6);
    for (const item of studies) {
      const link = item.querySelector('a')!;
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
    }
  });

  it('sends reports of wrong facts to the configured address', async () => {
    await renderInfoPage({ page: 'about', reportUrl: 'https://example.org/report' });
    const link = await screen.findByRole('link', { name: 'Report a wrong fact' });
    expect(link).toHaveAttribute('href', 'https://example.org/report');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByText(/contact the organisation that runs this website/)).not.toBeInTheDocument();
  });

  it('says whom to contact when no report address is set, or it is unsafe', async () => {
    for (const reportUrl of [undefined, 'javascript:alert(1)']) {
      await renderInfoPage({ page: 'about', reportUrl });
      await screen.findByRole('heading', { level: 1 });
      expect(screen.getByText('To report it, contact the organisation that runs this website.')).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Report a wrong fact' })).not.toBeInTheDocument();
      cleanup();
    }
  });
});
