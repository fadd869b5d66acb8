// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../engine/answers';
import type { LanguageContent } from '../../content/types';
import { recommendMessages } from '../../engine/recommend';
import loaders from './test-content';
import { forgetRehearsal, rehearseFirstCard } from './rehearse-first-card';
import { setUpStrings } from './test-render';

let content: LanguageContent;
beforeAll(async () => {
  await setUpStrings('en');
  content = await loaders.en!();
});

const answers: Answers = { for: 'me', concerns: ['gambling'], goal: 'stop', region: 'uk' };

describe('rehearseFirstCard', () => {
  beforeEach(() => forgetRehearsal());

  it('lays out the person’s own first card out of sight and hearing, out of reach of Tab, then leaves nothing behind', async () => {
    const top = recommendMessages({ ...answers, language: 'en' }, content.catalogue).forYou[0]!;
    const name = content.catalogue.find((p) => p.id === top.id)!.name;
    const seen: { hidden: string | null; inert: boolean; text: string; inMain: boolean }[] = [];
    const observer = new MutationObserver(() => {
      const host = document.querySelector('.results-rehearsal');
      if (host) seen.push({ hidden: host.getAttribute('aria-hidden'), inert: host.hasAttribute('inert'), text: host.textContent ?? '', inMain: !!host.closest('main') });
    });
    observer.observe(document.body, { childList: true, subtree: true });

    await rehearseFirstCard(answers, content);
    observer.disconnect();

    expect(seen.length).toBeGreaterThan(0);
    const withCard = seen.find((s) => s.text.includes(name));
    expect(withCard, `the rehearsal should hold ${name}, the top group for these answers`).toBeDefined();
    expect(withCard!.hidden).toBe('true');
    expect(withCard!.inert, 'its buttons and links must not take focus').toBe(true);
    expect(withCard!.inMain).toBe(false);
    expect(document.querySelector('.results-rehearsal')).toBeNull();
    expect(document.querySelectorAll('article')).toHaveLength(0);
  });

  it('fails quietly and leaves nothing behind when the card cannot be built (the results show the error)', async () => {
    const broken = { ...content, catalogue: null as never };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(rehearseFirstCard(answers, broken)).resolves.toBeUndefined();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    expect(document.querySelector('.results-rehearsal')).toBeNull();
  });

  it('runs once a page: a second call waits for the first, and the results never meet its hidden card', async () => {
    let hosts = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) hosts += [...record.addedNodes].filter((node) => node instanceof Element && node.matches('.results-rehearsal')).length;
    });
    observer.observe(document.body, { childList: true });
    const first = rehearseFirstCard(answers, content);
    const second = rehearseFirstCard(answers, content);
    await second;
    expect(document.querySelector('.results-rehearsal'), 'gone once the second call resolves').toBeNull();
    await first;
    await rehearseFirstCard(answers, content);
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
    expect(hosts).toBe(1);
  });
});
