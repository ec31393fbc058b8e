// The tab scan's own table of top-level keys (src/source/indent-tabs-meant.ts; src/source may not import src/schema)
// held to the schema's Norwegian names: a name the schema reads as a top-level list is one the scan knows too.
import { describe, expect, it } from 'vitest';
import { TOP_LEVEL_KEYS } from '../../src/source/indent-tabs-meant.js';
import { englishKeyFor, norwegianKeys } from '../../src/schema/norwegian-keys.js';

const ENGLISH = [...new Set(TOP_LEVEL_KEYS.values())];

describe('the tab scan’s top-level keys', () => {
  it('hold every Norwegian name the schema reads as a top-level key, mapped to the same list', () => {
    const missing = norwegianKeys().flatMap((key) => {
      const english = englishKeyFor(key, ENGLISH);
      return english === undefined || TOP_LEVEL_KEYS.get(key) === english ? [] : [`${key} → ${english}`];
    });
    expect(missing).toEqual([]);
  });

  it('map each English top-level key to itself', () => {
    for (const key of ENGLISH) expect(TOP_LEVEL_KEYS.get(key)).toBe(key);
  });
});
