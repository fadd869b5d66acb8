/**
 * Where to find a group for a region: the worldwide entry, overridden field by
 * field by the entry for that region (e.g. AA Great Britain for the UK).
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
