import { describe, expect, it } from 'vitest';
import { contactFor } from './contacts';

const contacts = [
  { website: 'https://www.aa.org', meetingFinder: 'https://www.aa.org/find-aa' },
  { regions: ['uk' as const], website: 'https://www.alcoholics-anonymous.org.uk', phone: '0800 9177 650' },
];

describe('contactFor', () => {
  it('uses the regional branch where there is one, keeping worldwide fields it does not replace', () => {
    expect(contactFor(contacts, 'uk')).toEqual({
      website: 'https://www.alcoholics-anonymous.org.uk',
      meetingFinder: 'https://www.aa.org/find-aa',
      phone: '0800 9177 650',
    });
  });

  it('uses the worldwide entry elsewhere or when the region is unknown', () => {
    expect(contactFor(contacts, 'au')).toEqual(contacts[0]);
    expect(contactFor(contacts, undefined)).toEqual(contacts[0]);
  });
});
