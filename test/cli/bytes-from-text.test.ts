// src/cli/bytes-from-text.ts: a file's bytes made again from its text are the bytes as read, each time they are asked
// for, whichever other file's bytes were asked for between; made once while no other file's are asked for.
import { describe, expect, it } from 'vitest';
import { withBytesFromText, withBytesKeptFor, type BytesSlot } from '../../src/cli/bytes-from-text.js';
import type { ReadSource } from '../../src/cli/load.js';
import { decodePlanBytes } from '../../src/source/decode.js';

function readSource(file: string, bytes: Buffer): ReadSource {
  const decoded = decodePlanBytes(bytes);
  return { file, text: decoded.text, decoded, bytes, encodingProblem: undefined };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CASES: readonly (readonly [string, Buffer])[] = [
  ['ascii.yaml', Buffer.from('plan:\n  id: a\n')],
  ['bom.yaml', Buffer.concat([BOM, Buffer.from('plan:\r\n  id: b # æøå — 😀\r\n')])],
  ['two-byte.yaml', Buffer.from('plan: {id: c, title: "Blåbær — €"}\n')],
  ['empty.yaml', Buffer.alloc(0)],
  ['bom-only.yaml', BOM],
];

describe('withBytesFromText', () => {
  it('gives the bytes as read, for files asked for in turn through one slot', () => {
    const slot: BytesSlot = {};
    const sources = CASES.map(([file, bytes]) => withBytesFromText(readSource(file, bytes), slot));
    for (let round = 0; round < 3; round++) {
      sources.forEach((s, i) => {
        expect(Buffer.from(s.bytes).equals(CASES[i]![1]), s.file).toBe(true);
        expect(Buffer.from(s.bytes).equals(CASES[i]![1]), s.file).toBe(true);
      });
    }
  });

  it('remakes the bytes from the text rather than holding the bytes as read', () => {
    const source = readSource('two-byte.yaml', CASES[2]![1]);
    expect(withBytesFromText(source, {}).bytes).not.toBe(source.bytes);
  });

  it('makes a file\'s bytes once while they are asked for again and again (set: four times per edit)', () => {
    const slot: BytesSlot = {};
    const [a, b] = [CASES[1]!, CASES[2]!].map(([file, bytes]) => withBytesFromText(readSource(file, bytes), slot));
    const first = a!.bytes;
    expect(a!.bytes).toBe(first);
    expect(a!.bytes).toBe(first);
    const other = b!.bytes;
    expect(b!.bytes).toBe(other);
    expect(Buffer.from(a!.bytes).equals(first)).toBe(true);
  });

  it('keeps a file the text cannot give back exactly as it was read', () => {
    const invalid = readSource('bad.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
    expect(withBytesFromText(invalid, {})).toBe(invalid);
    const utf16 = readSource('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]));
    expect(withBytesFromText(utf16, {})).toBe(utf16);
  });
});

describe('withBytesKeptFor', () => {
  const files = [
    readSource('governance.yaml', Buffer.from('bodies:\n  - id: B\n')),
    readSource('a.yaml', Buffer.from('plan:\n  id: a\n  title: Blåbær — €\nmilestones: []\n')),
    readSource('b.yaml', Buffer.concat([BOM, Buffer.from('plan: {id: b, title: x — y}\r\n')])),
    readSource('b-again.yaml', Buffer.from('plan: {id: b}\n')),
  ];

  it('keeps the bytes as read of the first file that declares the plan, and remakes the others', () => {
    const sources = withBytesKeptFor(files, {}, 'b');
    expect(sources.map((s, i) => s === files[i])).toEqual([false, false, true, false]);
    expect(sources[2]!.bytes).toBe(files[2]!.bytes);
    sources.forEach((s, i) => expect(Buffer.from(s.bytes).equals(files[i]!.bytes), s.file).toBe(true));
  });

  it('keeps none when no plan is named or no file declares it', () => {
    for (const plan of [undefined, 'c', 'B']) {
      const sources = withBytesKeptFor(files, {}, plan);
      sources.forEach((s, i) => {
        expect(s).not.toBe(files[i]);
        expect(Buffer.from(s.bytes).equals(files[i]!.bytes), s.file).toBe(true);
      });
    }
  });
});
