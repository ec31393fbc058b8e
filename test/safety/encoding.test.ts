// Encodings (SPEC §15, issue #11): invalid UTF-8 is a finding at its first bad byte; UTF-16 is decoded; set never rewrites what it could not decode.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliOnDisk } from '../helpers/fake-io.js';
import { decodePlanBytes, unmarkedUtf16 } from '../../src/source/decode.js';
import { findInvalidUtf8 } from '../../src/source/invalid-utf8.js';
import { renderMessage } from '../../src/messages/index.js';

const PLAN = (title: string): string => `plan: {id: p, title: P}\n# comment: ${title}\nmilestones:\n  - id: A\n    title: ${title}\n    date: 2019-09-02\n`;
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-enc-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = runCliOnDisk;

describe('decodePlanBytes', () => {
  it('finds the first invalid byte; the column counts characters (not bytes) before it', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: "æøå ', 'utf8'), Buffer.from([0xf8]), Buffer.from('"\n')]);
    const d = decodePlanBytes(bytes);
    expect(d.problem).toMatchObject({ line: 2, column: 9 });
    expect(renderMessage(d.problem!.message)).toBe('the file is not valid UTF-8: byte 0xF8 at line 2, column 9 is not part of a UTF-8 character (in Windows-1252 or Latin-1 it is "ø")');
    // Valid UTF-8 (æøå) before it: fixed in place, not converted from Windows-1252 (which would garble æøå).
    expect(renderMessage(d.problem!.hint)).toMatch(/^the rest of the file reads well/);
  });

  it('rejects overlong forms, surrogates, code points above U+10FFFF and truncated sequences', () => {
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xff]]) {
      expect(findInvalidUtf8(Uint8Array.from([0x41, ...bad])), bad.join(',')).toBe(1);
    }
    expect(findInvalidUtf8(Buffer.from('æ€😀', 'utf8'))).toBe(Buffer.byteLength('æ€😀'));
  });

  it('decodes valid UTF-8 to exactly its characters, whichever of its ways it takes (ASCII, one-byte Latin-1, UTF-16)', () => {
    // Ā (U+0100) is the first character Latin-1 cannot hold; '?' is what a lossy conversion to Latin-1 would leave.
    for (const text of ['møte ? Ā', 'Ā', '?\x1a Ā ?', 'blåbær ÿ é ?', 'tidsfrist — “sak” €', 'a\ufeffb', '😀 æ']) {
      expect(decodePlanBytes(Buffer.from(text, 'utf8')).text, JSON.stringify(text)).toBe(text);
    }
    const chars = fc.constantFrom('a', '?', '\x1a', 'æ', 'Ø', 'ÿ', '\u0080', 'Ā', 'ő', '—', '€', '\ufeff', '😀', '\n');
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
      const text = `x${parts.join('')}`; // a U+FEFF first would be the byte order mark
      expect(decodePlanBytes(Buffer.from(text, 'utf8')).text).toBe(text);
    }), { numRuns: 2000 });
  });

  it('decodes UTF-16 with a byte order mark (both byte orders) and names it as not UTF-8 at 1:1 (SPEC §15); refuses UTF-32 by name', () => {
    const text = 'plan: {id: p, title: Møte}\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [bytes, encoding] of [[le, 'UTF-16LE'], [be, 'UTF-16BE']] as const) {
      const decoded = decodePlanBytes(bytes);
      expect(decoded).toMatchObject({ text, encoding, problem: { line: 1, column: 1 } });
      expect(renderMessage(decoded.problem!.message)).toBe(`the file is ${encoding} (it starts with a ${encoding} byte order mark): plan files are UTF-8`);
      expect(renderMessage(decoded.problem!.hint)).toContain(`iconv -f ${encoding.toLowerCase()} -t utf-8`);
    }
    expect(renderMessage(decodePlanBytes(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])).problem!.message)).toMatch(/UTF-32/);
    expect(decodePlanBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({ text: 'a', hasBom: true, encoding: 'UTF-8' });
  });

  it('reads UTF-32 (both byte orders) for the other rules while naming it, so a plan in it is not "empty" (a tester\'s finding)', () => {
    const text = 'plan: {id: p, title: Blåbær 😀}\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(Array.from(text).flatMap((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0)!); return [...b]; }))]);
    const be = Buffer.from(le);
    be.swap32();
    for (const bytes of [le, be]) {
      const decoded = decodePlanBytes(bytes);
      expect(decoded.text).toBe(text);
      expect(renderMessage(decoded.problem!.hint)).toMatch(/iconv -f utf-32 -t utf-8/);
    }
    // A unit that is no scalar value, and bytes short of a unit, read as U+FFFD.
    expect(decodePlanBytes(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0, 0xd8, 0, 0, 0x42])).text).toBe('A\ufffd\ufffd');
  });

  it('reads UTF-16 without a byte order mark (both orders) and names it, not "binary" (a tester\'s finding); UTF-8 with a NUL stays binary', () => {
    const text = 'plan:\n  id: u\n  title: Første\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    for (const [bytes, order] of [[le, 'le'], [be, 'be']] as const) {
      const decoded = decodePlanBytes(bytes);
      expect(decoded.text).toBe(text);
      expect(decoded.hasBom).toBe(false);
      expect(renderMessage(decoded.problem!.message)).toBe(`the file is UTF-16${order.toUpperCase()} without a byte order mark: plan files are UTF-8`);
      expect(renderMessage(decoded.problem!.hint)).toMatch(new RegExp(`iconv -f utf-16${order} -t utf-8`));
    }
    expect(decodePlanBytes(Buffer.from('plan:\n  id: u\u0000\n')).problem).toBeUndefined();
  });

  it('suggests converting from Windows-1252 only for a file that reads as it; a UTF-8 file with one bad sequence is fixed in place', () => {
    const hint = (bytes: Buffer): string => renderMessage(decodePlanBytes(bytes).problem!.hint);
    expect(hint(latin1(PLAN('Blåbær')))).toMatch(/iconv -f windows-1252 -t utf-8/);
    // An overlong "/" (C0 AF), a surrogate (ED A0 80), and a bad byte after valid UTF-8 ("Møte"): not Windows-1252 text.
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80]]) expect(hint(Buffer.concat([Buffer.from(PLAN('x')), Buffer.from(bad)]))).toMatch(/^the rest of the file reads well: retype the text at this place/);
    expect(hint(Buffer.concat([Buffer.from(PLAN('Møte')), latin1('# å\n')]))).toMatch(/^the rest of the file reads well/);
  });

  it('finds a lone surrogate in UTF-16 (both byte orders) at its line and column, the text keeping U+FFFD there', () => {
    const text = 'plan:\n  id: a\uD800b\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    for (const [bytes, encoding] of [[le, 'UTF-16LE'], [be, 'UTF-16BE']] as const) {
      const d = decodePlanBytes(bytes);
      expect(d.text).toBe('plan:\n  id: a\uFFFDb\n');
      expect(d.problem).toMatchObject({ line: 2, column: 8, message: { id: 'encoding.utf16-surrogate', data: { encoding } } });
      // The whole file is to become UTF-8: the conversion hint, not the stray-byte one that warns against converting.
      expect(renderMessage(d.problem!.hint)).toContain(`iconv -f ${encoding.toLowerCase()} -t utf-8`);
    }
    const odd = decodePlanBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('plan: x\n', 'utf16le'), Buffer.from([0x41])]));
    expect(odd.problem?.message.id).toBe('encoding.utf16-odd');
    expect(renderMessage(odd.problem!.hint)).toContain('iconv -f utf-16le -t utf-8');
    // A pair is no problem.
    expect(decodePlanBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a😀', 'utf16le')])).problem?.message.id).toBe('encoding.utf16');
  });

  it('reads UTF-8 exactly as TextDecoder does (ASCII, other text, a second BOM, invalid bytes as U+FFFD), whichever way it decodes', () => {
    const textDecoder = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0xff }), fc.constantFrom(0xef, 0xbb, 0xbf, 0xe2, 0x80, 0x94, 0xc3, 0xa6));
    const text = fc.array(fc.oneof(fc.constantFrom('a', ' ', '\n', '—', 'æ', '\ufeff', '😀', '\u2028', '\0'), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.array(byte, { maxLength: 40 }).map((b) => Uint8Array.from(b)), text.map((t) => new Uint8Array(Buffer.from(t, 'utf8')))), (bytes) => {
        if (bytes[0] === 0xff || bytes[0] === 0xfe || (bytes[0] === 0 && bytes[1] === 0)) return;
        // Bytes read as UTF-16 without a byte order mark (`00 01 00 01`, found by a soak at 8 × the runs) are that
        // reading's, tested on their own.
        if (unmarkedUtf16(bytes) !== undefined) return;
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        const d = decodePlanBytes(bytes);
        expect(d.text).toBe(textDecoder(bom ? bytes.subarray(3) : bytes));
        expect(d.hasBom).toBe(bom);
        expect(d.problem === undefined).toBe(findInvalidUtf8(bom ? bytes.subarray(3) : bytes) === bytes.length - (bom ? 3 : 0));
      }),
      { seed: 20261201, numRuns: 3000 },
    );
    // Above Node's 1 MB threshold for external strings, too.
    const big = 'id: M1 — æøå 😀\n'.repeat(80_000);
    expect(decodePlanBytes(new Uint8Array(Buffer.from(big, 'utf8'))).text).toBe(big);
    const ascii = 'id: M1\n'.repeat(200_000);
    expect(decodePlanBytes(new Uint8Array(Buffer.from(ascii, 'utf8'))).text).toBe(ascii);
  });
});

