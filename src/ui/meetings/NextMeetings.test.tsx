// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { render, screen, within } from '@testing-library/react';
import { ensureAllStrings, initI18n, switchLanguage } from '../../i18n/i18n';
import { inPageClient } from '../../meetings/client';
import { SettingsProvider } from '../../settings/SettingsContext';
import NextMeetings from './NextMeetings';

const NOW = Date.UTC(2026, 11, 1, 9, 0); // Tuesday
const FEED = [
  { name: 'Call to arrange', slug: 'appt', address: '1 Mill Lane', city: 'Riverside' },
  { name: '<b>Bold</b> hall', slug: 'html', day: 2, time: '18:00', address: '2 Mill Lane' },
  { name: 'Tuesday <3 Group', slug: 'tue', day: 2, time: '19:00', end_time: '20:00', timezone: 'Europe/London', address: '3 Mill Lane', types: ['O', 'BE', 'W', 'X', 'B'], notes: 'Line one\nLine two: 2 < 3 & &amp;' },
  { name: 'Zoom lunch', slug: 'zoom', day: 3, time: '12:00', timezone: 'America/New_York', conference_url: 'https://zoom.example/j/1', conference_url_notes: 'Passcode 42', types: ['C', 'S'] },
];

async function renderFor(language: string, answers = {}) {
  if (!i18next.isInitialized) await initI18n(language);
  await ensureAllStrings(language);
  await switchLanguage(language);
  const client = inPageClient();
  const summary = await client.load([{ source: { url: 'https://app.example/aa.json', group: 'alcoholics-anonymous' }, text: JSON.stringify(FEED) }]);
  return render(
    <I18nextProvider i18n={i18next}>
      <SettingsProvider settings={{ meetingFeeds: [{ url: 'aa.json', group: 'alcoholics-anonymous' }] }} meetingFeeds={{ client, summary }}>
        <NextMeetings groupId="alcoholics-anonymous" answers={answers} now={NOW} />
        <NextMeetings groupId="al-anon" answers={answers} now={NOW} />
      </SettingsProvider>
    </I18nextProvider>,
  );
}

describe('NextMeetings', () => {
  it('lists the soonest meetings with their format, kind and notes, as text', async () => {
    const { container } = await renderFor('en', { for: 'me', language: 'en' });
    const region = await screen.findByRole('region', { name: 'Next meetings' });
    expect(screen.getAllByRole('region', { name: 'Next meetings' })).toHaveLength(1); // nothing for a group the feeds do not list
    const items = await within(region).findAllByRole('article');
    // The Spanish meeting is left out for an English reader; by appointment comes last; the HTML name was skipped.
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['Tuesday <3 Group', 'Call to arrange']);
    const tuesday = items[0]!;
    expect(tuesday).toHaveTextContent(/In person/);
    expect(tuesday).toHaveTextContent(/Open: anyone may come/);
    expect(within(tuesday).getByText('Newcomer')).toBeInTheDocument();
    expect(within(tuesday).getByText('Women')).toBeInTheDocument();
    expect(within(tuesday).getByText('Wheelchair Access')).toBeInTheDocument();
    expect(tuesday).toHaveTextContent('Also listed as: Big Book');
    expect(within(tuesday).getByText(/Line one/).textContent).toBe('Line one\nLine two: 2 < 3 & &amp;');
    expect(within(tuesday).getByRole('button', { name: 'Add Tuesday <3 Group to your calendar' })).toBeInTheDocument();
    expect(items[1]).toHaveTextContent(/By appointment/);
    expect(container.querySelector('b, i')).toBeNull();
  });

  it('shows an online meeting’s join link and notes, and speaks Spanish with the spec’s type names', async () => {
    await renderFor('es', { for: 'me', formats: ['online-video'] });
    const region = await screen.findByRole('region', { name: 'Próximas reuniones' });
    const [zoom] = await within(region).findAllByRole('article');
    expect(zoom).toHaveAttribute('aria-label', 'Zoom lunch');
    expect(zoom).toHaveTextContent(/En línea/);
    expect(zoom).toHaveTextContent(/Cerrada: solo para personas/);
    expect(within(zoom!).getByText('Español')).toBeInTheDocument();
    expect(zoom).toHaveTextContent(/America\/New York/); // the meeting's own zone, as it differs from the reader's
    expect(within(zoom!).getByRole('link', { name: /^Unirse en línea: Zoom lunch/ })).toHaveAttribute('href', 'https://zoom.example/j/1');
    expect(zoom).toHaveTextContent('Passcode 42');
  });
});
