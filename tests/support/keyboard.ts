/**
 * Keyboard-only driving: Tab to a control by its accessible name, then press keys,
 * as a person without a mouse would. No clicks, no programmatic focus.
 */
import type { Page } from 'playwright-core';

const MAX_TABS = 80;

/** The accessible-ish name of the focused element: its label, aria-label or text. */
async function focusedName(page: Page): Promise<{ name: string; role: string; type: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { name: '', role: '', type: '' };
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return { name: label.replace(/\s+/g, ' ').trim(), role: el.tagName.toLowerCase(), type: input.type ?? '' };
  });
}

/** Presses Tab until the focused control's name matches, then stops there. */
export async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (matches((await focusedName(page)).name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Activates a button or link by keyboard. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

/** Chooses a radio option: Tab into the group, then arrow keys (which select) until it is the one. */
export async function chooseRadio(page: Page, label: string): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)).type === 'radio') break;
  }
  for (let i = 0; i < 12; i++) {
    const focused = await focusedName(page);
    if (focused.name === label) {
      await page.keyboard.press('Space'); // selects it if the group had no selection yet
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no radio option "${label}"`);
}

/** Ticks checkboxes by Tab and Space. */
export async function tick(page: Page, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    await tabTo(page, label);
    await page.keyboard.press('Space');
  }
}

/** Starts again from the top of the page, so the next Tab begins at the skip link. */
export async function fromTop(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}
