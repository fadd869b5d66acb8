// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../locales/en/pages.json';
import es from '../../locales/es/pages.json';
import { renderInfoPage } from './test-render';

afterEach(cleanup);

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('Spanish information pages', () => {
  it('have exactly the same keys as the English ones', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('render in Spanish, with the controls named as the Spanish screens name them', async () => {
    await renderInfoPage({ page: 'privacy' }, 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacidad' })).toBeInTheDocument();
    expect(screen.getByText(/Si marca “Recordar mis respuestas en este dispositivo”/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Volver al inicio' })).toHaveLength(2);
  });
});
