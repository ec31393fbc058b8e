// Ids from foreign files (src/interchange/ids.ts): Norwegian letters spelt in ASCII, and why an id changed.
import { describe, expect, it } from 'vitest';
import { IdAllocator, toPlanId } from '../../src/interchange/ids.js';

describe('toPlanId', () => {
  it.each([
    ['milepæler', 'milepaeler'], ['Åse Østby', 'ase-ostby'], ['Ærlig talt – fase 2', 'aerlig-talt-fase-2'], ['???', 'fallback'],
  ])('%s → %s', (name, id) => expect(toPlanId(name, 'fallback')).toBe(id));
});

describe('IdAllocator', () => {
  it('spells æ ø å in ASCII (a tester saw Æ-1 become 1 and Øst st), and says when an id was only taken before', () => {
    const ids = new IdAllocator();
    expect(ids.allocate('Æ-1')).toEqual({ id: 'AE-1', isChanged: true, isRepeated: false });
    expect(ids.allocate('Øst')).toEqual({ id: 'Ost', isChanged: true, isRepeated: false });
    expect(ids.allocate('gå')).toEqual({ id: 'ga', isChanged: true, isRepeated: false });
    expect(ids.allocate('__proto__')).toEqual({ id: '__proto__', isChanged: false, isRepeated: false });
    expect(ids.allocate('__proto__')).toEqual({ id: '__proto__-2', isChanged: true, isRepeated: true });
    expect(ids.allocate('AE 1')).toEqual({ id: 'AE-1-2', isChanged: true, isRepeated: false });
  });
});
