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
    expect(ids.allocate('Æ-1')).toEqual({ id: 'AE-1', isChanged: true, isRepeated: false, taken: null });
    expect(ids.allocate('Øst')).toEqual({ id: 'Ost', isChanged: true, isRepeated: false, taken: null });
    expect(ids.allocate('gå')).toEqual({ id: 'ga', isChanged: true, isRepeated: false, taken: null });
    expect(ids.allocate('__proto__')).toEqual({ id: '__proto__', isChanged: false, isRepeated: false, taken: null });
    expect(ids.allocate('__proto__')).toEqual({ id: '__proto__-2', isChanged: true, isRepeated: true, taken: null });
    expect(ids.allocate('AE 1')).toEqual({ id: 'AE-1-2', isChanged: true, isRepeated: false, taken: 'AE-1' });
  });

  it('keeps every valid id the file writes for its own row, wherever it is; only changed ids get a number (tester round 11 #1)', () => {
    const written = ['A 100', 'A-100', 'X', 'X', 'X-2', 'Ost', 'Øst'];
    const ids = new IdAllocator(written);
    expect(written.map((raw) => ids.allocate(raw))).toEqual([
      // A-100 is a later row's own id: the row whose id is no milepel id gets the number.
      { id: 'A-100-2', isChanged: true, isRepeated: false, taken: 'A-100' },
      { id: 'A-100', isChanged: false, isRepeated: false, taken: null },
      { id: 'X', isChanged: false, isRepeated: false, taken: null },
      // A repeated valid id is numbered past the ids other rows write (X-2 is the next row's).
      { id: 'X-3', isChanged: true, isRepeated: true, taken: null },
      { id: 'X-2', isChanged: false, isRepeated: false, taken: null },
      { id: 'Ost', isChanged: false, isRepeated: false, taken: null },
      { id: 'Ost-2', isChanged: true, isRepeated: false, taken: 'Ost' },
    ]);
  });
  it('holds an id only as a row writes it: a fallback and a padded id yield to it, a padded one still to no cleaned id (tester round 13 #5)', () => {
    // P6: an activity without a code falls back on its task_id 4; another activity's code is 4. "A-100 " has blanks.
    const ids = new IdAllocator(['', '4', 'A-100 ', 'A-100']);
    expect(ids.allocate('4', 'fallback')).toEqual({ id: '4-2', isChanged: true, isRepeated: false, taken: '4' });
    expect(ids.allocate('4')).toEqual({ id: '4', isChanged: false, isRepeated: false, taken: null });
    expect(ids.allocate('A-100 ')).toEqual({ id: 'A-100-2', isChanged: true, isRepeated: false, taken: 'A-100' });
    expect(ids.allocate('A-100')).toEqual({ id: 'A-100', isChanged: false, isRepeated: false, taken: null });
    // B-1 is held for the padded " B-1" below, which no row writes exactly: the cleaned "B 1" is numbered, not it.
    const padded = new IdAllocator([' B 1', ' B-1', ' C', ' C', ' D']);
    expect(padded.allocate(' B 1')).toEqual({ id: 'B-1-2', isChanged: true, isRepeated: false, taken: 'B-1' });
    expect(padded.allocate(' B-1')).toEqual({ id: 'B-1', isChanged: true, isRepeated: false, taken: null });
    expect(padded.allocate(' C')).toEqual({ id: 'C', isChanged: true, isRepeated: false, taken: null });
    expect(padded.allocate(' C')).toEqual({ id: 'C-2', isChanged: true, isRepeated: true, taken: null });
    // A fallback avoids the padded ids too, wherever their rows are.
    expect(padded.allocate('D', 'fallback')).toEqual({ id: 'D-2', isChanged: true, isRepeated: false, taken: 'D' });
    expect(padded.allocate(' D')).toEqual({ id: 'D', isChanged: true, isRepeated: false, taken: null });
  });
});

// Tester round 38 F6, F7: each repeat of an id tried its numbers from 2 (20,000 rows of one id: 32 s), and the dashes
// at an id's ends were cut by a pattern that retried a run of them inside it (160,000 dashes: 32 s).
describe('numbering and cleaning at scale', () => {
  it('numbers repeats from where the last one stopped, past numbers taken otherwise, as before', () => {
    const ids = new IdAllocator(['B-3']);
    expect(['B', 'B', 'B', 'B-3', 'B', 'C', 'B'].map((raw) => ids.allocate(raw).id)).toEqual(['B', 'B-2', 'B-4', 'B-3', 'B-5', 'C', 'B-6']);
    const many = new IdAllocator();
    const last = Array.from({ length: 20000 }, () => many.allocate('A 1').id).at(-1);
    expect(last).toBe('A-1-20000');
  });

  it('cuts the dashes at the ends only, however many are inside', () => {
    expect(new IdAllocator().allocate(`--a${'-'.repeat(160000)}b--`).id).toBe(`a${'-'.repeat(160000)}b`);
    expect(toPlanId(`  Plan ${'-'.repeat(100000)} X  `, 'p')).toBe('plan-x');
  });
});
