/**
 * Real people's situations, written the way a counsellor who knew every group would judge
 * them: each principle, each hard rule, every family relationship, every region, both
 * languages. Used by personas.test.ts. Expectations name what must (and must
 * not) happen, never a whole list, so they survive new facts in the catalogue.
 */
import { BY_PRINCIPLE } from './by-principle';
import { FAMILY } from './family';
import { PLACES_AND_PREFERENCES } from './places-and-preferences';
import type { Persona } from './persona';

export type { Persona };

export const PERSONAS: Persona[] = [...BY_PRINCIPLE, ...FAMILY, ...PLACES_AND_PREFERENCES];
