/**
 * A clinic's colours, font and corners, applied as CSS custom properties on <html>
 * (src/ui/styles.css reads them). Through element.style, because the app's CSP
 * (style-src 'self') forbids <style> elements. The accent is checked against WCAG AA
 * (4.5:1) for button text on it and for links on the page, and adjusted until it passes.
 */
import type { Theme } from './settings-schema';

export type Mode = 'light' | 'dark';
export const AA_CONTRAST = 4.5;

/** The page background per mode (styles.css --background): links in the accent colour sit on it. */
export const PAGE_BACKGROUND: Record<Mode, string> = { light: '#fdfbf7', dark: '#121a21' };
/**
 * Text on accent-coloured buttons and header (styles.css --accent-contrast). White in light
 * mode; dark in dark mode, where a light accent is needed to stand out on the dark page.
 */
export const TEXT_ON_ACCENT: Record<Mode, string> = { light: '#ffffff', dark: '#0b1620' };

const DEFAULT_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

export const toHex = (rgb: Rgb): string =>
  `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export const passesAA = (accent: string, mode: Mode): boolean =>
  contrastRatio(accent, TEXT_ON_ACCENT[mode]) >= AA_CONTRAST && contrastRatio(accent, PAGE_BACKGROUND[mode]) >= AA_CONTRAST;

/**
 * The accent itself if it passes; otherwise the same hue mixed towards black (light mode)
 * or white (dark mode) in small steps, stopping at the first colour that passes.
 */
export function accessibleAccent(accent: string, mode: Mode): string {
  const start = toHex(parseHex(accent));
  if (passesAA(start, mode)) return start;
  const rgb = parseHex(start);
  const target = mode === 'light' ? 0 : 255;
  for (let step = 1; step <= 50; step++) {
    const t = step / 50;
    const mixed = toHex(rgb.map((c) => c + (target - c) * t) as Rgb);
    if (passesAA(mixed, mode)) return mixed;
  }
  return toHex([target, target, target]);
}

/** Applies the theme to `root` and returns one warning per change made to what was asked. */
export function applyTheme(theme: Theme | undefined, root: HTMLElement = document.documentElement): string[] {
  const warnings: string[] = [];
  if (!theme) return warnings;
  const mode: Mode = theme.mode ?? 'light';
  if (theme.mode === 'dark') root.dataset.theme = 'dark';
  if (theme.accent) {
    const accent = accessibleAccent(theme.accent, mode);
    if (accent !== toHex(parseHex(theme.accent))) {
      const text = contrastRatio(theme.accent, TEXT_ON_ACCENT[mode]).toFixed(2);
      const page = contrastRatio(theme.accent, PAGE_BACKGROUND[mode]).toFixed(2);
      warnings.push(
        `theme.accent: ${theme.accent} has contrast ${text}:1 with button text and ${page}:1 with the ${mode} page; ` +
          `WCAG AA needs ${AA_CONTRAST}:1, so ${accent} (${mode === 'light' ? 'darker' : 'lighter'}) is used instead`,
      );
    }
    root.style.setProperty('--accent', accent);
    root.style.setProperty('--accent-contrast', TEXT_ON_ACCENT[mode]);
  }
  // The clinic's font first; the app's own list after it, in case that font is not on the device.
  if (theme.font) root.style.setProperty('--font', `${theme.font}, ${DEFAULT_FONTS}`);
  if (theme.radius !== undefined) root.style.setProperty('--radius', `${theme.radius}px`);
  return warnings;
}
