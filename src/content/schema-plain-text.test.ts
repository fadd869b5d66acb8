import { describe, expect, it } from 'vitest';
import { profileSchema } from './schema';

/** The two fields the issue named: shown as text, so they follow the plain-text rule of every other text. */
const fieldOf = (name: 'abbreviation' | 'sources') => (profileSchema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>)[name]!;

describe('abbreviation and sources[].supports refuse markup and script links', () => {
  it.each(['<b>AA</b>', 'javascript:alert(1)', '<img src=x onerror=alert(1)>'])('abbreviation %s', (value) => {
    expect(fieldOf('abbreviation').safeParse(value).success).toBe(false);
  });
  it('abbreviation accepts plain text', () => {
    expect(fieldOf('abbreviation').safeParse('SMART').success).toBe(true);
  });
  it.each(['<a href="x">facts</a>', 'see javascript:void(0)'])('sources[].supports %s', (supports) => {
    expect(fieldOf('sources').safeParse([{ url: 'https://example.org/', supports }]).success).toBe(false);
  });
  it('sources[].supports accepts a plain note', () => {
    expect(fieldOf('sources').safeParse([{ url: 'https://example.org/', supports: 'meeting counts, 2024' }]).success).toBe(true);
  });
});
