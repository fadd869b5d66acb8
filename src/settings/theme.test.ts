// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { accessibleAccent, applyTheme, contrastRatio, PAGE_BACKGROUND, passesAA, TEXT_ON_ACCENT } from './theme';

describe('contrast', () => {
  it('matches the WCAG formula at the extremes and for a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('keeps an accent that passes in light mode, and the default accents pass', () => {
    expect(accessibleAccent('#005eb8', 'light')).toBe('#005eb8');
    expect(passesAA('#1d5f8a', 'light')).toBe(true);
    expect(passesAA('#7cc0f0', 'dark')).toBe(true);
  });

  it.each(['#ffdd00', '#4fa3e0', '#ff0000', '#ffffff', '#0f0'])('darkens %s in light mode until white text and the page both pass 4.5:1', (colour) => {
    const adjusted = accessibleAccent(colour, 'light');
    expect(contrastRatio(adjusted, TEXT_ON_ACCENT.light)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(adjusted, PAGE_BACKGROUND.light)).toBeGreaterThanOrEqual(4.5);
    expect(adjusted).not.toBe(colour);
  });

  it.each(['#005eb8', '#000000', '#1d5f8a'])('lightens %s in dark mode until it stands out on the dark page', (colour) => {
    const adjusted = accessibleAccent(colour, 'dark');
    expect(contrastRatio(adjusted, PAGE_BACKGROUND.dark)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(adjusted, TEXT_ON_ACCENT.dark)).toBeGreaterThanOrEqual(4.5);
  });

  it('changes as little as it can: one step less would fail', () => {
    const adjusted = accessibleAccent('#4fa3e0', 'light');
    expect(contrastRatio(adjusted, PAGE_BACKGROUND.light)).toBeLessThan(5.2);
  });
});

describe('applyTheme', () => {
  it('sets custom properties on the element, not a <style> (the CSP forbids those)', () => {
    const root = document.createElement('html');
    const warnings = applyTheme({ accent: '#005EB8', font: 'Georgia, serif', radius: 12, mode: 'dark' }, root);
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--accent')).not.toBe('#005eb8'); // too dark for the dark page
    expect(root.style.getPropertyValue('--accent-contrast')).toBe('#0b1620');
    expect(root.style.getPropertyValue('--font')).toMatch(/^Georgia, serif, system-ui/);
    expect(root.style.getPropertyValue('--radius')).toBe('12px');
    expect(warnings).toEqual([expect.stringMatching(/^theme.accent: #005EB8 has contrast .* so #[0-9a-f]{6} \(lighter\) is used instead$/)]);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('uses a passing accent as given, with white text and no warning', () => {
    const root = document.createElement('html');
    expect(applyTheme({ accent: '#05b' }, root)).toEqual([]);
    expect(root.style.getPropertyValue('--accent')).toBe('#0055bb');
    expect(root.style.getPropertyValue('--accent-contrast')).toBe('#ffffff');
    expect(root.dataset.theme).toBeUndefined();
  });

  it('does nothing without a theme', () => {
    const root = document.createElement('html');
    expect(applyTheme(undefined, root)).toEqual([]);
    expect(root.getAttribute('style')).toBeNull();
  });
});
