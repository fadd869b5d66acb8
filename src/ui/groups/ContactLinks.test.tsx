// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalizedProfile } from '../../content/types';
import { setUpTestI18n } from '../test-i18n';
import { ContactLinks } from './ContactLinks';

beforeAll(() => setUpTestI18n('en'));

const profile = (contacts: LocalizedProfile['contacts']) => ({ id: 'x', contacts }) as LocalizedProfile;

describe('ContactLinks', () => {
  it('links the meeting finder, and tells the destination nothing about where the person came from', () => {
    render(<ContactLinks profile={profile([{ website: 'https://a.example', meetingFinder: 'https://a.example/find' }])} region="uk" />);
    const link = screen.getByRole('link', { name: /Find a meeting/ });
    expect(link).toHaveAttribute('href', 'https://a.example/find');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByText(/look for "find a meeting"/)).not.toBeInTheDocument();
  });

  it('says honestly when there is no checked finder, and points to the website', () => {
    render(<ContactLinks profile={profile([{ website: 'https://b.example' }])} region={undefined} />);
    expect(screen.getByRole('link', { name: /Official website/ })).toHaveAttribute('href', 'https://b.example');
    expect(screen.getByText(/look for "find a meeting" on its website/)).toBeInTheDocument();
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
  });
});
