/** Small, readable profiles for engine tests: start from a broad secular group and change what the test is about. */
import type { GroupProfile } from './types';

export function makeProfile(overrides: Partial<GroupProfile> & { id: string }): GroupProfile {
  return {
    status: 'active',
    audience: 'person',
    problems: ['alcohol', 'opioids', 'stimulants', 'cannabis', 'prescription-drugs', 'other-drugs', 'gambling'],
    problemSpecific: false,
    approaches: ['secular-cbt'],
    spirituality: 'none',
    goals: ['abstinence'],
    age: 'not-stated',
    formats: [{ format: 'in-person' }, { format: 'online-video' }],
    styles: ['practical-tools'],
    medication: { recovery: 'not-stated', mentalHealth: 'not-stated' },
    contacts: [{}],
    reach: [{ 'in-person': 'many', 'online-video': 'many' }],
    ...overrides,
  };
}
