// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import DirectoryPage from '../pages/DirectoryPage';
import { Directory } from './Directory';
import { catalogueFor, renderWithI18n, setUpI18n } from './test-i18n';


beforeAll(() => setUpI18n('en'));
afterEach(cleanup);

/** The group links of one list, in the order a person meets them. */
function groupLinks(list: HTMLElement) {
  return within(list).getAllByRole('link');
}

async function mainList() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Groups' });
  return heading.parentElement!.querySelector<HTMLElement>('.directory__list')!;
}

describe('directory page', () => {
  it('lists all 32 groups A to Z, each linking to its profile', async () => {
    renderWithI18n(<DirectoryPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'All support groups, A to Z' })).toBeInTheDocument();
    const links = groupLinks(await mainList());
    expect(links).toHaveLength(32);
    const names = links.map((a) => a.textContent!);
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare));
    expect(screen.getByRole('link', { name: 'Alcoholics Anonymous (AA)' })).toHaveAttribute('href', '#/groups/alcoholics-anonymous');
    expect(screen.getByRole('status')).toHaveTextContent('32 groups');
  });

  it('filters to family and friends groups, announces the count, and clears', async () => {
    const user = userEvent.setup();
    const catalogue = await catalogueFor('en');
    const forFamily = catalogue.filter((p) => p.audience !== 'person');
    renderWithI18n(<DirectoryPage />);
    await user.click(await screen.findByText('Filter the list'));
    const familyBox = screen.getByRole('checkbox', { name: 'Family and friends' });
    await user.click(familyBox);

    expect(screen.getByRole('status')).toHaveTextContent(`${forFamily.length} groups`);
    const hrefs = groupLinks(await mainList()).map((a) => a.getAttribute('href'));
    expect(hrefs.sort()).toEqual(forFamily.map((p) => `#/groups/${p.id}`).sort());
    expect(hrefs).toContain('#/groups/al-anon');
    expect(hrefs).not.toContain('#/groups/alcoholics-anonymous');

    // On a phone the list is far below the form: this button takes the person to it.
    await user.click(screen.getByRole('button', { name: `Show ${forFamily.length} groups` }));
    expect(screen.getByRole('heading', { level: 2, name: 'Groups' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(familyBox).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('32 groups');
    expect(groupLinks(await mainList())).toHaveLength(32);
  });

  it('needs every question to match, and says so when nothing does', async () => {
    const user = userEvent.setup();
    renderWithI18n(<DirectoryPage />);
    await user.click(await screen.findByRole('checkbox', { name: 'Cutting down or reducing harm' }));
    await user.click(screen.getByRole('checkbox', { name: 'Family and friends' }));
    expect(screen.getByRole('status')).toHaveTextContent('0 groups');
    expect(screen.getByText(/No groups match all of these filters/)).toBeInTheDocument();
  });
});

describe('status of groups', () => {
  it('keeps groups that stopped meeting out of the main list, under their own heading', async () => {
    const catalogue = (await catalogueFor('en')).map((p) =>
      p.id === 'lifering' ? { ...p, status: 'inactive' as const } : p,
    );
    renderWithI18n(<Directory catalogue={catalogue} />);
    const main = await mainList();
    expect(within(main).queryByRole('link', { name: /LifeRing/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('31 groups');

    const inactive = screen.getByRole('region', { name: 'Groups that no longer hold meetings' });
    expect(within(inactive).getByRole('link', { name: /LifeRing/ })).toHaveAttribute('href', '#/groups/lifering');
    expect(within(inactive).getByText('No longer holding meetings')).toBeInTheDocument();
    // The section comes after the whole main list.
    expect(main.compareDocumentPosition(inactive) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no inactive section when every group still meets', async () => {
    const catalogue = (await catalogueFor('en')).map((p) => ({ ...p, status: 'active' as const }));
    renderWithI18n(<Directory catalogue={catalogue} />);
    expect(screen.queryByRole('region', { name: 'Groups that no longer hold meetings' })).toBeNull();
  });

  it('labels groups whose meetings we could not confirm, in the main list', async () => {
    renderWithI18n(<Directory catalogue={await catalogueFor('en')} />);
    const entry = screen.getByRole('link', { name: /\(JACS\)/ }).closest('li')!;
    expect(within(entry).getByText('We could not confirm it still holds meetings')).toBeInTheDocument();
    expect(entry.closest('.directory__list--inactive')).toBeNull();
  });
});
