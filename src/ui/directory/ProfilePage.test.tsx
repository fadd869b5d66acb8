// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import ProfilePage from '../pages/ProfilePage';
import { formatDate } from '../groups/group-facts';
import { catalogueFor, renderWithI18n, setUpI18n } from './test-i18n';


beforeAll(() => setUpI18n('en'));
afterEach(cleanup);
afterAll(() => setUpI18n('en'));

/** The block under a heading: the heading's wrapper holds that heading and what belongs to it. */
function blockUnder(name: string) {
  return screen.getByRole('heading', { level: 3, name }).parentElement!;
}

describe('profile page', () => {
  it('shows Alcoholics Anonymous with its facts, a way back and no crash', async () => {
    renderWithI18n(<ProfilePage id="alcoholics-anonymous" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Alcoholics Anonymous (AA)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all groups' })).toHaveAttribute('href', '#/groups');
    const facts = screen.getByRole('heading', { level: 2, name: 'Key facts' }).nextElementSibling as HTMLElement;
    expect(within(facts).getByText('Who it is for')).toBeInTheDocument();
    expect(within(facts).getByText('1935')).toBeInTheDocument();
    expect(within(facts).getByText(/AA has its own pamphlet for agnostic and atheist members/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What a first meeting is like' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Worth knowing' })).toBeInTheDocument();
    expect(screen.getByText('LGBTQ+ people')).toBeInTheDocument();
    expect(screen.queryByText('We could not confirm it still holds meetings')).toBeNull();
  });

  it('puts the worldwide contact first, then the UK branch under its own heading', async () => {
    renderWithI18n(<ProfilePage id="alcoholics-anonymous" />);
    const find = await screen.findByRole('region', { name: 'How to find a meeting' });
    const headings = within(find).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Worldwide', 'In the UK', 'In Ireland', 'In Australia', 'In New Zealand', 'In Spain', 'In Mexico']);

    const worldwide = blockUnder('Worldwide');
    expect(within(worldwide).getByRole('link', { name: /Find a meeting/ })).toHaveAttribute('href', 'https://www.aa.org/find-aa');
    expect(within(worldwide).queryByText('Alcoholics Anonymous Great Britain')).toBeNull();

    const uk = blockUnder('In the UK');
    expect(within(uk).getByText('Alcoholics Anonymous Great Britain')).toBeInTheDocument();
    const site = within(uk).getByRole('link', { name: /Official website/ });
    expect(site).toHaveAttribute('href', 'https://www.alcoholics-anonymous.org.uk');
    expect(site).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(uk).getByRole('link', { name: '0800 9177 650' })).toHaveAttribute('href', 'tel:08009177650');
    // Only the branch's own links: the worldwide meeting finder is not repeated here.
    expect(within(uk).queryByRole('link', { name: /Find a meeting/ })).toBeNull();
  });

  it('lists every source with what it supports, and when the facts were last checked', async () => {
    const aa = (await catalogueFor('en')).find((p) => p.id === 'alcoholics-anonymous')!;
    const expected = (await import('virtual:pathways/sources')).default['alcoholics-anonymous']!;
    renderWithI18n(<ProfilePage id="alcoholics-anonymous" />);
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const links = await within(sources).findAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(expected.map((s: { url: string }) => s.url));
    for (const link of links) expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(within(sources).getByText(/AA Great Britain helpline, online and in-person meetings, free/)).toBeInTheDocument();
    expect(within(sources).getByText(`Facts last checked on ${formatDate('en', aa.lastReviewed)}`)).toBeInTheDocument();
    expect(within(sources).getByText('No group paid to be listed on Pathways.')).toBeInTheDocument();
  });

  it('warns when we could not confirm a group still meets, and says why', async () => {
    renderWithI18n(<ProfilePage id="jacs" />);
    expect(await screen.findByText('We could not confirm it still holds meetings')).toBeInTheDocument();
    expect(screen.getByText(/most recent report we found of JACS activity/)).toBeInTheDocument();
  });

  it('shows a friendly page with a way to the directory for an unknown group', async () => {
    renderWithI18n(<ProfilePage id="no-such-group" />);
    expect(await screen.findByRole('heading', { level: 1, name: "We couldn't find that group" })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all support groups, A to Z' })).toHaveAttribute('href', '#/groups');
  });

  it('speaks Spanish, with branch headings from the region names', async () => {
    await setUpI18n('es');
    renderWithI18n(<ProfilePage id="alcoholics-anonymous" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Alcohólicos Anónimos (AA)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'En el Reino Unido' })).toBeInTheDocument();
    expect(screen.getByText('Las notas sobre cada fuente están en inglés.')).toBeInTheDocument();
  });
});
