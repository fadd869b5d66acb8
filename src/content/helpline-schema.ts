/**
 * Crisis and advice lines per region, from content/helplines.yaml.
 * Validated at build time like the profiles; numbers change (see the fact sheet's traps), so each line carries sources.
 */
import { z } from 'zod';
import { REGIONS } from './vocabulary.ts';
import { httpsUrl, localizedText } from './schema.ts';

export const HELPLINE_TOPICS = ['crisis', 'alcohol', 'drugs', 'gambling', 'family', 'mental-health', 'general'] as const;

const helpline = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  name: localizedText,
  phone: z.string().regex(/^[0-9A-Z+ ()-]{2,24}$/, 'expected a phone number').optional(),
  text: localizedText.optional(),
  url: httpsUrl.optional(),
  hours: localizedText,
  topics: z.array(z.enum(HELPLINE_TOPICS)).min(1),
  sources: z.array(z.strictObject({ url: httpsUrl, supports: z.string().min(3) })).min(1),
});

const regionLines = z.strictObject({
  emergency: z.string().regex(/^[0-9]{2,4}$/, 'expected an emergency number such as 999').optional(),
  emergencyNote: localizedText.optional(),
  lines: z.array(helpline),
});

export const helplinesSchema = z.strictObject({
  lastReviewed: z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
  regions: z.strictObject(
    Object.fromEntries(REGIONS.map((r) => [r, regionLines])) as Record<(typeof REGIONS)[number], typeof regionLines>,
  ),
});

export type Helplines = z.infer<typeof helplinesSchema>;
export type Helpline = z.infer<typeof helpline>;