describe('the CLI on files that are not UTF-8', () => {
  it('validate reports rule encoding at the first bad byte and exits 1', async () => {
    const file = join(dir, 'p.yaml');
    writeFileSync(file, latin1(PLAN('Leverandørdialog')));
    const r = await cli(['validate', file, '--format', 'json', '--today', '2019-09-01']);
    expect(r.code).toBe(1);
    const d = (JSON.parse(r.out) as { diagnostics: { rule: string; line: number; column: number; severity: string }[] }).diagnostics;
    expect(d.filter((x) => x.rule === 'encoding')).toEqual([expect.objectContaining({ rule: 'encoding', severity: 'error', line: 2, column: 20 })]);
  });

  it('a report says why its text has replacement characters, and exits 0 (SPEC §7: encoding is not one of the structural errors)', async () => {
    const file = join(dir, 'p.yaml');
    writeFileSync(file, latin1(PLAN('Leverandørdialog')));
    const r = await cli(['critical-path', file, '--today', '2019-09-01']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('[encoding]');
    expect(r.out).toContain('Leverand\u{fffd}rdialog');
  });

  it('a report with an encoding error and a structural one exits 1 and shows both', async () => {
    writeFileSync(join(dir, 'p.yaml'), latin1(PLAN('Leverandørdialog')));
    writeFileSync(join(dir, 'q.yaml'), 'plan: {id: q, title: Q}\nmilestones:\n  - {id: A, title: A, date: 2019-02-30}\n');
    const r = await cli(['critical-path', dir, '--today', '2019-09-01']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[encoding]');
    expect(r.err).toContain('[invalid-date]');
  });

  for (const [name, bytes] of [
    ['Windows-1252', latin1(PLAN('Leverandørdialog'))],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN('Leverandørdialog'), 'utf16le')])],
  ] as const) {
    it(`set and snapshot refuse a ${name} file with exit 2 and leave every byte as it was`, async () => {
      const file = join(dir, 'p.yaml');
      writeFileSync(file, bytes);
      const set = await cli(['set', 'p/A', '--forecast', '2019-09-20', file, '--today', '2019-09-01']);
      expect(set.code).toBe(2);
      expect(set.err).toMatch(name === 'UTF-16LE' ? /^milepel: .*p\.yaml is UTF-16LE; milepel edits UTF-8 files only.*nothing written\n$/ : /^milepel: .*p\.yaml:2:20: the file is not valid UTF-8.*save it as UTF-8 first; nothing written\n$/);
      const snap = await cli(['snapshot', file, '--today', '2019-09-01']);
      expect(snap.code).toBe(2);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readdirSync(dir)).toEqual(['p.yaml']);
    });
  }

  it('validate reads a UTF-16 file like its UTF-8 twin, with an encoding error at 1:1 (SPEC §15: not valid UTF-8; a tester saw exit 0)', async () => {
    const utf16 = join(dir, 'p.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PLAN('Møte'), 'utf16le').swap16()]));
    const r = await cli(['validate', utf16, '--today', '2019-09-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const { diagnostics } = JSON.parse(r.out) as { diagnostics: { rule: string; line: number; column: number }[] };
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['encoding', 1, 1]]);
  });

  it('set keeps a UTF-8 byte order mark', async () => {
    const file = join(dir, 'p.yaml');
    const before = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN('Møte'), 'utf8')]);
    writeFileSync(file, before);
    expect((await cli(['set', 'p/A', '--status', 'green', file, '--today', '2019-09-01'])).code).toBe(0);
    expect(readFileSync(file).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN('Møte').replace('date: 2019-09-02\n', 'date: 2019-09-02\n    status: green\n'), 'utf8')]))).toBe(true);
  });
});
