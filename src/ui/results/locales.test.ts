import { describe, expect, it } from 'vitest';
import en from '../../locales/en/results.json';
import es from '../../locales/es/results.json';

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('results strings', () => {
  it('has the same keys in English and Spanish, none of them empty', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
    for (const tree of [en, es]) {
      for (const key of keys(tree)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        expect(value, key).toMatch(/\S/);
      }
    }
  });
});
