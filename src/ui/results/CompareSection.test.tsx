// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answers } from '../../engine/answers';
import { renderResults, setUpStrings } from './test-render';


beforeAll(() => setUpStrings('en'));
afterEach(cleanup);

const answers: Answers = { for: 'me', concerns: ['alcohol'], spirituality: 'secular', goal: 'stop', region: 'uk' };
const box = (name: string) => screen.getByRole('checkbox', { name: `Compare ${name}` });

describe('comparing groups', () => {
  it('shows a table for two chosen groups and stops a fourth choice, saying why', async () => {
    const user = userEvent.setup();
    await renderResults(answers);
    const compare = screen.getByRole('region', { name: 'Compare groups side by side' });
    expect(within(compare).queryByRole('table')).toBeNull();

    await user.click(box('SMART Recovery'));
    // The answer comes where the box was ticked, not in a section further down.
    const smartCard = screen.getByRole('article', { name: 'SMART Recovery (SMART)' });
    expect(within(smartCard).getByRole('status')).toHaveTextContent('You have chosen 1 group to compare. Choose one more to compare.');
    await user.click(box('LifeRing Secular Recovery'));
    const lifeRingCard = screen.getByRole('article', { name: 'LifeRing Secular Recovery (LifeRing)' });
    expect(within(lifeRingCard).getByRole('status')).toHaveTextContent('You have chosen 2 groups to compare.');
    await user.click(within(lifeRingCard).getByRole('button', { name: 'See the comparison' }));
    expect(within(compare).getByRole('heading', { name: 'Compare groups side by side' })).toHaveFocus();
    // The same facts for a phone, one group under another, in plain words.
    expect(within(compare).getByRole('heading', { level: 3, name: 'SMART Recovery (SMART)' })).toBeInTheDocument();
    expect(within(compare).getAllByText('Practical tools from talking therapy (CBT), with no religion').length).toBeGreaterThan(0);

    const table = within(compare).getByRole('table', { name: 'Comparing SMART Recovery and LifeRing Secular Recovery' });
    const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(columns).toEqual(['SMART Recovery (SMART)', 'LifeRing Secular Recovery (LifeRing)']);
    const spiritual = within(table).getByRole('rowheader', { name: 'Spiritual side' }).closest('tr')!;
    expect(within(spiritual).getAllByRole('cell').map((td) => td.textContent)).toEqual(['None', 'None']);
    for (const row of ['Approach', 'Goals it supports', 'Who it is for', 'How you can take part', 'Cost']) {
      expect(within(table).getByRole('rowheader', { name: row })).toBeInTheDocument();
    }

    const others = screen.getAllByRole('checkbox').filter((c) => !(c as HTMLInputElement).checked);
    await user.click(others[0]!);
    const fourth = screen.getAllByRole('checkbox').find((c) => !(c as HTMLInputElement).checked)!;
    expect(fourth).toBeDisabled();
    expect(fourth).toHaveAccessibleDescription(/You can compare up to three groups at a time/);
    expect(within(compare).getAllByRole('columnheader')).toHaveLength(3);

    await user.click(box('SMART Recovery'));
    expect(fourth).toBeEnabled();
    expect(within(compare).getAllByRole('columnheader')).toHaveLength(2);
  });
});
