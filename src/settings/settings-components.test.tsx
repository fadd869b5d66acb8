// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { render, screen, within } from '@testing-library/react';
import { ensureAllStrings, initI18n, switchLanguage } from '../i18n/i18n';
import { SettingsProvider } from './SettingsContext';
import type { LocalGroup } from './local-groups';
import type { Settings } from './settings-schema';
import { OfferedHere } from './OfferedHere';
import { NearYou } from './NearYou';
import { ClinicContact } from './ClinicContact';
import { PreviewWarnings } from './PreviewWarnings';
import { GroupFilterNotice } from './GroupFilterNotice';

const CLINIC: Settings = {
  offeredHere: [{ id: 'smart-recovery', note: 'Thursdays 7pm, Room 2' }],
  contactLine: { name: 'Riverside Clinic', phone: '0300 123 4567', url: 'https://riverside.example/', hours: 'Mon–Fri 9am to 5pm' },
};
const GROUPS: LocalGroup[] = [
  { profile: 'smart-recovery', name: 'SMART at Riverside', when: 'Thursdays 7pm', where: 'Room 2', format: 'in-person', url: 'https://riverside.example/smart' },
  { profile: 'al-anon', name: 'Al-Anon St Mary', when: 'Tuesdays' },
];

/** The app's own i18next set-up with every real strings file, as a person would read them. */
async function setUpI18n(language: string) {
  if (!i18next.isInitialized) await initI18n(language);
  await ensureAllStrings(language);
  await switchLanguage(language);
}
const renderWithI18n = (ui: ReactNode) => render(<I18nextProvider i18n={i18next}>{ui}</I18nextProvider>);

const withSettings = (ui: ReactNode, settings: Settings = CLINIC, extra: { warnings?: string[]; localGroups?: LocalGroup[] } = {}) =>
  renderWithI18n(
    <SettingsProvider settings={settings} warnings={extra.warnings} localGroups={extra.localGroups}>
      {ui}
    </SettingsProvider>,
  );

beforeAll(() => setUpI18n('en'));
afterEach(() => vi.restoreAllMocks());

describe('OfferedHere', () => {
  it('says the clinic hosts this group, with its note', () => {
    withSettings(<OfferedHere profileId="smart-recovery" />);
    const section = screen.getByRole('region', { name: 'Offered here' });
    expect(within(section).getByRole('heading', { level: 4, name: 'Offered here' })).toBeInTheDocument();
    expect(section).toHaveTextContent('Riverside Clinic hosts meetings of this group.');
    expect(section).toHaveTextContent('Thursdays 7pm, Room 2');
  });

  it('shows nothing for a group the clinic does not offer, or without settings', () => {
    const { container } = withSettings(<OfferedHere profileId="al-anon" />);
    expect(container).toBeEmptyDOMElement();
    const bare = renderWithI18n(<OfferedHere profileId="smart-recovery" />);
    expect(bare.container).toBeEmptyDOMElement();
  });
});

describe('NearYou', () => {
  it('lists only the local meetings of this group, with their facts and a private link', () => {
    withSettings(<NearYou profileId="smart-recovery" headingLevel={3} />, CLINIC, { localGroups: GROUPS });
    const section = screen.getByRole('region', { name: 'Near you' });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent('Near you');
    expect(section).toHaveTextContent('Meetings listed by Riverside Clinic:');
    expect(section).toHaveTextContent('SMART at Riverside');
    expect(section).toHaveTextContent('WhenThursdays 7pm'); // a dt and its dd
    expect(within(section).getByText('In person')).toBeInTheDocument();
    expect(section).not.toHaveTextContent('Al-Anon St Mary');
    const link = within(section).getByRole('link', { name: /More about SMART at Riverside/ });
    expect(link).toHaveAttribute('href', 'https://riverside.example/smart');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
  });

  it('fetches the local-groups file named in the settings and reports its problems', async () => {
    const body = JSON.stringify({ groups: [{ profile: 'lifering', name: 'LifeRing online' }, { profile: 'lifering' }] });
    const fetchFile = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    withSettings(
      <>
        <NearYou profileId="lifering" />
        <PreviewWarnings />
      </>,
      { localGroupsUrl: 'fixtures/groups.json', preview: true },
    );
    expect(await screen.findByText('LifeRing online')).toBeInTheDocument();
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/entry 1 skipped: field "name" is missing/));
    expect(await screen.findByText(/entry 1 skipped/)).toBeInTheDocument();
  });

  it('shows nothing when the clinic lists no meeting of this group', () => {
    const { container } = withSettings(<NearYou profileId="hams" />, CLINIC, { localGroups: GROUPS });
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ClinicContact', () => {
  it('gives the clinic phone as a dialable link, its hours and its website', () => {
    withSettings(<ClinicContact />);
    const section = screen.getByRole('region', { name: 'Talk to someone at Riverside Clinic' });
    expect(within(section).getByRole('link', { name: '0300 123 4567' })).toHaveAttribute('href', 'tel:03001234567');
    expect(section).toHaveTextContent('Opening hours: Mon–Fri 9am to 5pm');
    const site = within(section).getByRole('link', { name: /Riverside Clinic website/ });
    expect(site).toHaveAttribute('href', 'https://riverside.example/');
    expect(site).toHaveAttribute('referrerpolicy', 'no-referrer');
  });

  it('shows nothing without a contact line', () => {
    expect(withSettings(<ClinicContact />, {}).container).toBeEmptyDOMElement();
  });
});

describe('PreviewWarnings', () => {
  it('lists every problem when preview is on', async () => {
    withSettings(<PreviewWarnings />, { preview: true }, { warnings: ['region: "mars" ignored', 'theme.accent: "red" ignored'] });
    const panel = await screen.findByRole('region', { name: 'Preview: settings check' });
    expect(panel).toHaveTextContent('2 settings could not be used as written');
    expect(within(panel).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['region: "mars" ignored', 'theme.accent: "red" ignored']);
  });

  it('says so when there is nothing wrong', async () => {
    withSettings(<PreviewWarnings />, { preview: true });
    expect(await screen.findByText('No problems found: every setting was applied.')).toBeInTheDocument();
  });

  it('shows nothing to the public (preview off), even with problems', async () => {
    const { container } = withSettings(<PreviewWarnings />, {}, { warnings: ['region: "mars" ignored'] });
    await new Promise((r) => setTimeout(r, 50));
    expect(container).toBeEmptyDOMElement();
  });
});

describe('GroupFilterNotice', () => {
  it('says plainly that the clinic chose the groups, and links to all of them', () => {
    withSettings(<GroupFilterNotice />, { include: ['smart-recovery'] });
    expect(screen.getByText(/chose which groups can appear/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See every group from A to Z' })).toHaveAttribute('href', '#/groups');
  });

  it('shows nothing when the clinic did not narrow the list', () => {
    expect(withSettings(<GroupFilterNotice />, {}).container).toBeEmptyDOMElement();
  });
});

describe('in Spanish', () => {
  it('uses the Spanish words', async () => {
    await setUpI18n('es');
    try {
      withSettings(
        <>
          <OfferedHere profileId="smart-recovery" />
          <NearYou profileId="smart-recovery" />
        </>,
        CLINIC,
        { localGroups: GROUPS },
      );
      expect(screen.getByRole('region', { name: 'Se ofrece aquí' })).toHaveTextContent('Riverside Clinic organiza reuniones de este grupo.');
      expect(screen.getByRole('region', { name: 'Cerca de usted' })).toHaveTextContent(/Reuniones que indica Riverside Clinic:.*Cuándo/);
    } finally {
      await setUpI18n('en');
    }
  });
});
