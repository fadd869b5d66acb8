/**
 * Where to find a group for a region: the worldwide entry, overridden field by
 * field by the entry for that region (e.g. AA Great Britain for the UK), and the
 * best next step it offers towards a meeting.
 */
import type { Region } from './vocabulary';

interface ContactLike {
  regions?: readonly Region[];
}

export function contactFor<C extends ContactLike>(contacts: readonly C[], region: Region | undefined): Omit<C, 'regions'> {
  const worldwide = contacts.find((c) => !c.regions);
  const regional = region ? contacts.find((c) => c.regions?.includes(region)) : undefined;
  const merged = { ...worldwide, ...regional } as C;
  delete merged.regions;
  return merged;
}

/**
 * The ways to a meeting, best first: a finder lists meetings near you, an online page lets you join from anywhere,
 * a phone line is a person who can tell you, an "ask" text is an honest next step, and a website is the last resort.
 */
export const MEETING_ROUTES = ['meetingFinder', 'onlineMeetings', 'phone', 'ask', 'website'] as const;
export type MeetingRoute = (typeof MEETING_ROUTES)[number] | 'none';

type RouteFields = Partial<Record<(typeof MEETING_ROUTES)[number], unknown>>;

export function bestMeetingRoute(contact: RouteFields): MeetingRoute {
  return MEETING_ROUTES.find((route) => contact[route] !== undefined) ?? 'none';
}

interface CheckableContact extends ContactLike, RouteFields {
  checked?: string;
}

/**
 * The best way to a meeting for a region, and when that way was checked: the date comes from the entry that
 * supplies the route (a branch's phone checked today says nothing about the worldwide finder it inherits).
 */
export function meetingRouteFor(contacts: readonly CheckableContact[], region: Region | undefined): { route: MeetingRoute; checked?: string } {
  const route = bestMeetingRoute(contactFor(contacts, region));
  if (route === 'none') return { route };
  const regional = region ? contacts.find((c) => c.regions?.includes(region)) : undefined;
  const from = regional?.[route] !== undefined ? regional : contacts.find((c) => !c.regions);
  return from?.checked ? { route, checked: from.checked } : { route };
}

export interface ContactWarning {
  field: string;
  message: string;
}

/**
 * Content warnings (not errors: a profile can still ship): the worldwide contact should always offer a way to a
 * meeting other than a bare website, and every link or phone should say when it was last checked.
 */
export function contactWarnings(contacts: readonly CheckableContact[]): ContactWarning[] {
  const warnings: ContactWarning[] = [];
  contacts.forEach((contact, i) => {
    const field = `contacts[${i}]`;
    const route = bestMeetingRoute(contact);
    if (!contact.regions && (route === 'website' || route === 'none')) {
      warnings.push({ field, message: 'no meeting finder, online meetings page, phone or ask text: people will only be sent to a website' });
    }
    const hasCheckable = contact.meetingFinder !== undefined || contact.onlineMeetings !== undefined || contact.phone !== undefined;
    if (hasCheckable && !contact.checked) {
      warnings.push({ field: `${field}.checked`, message: 'expected the date its finder, online page or phone was checked' });
    }
  });
  return warnings;
}
