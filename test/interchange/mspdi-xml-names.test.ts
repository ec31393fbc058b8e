// The common MSPDI reader's element-name table (src/interchange/mspdi/xml-names.ts): a name is found by the hash of
// all its bytes, comparing a bounded number of names (tester round 38 F9: keyed by first byte and length, 200,000
// distinct names took 94 s), and a file made to collide is left to saxes.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readCommonTree } from '../../src/interchange/mspdi/xml-common.js';
import { hashOf, HASH_START, hashStep, MAX_BUCKET, NameTable, type Name } from '../../src/interchange/mspdi/xml-names.js';
import { parseTree } from '../../src/interchange/mspdi/xml.js';
import { LINE } from '../../src/interchange/mspdi/xml-tree.js';

const ROOT = '<Project xmlns="http://schemas.microsoft.com/project">';

/** Eight names with one FNV-1a hash (three pairs that collide, each continuing from the state the one before ends in). */
const COLLIDING = ['C15vl8_33zx_ffz', 'C15vl8_33zx_o155', 'C15vl8_epad_ffz', 'C15vl8_epad_o155', 'C1mpd6_33zx_ffz', 'C1mpd6_33zx_o155', 'C1mpd6_epad_ffz', 'C1mpd6_epad_o155'];

function nameOf(text: string): Name {
  return { name: text, bytes: Buffer.from(text, 'latin1'), cls: 0, verbatim: false };
}

/** A tree as plain data: each record's line and its keys in order, so that two trees compare with toEqual. */
function plain(value: unknown): unknown {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plain);
  const record = value as Record<string | symbol, unknown>;
  return { line: record[LINE], entries: Object.keys(record).map((k) => [k, plain(record[k])]) };
}

describe('NameTable', () => {
  it('finds each of 200,000 distinct names, comparing about one name per lookup', () => {
    const table = new NameTable();
    const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `U${i}`).join(' '), 'latin1');
    const spans: [number, number, number][] = [];
    const wrong: string[] = [];
    for (let start = 0; start < bytes.length; ) {
      let end = bytes.indexOf(0x20, start);
      if (end < 0) end = bytes.length;
      const hash = hashOf(bytes, start, end);
      const name = bytes.toString('latin1', start, end);
      if (table.find(bytes, start, end, hash) !== undefined || !table.add(hash, nameOf(name))) wrong.push(name);
      spans.push([start, end, hash]);
      start = end + 1;
    }
    for (const [start, end, hash] of spans) if (table.find(bytes, start, end, hash)?.name !== bytes.toString('latin1', start, end)) wrong.push(bytes.toString('latin1', start, end));
    expect([spans.length, wrong]).toEqual([200_000, []]);
    // Keyed by first byte and length, the names fell into six keys: about 13,000 million comparisons in all.
    expect(table.probes).toBeLessThan(2 * 2 * 200_000);
  });

  it('hashes a byte at a time as over a span', () => {
    const bytes = Buffer.from('PredecessorLink', 'latin1');
    let h = HASH_START;
    for (const c of bytes) h = hashStep(h, c);
    expect(hashOf(bytes, 0, bytes.length)).toBe(h);
    expect(hashOf(bytes, 0, 0)).toBe(HASH_START);
  });

  it(`keeps at most ${MAX_BUCKET} names under one hash`, () => {
    const hashes = COLLIDING.map((n) => hashOf(Buffer.from(n, 'latin1'), 0, n.length));
    expect(new Set(hashes).size).toBe(1);
    const table = new NameTable();
    const added = COLLIDING.map((n) => table.add(hashes[0]!, nameOf(n)));
    expect(added).toEqual(COLLIDING.map((_, i) => i < MAX_BUCKET));
    const first = Buffer.from(COLLIDING[0]!, 'latin1');
    expect(table.find(first, 0, first.length, hashes[0]!)?.name).toBe(COLLIDING[0]);
  });
});

describe('readCommonTree with many element names', () => {
  it('reads 200,000 distinct child names (and empty ones) as saxes does', () => {
    const children = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? `<U${i}/>` : `<U${i}>${i}</U${i}>`)).join('');
    const xml = `${ROOT}<Tasks><Task><UID>1</UID>${children}<U1>again</U1><U0/></Task></Tasks></Project>`;
    const common = readCommonTree(Buffer.from(xml, 'latin1'));
    expect(common).toBeDefined();
    expect(plain(common)).toEqual(plain(parseTree(xml, false)));
  });

  it(`leaves a file with more than ${MAX_BUCKET} names of one hash to saxes, which reads it`, () => {
    const xml = `${ROOT}<Tasks><Task>${COLLIDING.map((n, i) => `<${n}>${i}</${n}>`).join('')}<${COLLIDING[0]}/></Task></Tasks></Project>`;
    expect(readCommonTree(Buffer.from(xml, 'latin1'))).toBeUndefined();
    const tree = parseTree(xml, true);
    const task = (((tree['Project'] as Record<string, unknown>)['Tasks'] as Record<string, unknown>)['Task'] as Record<string, unknown>[])[0]!;
    expect(Object.keys(task)).toEqual(COLLIDING);
    expect(task[COLLIDING[0]!]).toEqual(['0', '']);
    const fewer = `${ROOT}<Tasks><Task>${COLLIDING.slice(0, MAX_BUCKET).map((n) => `<${n}>x</${n}>`).join('')}</Task></Tasks></Project>`;
    expect(plain(readCommonTree(Buffer.from(fewer, 'latin1')))).toEqual(plain(parseTree(fewer, false)));
  });
});
