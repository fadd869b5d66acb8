import { describe, expect, it } from 'vitest';
import { bestMeetingRoute, contactFor, contactWarnings, meetingRouteFor } from './contacts';

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

describe('bestMeetingRoute', () => {
  it('prefers a finder, then online meetings, then a phone, then an ask text, then the website', () => {
    const all = { meetingFinder: 'f', onlineMeetings: 'o', phone: 'p', ask: 'a', website: 'w' };
    expect(bestMeetingRoute(all)).toBe('meetingFinder');
    expect(bestMeetingRoute({ ...all, meetingFinder: undefined })).toBe('onlineMeetings');
    expect(bestMeetingRoute({ phone: 'p', ask: 'a', website: 'w' })).toBe('phone');
    expect(bestMeetingRoute({ ask: 'a', website: 'w' })).toBe('ask');
    expect(bestMeetingRoute({ website: 'w' })).toBe('website');
    expect(bestMeetingRoute({})).toBe('none');
  });
});

describe('contactWarnings', () => {
  it('warns when the worldwide contact offers only a website', () => {
    const warnings = contactWarnings([{ website: 'https://x.example' }]);
    expect(warnings).toEqual([{ field: 'contacts[0]', message: expect.stringMatching(/no meeting finder/) }]);
  });

  it('accepts an honest ask text as the way to a meeting, and does not ask regional entries for one', () => {
    expect(contactWarnings([{ ask: 'Ask your local office' }, { regions: ['uk'], website: 'https://uk.example' }])).toEqual([]);
  });

  it('warns when a finder or phone has no checked date', () => {
    const warnings = contactWarnings([{ meetingFinder: 'https://x.example/find' }, { regions: ['uk'], phone: '0800 000', checked: '2026-12-01' }]);
    expect(warnings.map((w) => w.field)).toEqual(['contacts[0].checked']);
  });
});

describe('meetingRouteFor', () => {
  const withBranches = [
    { website: 'https://world.example', meetingFinder: 'https://world.example/find' },
    { regions: ['us' as const], phone: '888 000', checked: '2026-12-01' },
    { regions: ['au' as const], meetingFinder: 'https://au.example/find', checked: '2026-11-30' },
  ];

  it("dates the route by the entry that supplies it, not by the branch's other fields", () => {
    expect(meetingRouteFor(withBranches, 'us')).toEqual({ route: 'meetingFinder' });
    expect(meetingRouteFor(withBranches, 'au')).toEqual({ route: 'meetingFinder', checked: '2026-11-30' });
  });

  it('uses the worldwide date where no branch replaces the route', () => {
    expect(meetingRouteFor([{ onlineMeetings: 'https://o.example', checked: '2026-10-01' }, { regions: ['uk'], ask: 'Ask.' }], 'uk')).toEqual({
      route: 'onlineMeetings',
      checked: '2026-10-01',
    });
  });
});
