import { describe, expect, it } from 'vitest';
import { telHref } from './phone-link';

describe('telHref', () => {
  it('keeps digits and a leading plus, and drops spaces and dashes', () => {
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('+44 (0)300 123-6600')).toBe('tel:+4403001236600');
  });

  it('turns letters into the digits on a phone keypad', () => {
    expect(telHref('1-800-MY-RESET')).toBe('tel:18006973738');
  });
});
