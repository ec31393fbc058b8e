// Foreign files' bytes → text (src/interchange/decode.ts) and format detection on UTF-16 (Excel's "Unicode text",
// .NET's XML writers).
import { renderMessage } from '../../src/messages/index.js';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/interchange/decode.js';
import { UnreadableInput } from '../../src/interchange/finding.js';
import { importSchedule } from '../../src/interchange/import.js';

const utf16le = (text: string): Uint8Array => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe('decodeText', () => {
  it.each([
    ['UTF-8 with and without BOM', Buffer.from('\uFEFFÅse', 'utf8'), 'Åse', 'utf-8'],
    ['Windows-1252 when not UTF-8', Buffer.from([0xc5, 0x73, 0x65, 0x80]), 'Åse€', 'windows-1252'],
    ['UTF-16LE by its BOM', utf16le('Åse 😀'), 'Åse 😀', 'utf-16le'],
    ['UTF-16BE by its BOM', utf16be('Åse 😀'), 'Åse 😀', 'utf-16be'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('refuses UTF-16 with an odd number of bytes or an unpaired surrogate, naming the encoding', () => {
    expect(() => decodeText(utf16le('ab').subarray(0, 5))).toThrow(/UTF-16LE byte order mark but has an odd number of bytes/);
    expect(() => decodeText(utf16be('a\uD800b'))).toThrow(UnreadableInput);
    expect(() => decodeText(utf16be('a\uD800b'))).toThrow(/UTF-16BE but holds an unpaired surrogate/);
  });
});

describe('importSchedule on XML that is not UTF-8', () => {
  it('reads it as Windows-1252 and says so', async () => {
    const xml = Buffer.from('<Project xmlns="http://schemas.microsoft.com/project"><Name>\xc5lesund</Name><Tasks><Task><UID>1</UID><Name>T</Name><Finish>2026-01-05T17:00:00</Finish></Task></Tasks></Project>', 'latin1');
    const r = await importSchedule({ name: 'plan.xml', bytes: xml });
    expect(r.plans[0]?.plan.title).toBe('Ålesund');
    expect(r.findings[0]).toMatchObject({ kind: 'approximated', topic: 'encoding', message: { id: 'import.mspdi.not-utf8' } });
  });

  // Tester round 6 #6: a file that names its encoding ISO-8859-1 was told it "is not valid UTF-8 (as XML must be unless
  // it says otherwise)", and counted as approximated, though it does say otherwise and reads exactly.
  const declaring = (encoding: string): Buffer => Buffer.from(`<?xml version="1.0" encoding="${encoding}"?>\n<Project xmlns="http://schemas.microsoft.com/project"><Name>\xc5lesund</Name><Tasks><Task><UID>1</UID><Name>T</Name><Finish>2026-01-05T17:00:00</Finish></Task></Tasks></Project>`, 'latin1');
  it.each(['ISO-8859-1', 'iso-8859-1', 'windows-1252', 'latin1'])('reads one that declares %s as it says, with no encoding finding', async (encoding) => {
    const r = await importSchedule({ name: 'plan.xml', bytes: declaring(encoding) });
    expect(r.plans[0]?.plan.title).toBe('Ålesund');
    expect(r.findings.filter((f) => f.topic === 'encoding')).toEqual([]);
  });
  it('names another declared encoding it cannot read, and a declared UTF-8 that is not, as before', async () => {
    const other = await importSchedule({ name: 'plan.xml', bytes: declaring('ISO-8859-2') });
    expect(other.findings.filter((f) => f.topic === 'encoding').map((f) => [f.kind, renderMessage(f.message)])).toEqual([['approximated', 'the file says its encoding is ISO-8859-2, which milepel does not read: read as Windows-1252; check the names']]);
    expect(other.findings.find((f) => f.topic === 'encoding')?.line).toBe(1);
    expect(renderMessage(other.findings[0]!.message, 'nb')).toBe('filen sier at tegnkodingen er ISO-8859-2, som milepel ikke leser: lest som Windows-1252; sjekk navnene');
    const utf8 = await importSchedule({ name: 'plan.xml', bytes: declaring('UTF-8') });
    expect(utf8.findings[0]).toMatchObject({ kind: 'approximated', message: { id: 'import.mspdi.not-utf8' } });
  });
});

describe('importSchedule on UTF-16 files', () => {
  it('recognises MS Project XML and CSV written as UTF-16', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?>\n<Project xmlns="http://schemas.microsoft.com/project"><Name>Ålesund</Name><Tasks><Task><UID>1</UID><Name>Første</Name><Milestone>1</Milestone><Start>2026-01-05T08:00:00</Start><Finish>2026-01-05T17:00:00</Finish></Task></Tasks></Project>\n';
    const fromXml = await importSchedule({ name: 'plan.xml', bytes: utf16le(xml) });
    expect(fromXml.format).toBe('mspdi');
    expect(fromXml.plans[0]?.plan).toMatchObject({ title: 'Ålesund', milestones: [{ id: '1', title: 'Første', date: '2026-01-05' }] });
    const fromCsv = await importSchedule({ name: 'plan.txt', bytes: utf16be('id,title,date\nA,Første,2026-03-02\n') });
    expect(fromCsv.format).toBe('csv');
    expect(fromCsv.plans[0]?.plan.milestones).toMatchObject([{ id: 'A', title: 'Første', date: '2026-03-02' }]);
  });

  // Tester round 99 F9: refused as "not a CSV text file (it holds NUL bytes)", saying neither what it was nor what to do.
  it('reads UTF-16 without a byte order mark too, as plan files are read: CSV and MS Project XML, either byte order', async () => {
    const unmarked = (bytes: Uint8Array): Uint8Array => bytes.subarray(2);
    expect(decodeText(unmarked(utf16le('id;tittel;dato\nA;Første 😀;02.03.2026\n')))).toEqual({ text: 'id;tittel;dato\nA;Første 😀;02.03.2026\n', encoding: 'utf-16le' });
    for (const encode of [utf16le, utf16be]) {
      const fromCsv = await importSchedule({ name: 'u16nobom.csv', bytes: unmarked(encode('id;tittel;dato\nA;Første;02.03.2026\n')) });
      expect(fromCsv.plans[0]?.plan.milestones).toMatchObject([{ id: 'A', title: 'Første', date: '2026-03-02' }]);
      expect(fromCsv.findings).toEqual([]);
    }
    const xml = '<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project"><Name>Ålesund</Name><Tasks><Task><UID>1</UID><Name>Første</Name><Milestone>1</Milestone><Start>2026-01-05T08:00:00</Start><Finish>2026-01-05T17:00:00</Finish></Task></Tasks></Project>\n';
    const fromXml = await importSchedule({ name: 'plan.xml', bytes: unmarked(utf16le(xml)) });
    expect(fromXml.plans[0]?.plan).toMatchObject({ title: 'Ålesund', milestones: [{ id: '1', title: 'Første' }] });
  });
});
