// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { Answers } from '../../engine/answers';
import { renderResults, setUpStrings } from './test-render';


beforeAll(() => setUpStrings('en'));
afterEach(cleanup);

/** The "Why isn't a group on my list?" disclosure. */
const leftOut = () => screen.getByText('Why isn’t a group on my list?').closest('details')!;
/** The list item that names a left-out group, with its reason. */
const leftOutItem = (name: string) => within(leftOut()).getByRole('link', { name }).closest('li')!;

describe('results for a person who prefers no religion', () => {
  const answers: Answers = { for: 'me', concerns: ['alcohol'], spirituality: 'secular', goal: 'stop', region: 'uk' };

  it('puts non-religious groups first, each with its reasons', async () => {
    await renderResults(answers);
    expect(screen.getByRole('heading', { level: 1, name: 'Groups that may suit you' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Your closest matches' });
    const cards = within(list).getAllByRole('article');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(5);
    expect(cards[0]).toHaveAccessibleName('SMART Recovery (SMART)');
    const smart = cards[0]!;
    // Closed, the card is the shortlist entry: strength, what decided it, and a way to open the rest.
    expect(within(smart).getByText(/^(Strong match|Good match|Worth a look)$/)).toBeInTheDocument();
    expect(within(smart).getByText('Why it may fit you:').closest('p')!.textContent!.length).toBeGreaterThan(30);
    const more = within(smart).getByText('More about SMART Recovery');
    expect(more.tagName).toBe('SUMMARY');
    expect(more.closest('details')).not.toHaveAttribute('open');
    expect(within(smart).getByRole('heading', { level: 4, name: 'Why it may fit you' })).toBeInTheDocument();
    expect(within(smart).getByText(/You would prefer a non-religious approach/)).toBeInTheDocument();
    expect(within(smart).getByRole('heading', { level: 4, name: 'How to find a meeting' })).toBeInTheDocument();
    expect(within(smart).getByText(/Facts last checked on/)).toBeInTheDocument();
    expect(within(smart).getByRole('link', { name: 'Read more about SMART Recovery' })).toHaveAttribute('href', '#/groups/smart-recovery');
    expect(within(list).getByRole('article', { name: 'LifeRing Secular Recovery (LifeRing)' })).toBeInTheDocument();
  });

  it('keeps AA in view with an honest caution, and says why the others are not on the list', async () => {
    await renderResults(answers);
    expect(screen.getByRole('article', { name: /Alcoholics Anonymous/ })).toHaveTextContent('You said you would prefer a non-religious approach.');
    // A group that ranked lower says what weighed against it, or that nothing did.
    expect(leftOutItem('Wellbriety Movement (White Bison)')).toHaveTextContent(/What weighed against it: It is built for Native American/);
    expect(leftOutItem('Celebrate Recovery')).toHaveTextContent('It is built on the Christian faith, and you would prefer a non-religious approach.');
  });

  it('shows UK helplines and warns that stopping drinking suddenly can be dangerous', async () => {
    await renderResults(answers);
    const safety = screen.getByRole('region', { name: 'If you need help now' });
    expect(within(safety).getByText(/not a crisis service/)).toBeInTheDocument();
    expect(within(safety).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    expect(within(safety).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    // The line itself names the numbers, closed or open.
    expect(within(safety).getByText('If you need help now').closest('summary')).toHaveTextContent('Emergency 999');
    const stopping = screen.getByText('Stopping safely').closest('details')!;
    expect(within(stopping).getByText(/can cause seizures/)).toBeInTheDocument();
    const source = within(stopping).getByRole('link', { name: 'Alcohol withdrawal (Drinkaware)' });
    expect(source.getAttribute('href')).toMatch(/^https:\/\/drinkaware\.co\.uk\//);
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByText('Overdose risk after a break')).toBeNull();
  });
});

describe('results for a family member who wants to help', () => {
  const answers: Answers = {
    for: 'someone-else',
    relationship: 'parent',
    concerns: ['opioids'],
    goal: 'stop',
    familyGoal: 'help-them',
    region: 'us',
  };

  it('shows support for them and groups their loved one could try, in two sections', async () => {
    await renderResults(answers);
    expect(screen.getByRole('heading', { level: 1, name: 'Support for you and the person you care about' })).toBeInTheDocument();
    const forYou = screen.getByRole('region', { name: 'Support for you' });
    const forThem = screen.getByRole('region', { name: 'Groups they could try' });
    expect(within(forYou).getByRole('article', { name: /SMART Recovery Family & Friends/ })).toBeInTheDocument();
    expect(within(forThem).getByRole('article', { name: 'Narcotics Anonymous (NA)' })).toBeInTheDocument();
    expect(within(forThem).getAllByRole('heading', { level: 4, name: 'Why it may fit them' }).length).toBeGreaterThan(0);
    expect(within(forYou).queryByRole('article', { name: 'Narcotics Anonymous (NA)' })).toBeNull();
  });

  it('explains CRAFT with a research source, and the overdose risk after a break', async () => {
    await renderResults(answers);
    const craft = screen.getByRole('complementary', { name: 'Helping the person you care about towards help' });
    expect(within(craft).getByText(/Community Reinforcement and Family Training/)).toBeInTheDocument();
    expect(within(craft).getByText(/SMART Recovery Family & Friends/)).toBeInTheDocument();
    expect(within(craft).getByRole('link', { name: /review of CRAFT studies \(Addiction, 2020\)/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.1111/add.14901',
    );
    const overdose = screen.getByText('Overdose risk after a break').closest('details')!;
    expect(within(overdose).getByText(/after leaving prison/)).toBeInTheDocument();
  });

  it('groups the left-out reasons by list', async () => {
    await renderResults(answers);
    const forYouLeftOut = within(leftOut()).getByRole('list', { name: 'Not in “Support for you”' });
    expect(within(forYouLeftOut).getByRole('link', { name: 'Narcotics Anonymous' }).closest('li')).toHaveTextContent(
      'It is for the person with the problem, not for family and friends. It is among the groups they could try.',
    );
    expect(within(leftOut()).getByRole('list', { name: 'Not in “Groups they could try”' })).toBeInTheDocument();
  });

  it('lists the left-out groups of each list by name, A to Z', async () => {
    await renderResults(answers);
    for (const list of within(leftOut()).getAllByRole('list')) {
      const names = within(list).getAllByRole('link').map((link) => link.textContent ?? '');
      expect(names.length).toBeGreaterThan(1);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('never points at "the groups they could try" for a group that is not there', async () => {
    await renderResults({ ...answers, theirGender: 'man' });
    const forYouLeftOut = within(leftOut()).getByRole('list', { name: 'Not in “Support for you”' });
    const them = screen.getByRole('region', { name: 'Groups they could try' });
    expect(within(them).queryByRole('article', { name: /Women for Sobriety/ })).toBeNull();
    expect(within(forYouLeftOut).getByRole('link', { name: 'Women for Sobriety' }).closest('li')).toHaveTextContent(
      'It is for the person with the problem, not for family and friends.',
    );
  });

  it('leaves CRAFT out for someone who wants support for themselves only', async () => {
    await renderResults({ ...answers, familyGoal: 'cope' });
    expect(screen.queryByRole('complementary', { name: 'Helping the person you care about towards help' })).toBeNull();
  });
});

describe('results for someone under 18', () => {
  it('says why adult-only groups are missing and suggests a trusted adult', async () => {
    await renderResults({ for: 'me', concerns: ['cannabis'], age: 'under-18', region: 'uk' });
    expect(screen.getByText(/You are under 18, so groups only for adults are not on your list/)).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Double Trouble in Recovery/ })).toBeNull();
    expect(leftOutItem('Double Trouble in Recovery')).toHaveTextContent('It is only for adults.');
    // The FRANK drugs line is among the helplines shown first; the gambling line waits under "More helplines".
    const safety = screen.getByRole('region', { name: 'If you need help now' });
    expect(within(safety).getByRole('link', { name: 'Call 0300 123 6600' })).toBeInTheDocument();
    expect(within(safety).getByText(/National Gambling Helpline/)).toBeInTheDocument();
  });
});

describe('results without a region', () => {
  it('offers to ask where the person lives, to show helplines there', async () => {
    const { send } = await renderResults({ for: 'me', concerns: ['alcohol'] });
    const button = await screen.findByRole('button', { name: 'Tell us where you live to see free helplines there' });
    button.click();
    expect(send).toHaveBeenCalledWith({ type: 'answers.change', step: 'region' });
  });
});

describe('results built in steps (issue 13)', () => {
  const answers: Answers = { for: 'me', concerns: ['alcohol'], goal: 'stop', region: 'us' };

  it('shows the first screen first, says the page is still filling in, then adds the rest below it', async () => {
    await renderResults(answers, { complete: false });
    const page = document.querySelector('.results-screen')!;
    const top = screen.getByRole('region', { name: 'Your closest matches' });
    // The first screen: the heading, the help panel and the top list's first cards.
    const first = within(top).getAllByRole('article').length;
    expect(first).toBeGreaterThanOrEqual(2);
    expect(page).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('button', { name: 'Print my plan' })).not.toBeInTheDocument();

    await waitFor(() => expect(page).not.toHaveAttribute('aria-busy'), { timeout: 3000 });
    expect(within(top).getAllByRole('article').length).toBeGreaterThanOrEqual(first);
    const print = screen.getByRole('button', { name: 'Print my plan' });
    // What came later sits after the top list, so arriving it moved nothing above it.
    expect(top.compareDocumentPosition(print) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Why isn’t a group on my list?')).toBeInTheDocument();
  });
});
