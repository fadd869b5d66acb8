/** Messages between the page and the meetings worker. */
import type { FeedInput, LoadSummary } from './engine';
import type { GroupMeetings, MeetingQuery } from './next-meetings';
import type { PlaceMatch } from './places';

export type WorkerRequest =
  | { id: number; kind: 'load'; feeds: FeedInput[] }
  | { id: number; kind: 'query'; query: MeetingQuery }
  | { id: number; kind: 'place'; text: string };

export type WorkerResponse =
  | { id: number; kind: 'load'; result: LoadSummary }
  | { id: number; kind: 'query'; result: GroupMeetings[] }
  | { id: number; kind: 'place'; result: PlaceMatch }
  | { id: number; kind: 'error'; message: string };
