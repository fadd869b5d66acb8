// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LocalizedProfile } from '../../content/types';
import { setUpTestI18n } from '../test-i18n';
import { ContactLinks } from './ContactLinks';

beforeAll(() => setUpTestI18n('en'));
afterEach(cleanup);

const profile = (contacts: LocalizedProfile['contacts']) => ({ id: 'x', contacts }) as LocalizedProfile;

describe('ContactLinks', () => {
  it('links the meeting finder, and tells the destination nothing about where the person came from', () => {
    render(<ContactLinks profile={profile([{ website: 'https://a.example', meetingFinder: 'https://a.example/find' }])} region="uk" />);
    const link = screen.getByRole('link', { name: /Find a meeting/ });
    expect(link).toHaveAttribute('href', 'https://a.example/find');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByText(/look for "find a meeting"/)).not.toBeInTheDocument();
  });

  it('shows when the details were checked', () => {
    render(<ContactLinks profile={profile([{ meetingFinder: 'https://a.example/find', checked: '2026-12-01' }])} region={undefined} />);
    expect(screen.getByText('Details checked on December 1, 2026.')).toBeInTheDocument();
  });

  it('offers the online meetings page first when there is no finder', () => {
    render(<ContactLinks profile={profile([{ website: 'https://c.example', onlineMeetings: 'https://c.example/online' }])} region={undefined} />);
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveAccessibleName(/Online meetings/);
    expect(links[0]).toHaveAttribute('href', 'https://c.example/online');
    expect(screen.queryByText(/look for "find a meeting"/)).not.toBeInTheDocument();
  });

  it('gives the group\'s own "ask" advice when there is no finder or online page', () => {
    render(
      <ContactLinks
        profile={profile([{ website: 'https://d.example', ask: 'Ask your local intergroup for meetings.' }])}
        region={undefined}
      />,
    );
    expect(screen.getByText('Ask your local intergroup for meetings.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Official website/ })).toHaveAttribute('href', 'https://d.example');
    expect(screen.queryByText(/look for "find a meeting"/)).not.toBeInTheDocument();
  });

  it("shows a branch's ask text next to the worldwide finder it inherits", () => {
    render(
      <ContactLinks
        profile={profile([{ meetingFinder: 'https://e.example/find' }, { regions: ['es'], ask: 'Ask at your health centre.' }])}
        region="es"
      />,
    );
    expect(screen.getByRole('link', { name: /Find a meeting/ })).toHaveAttribute('href', 'https://e.example/find');
    expect(screen.getByText('Ask at your health centre.')).toBeInTheDocument();
  });

  it('points to the website when that is all there is, without a bare "not known"', () => {
    render(<ContactLinks profile={profile([{ website: 'https://b.example' }])} region={undefined} />);
    expect(screen.getByRole('link', { name: /Official website/ })).toHaveAttribute('href', 'https://b.example');
    expect(screen.getByText(/look for "find a meeting" or "meetings" there/)).toBeInTheDocument();
    expect(screen.queryByText(/Not known/i)).not.toBeInTheDocument();
  });

  it('tells the person whom to ask when nothing at all is known', () => {
    render(<ContactLinks profile={profile([{ name: 'Some group' }])} region={undefined} />);
    expect(screen.getByText(/Ask a doctor, a clinic or a local recovery service/)).toBeInTheDocument();
    expect(screen.queryByText(/Not known/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/checked on/)).not.toBeInTheDocument();
  });

  it('uses the regional branch where the person lives', () => {
    render(
      <ContactLinks
        profile={profile([{ website: 'https://world.example' }, { regions: ['uk'], name: 'UK branch', website: 'https://uk.example', phone: '0800 000 000' }])}
        region="uk"
      />,
    );
    expect(screen.getByText('UK branch')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Official website/ })).toHaveAttribute('href', 'https://uk.example');
    expect(screen.getByRole('link', { name: '0800 000 000' })).toHaveAttribute('href', 'tel:0800000000');
    expect(screen.queryByText(/look for "find a meeting"/)).not.toBeInTheDocument();
  });

  it('shows the Spanish page to an English reader in Mexico, but not in the UK', () => {
    const contacts = [{ website: 'https://f.example', spanish: 'https://f.example/es' }];
    render(<ContactLinks profile={profile(contacts)} region="mx" />);
    expect(screen.getByRole('link', { name: /Information in Spanish/ })).toHaveAttribute('href', 'https://f.example/es');
    cleanup();
    render(<ContactLinks profile={profile(contacts)} region="uk" />);
    expect(screen.queryByRole('link', { name: /Information in Spanish/ })).not.toBeInTheDocument();
  });
});

describe('ContactLinks in Spanish', () => {
  it('says when the details were checked, in Spanish', async () => {
    await setUpTestI18n('es');
    render(<ContactLinks profile={profile([{ phone: '55 5264 2588', checked: '2026-12-01' }])} region="mx" />);
    expect(screen.getByText('Datos comprobados el 1 de diciembre de 2026.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '55 5264 2588' })).toHaveAttribute('href', 'tel:5552642588');
    await setUpTestI18n('en');
  });
});
