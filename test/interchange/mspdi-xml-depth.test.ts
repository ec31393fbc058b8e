// MSPDI elements nested past MAX_XML_DEPTH (src/interchange/mspdi/xml-tree.ts) are refused with one line that names
// where and the limit, by either reader, with or without attributes, closed or not (tester round 38 F10: saxes walked
// every open element for each start tag, and 40,000 levels took 19 s).
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { UnreadableInput } from '../../src/interchange/finding.js';
import { readCommonTree } from '../../src/interchange/mspdi/xml-common.js';
import { parseTree, readMspdi } from '../../src/interchange/mspdi/xml.js';
import { MAX_XML_DEPTH } from '../../src/interchange/mspdi/xml-tree.js';
import { renderMessage } from '../../src/messages/index.js';
import { runCli } from '../helpers/fake-io.js';

const ROOT = '<Project xmlns="http://schemas.microsoft.com/project">';

/** A project whose task holds `levels` elements inside each other (the task is at depth 3: Project, Tasks, Task). */
function nested(levels: number, open: string, isClosed = true): string {
  return `${ROOT}\n<Tasks><Task><UID>1</UID>\n${open.repeat(levels)}${isClosed ? '</X>'.repeat(levels) : ''}</Task></Tasks></Project>\n`;
}

function refusal(xml: string): UnreadableInput {
  try {
    readMspdi(xml);
  } catch (e) {
    if (e instanceof UnreadableInput) return e;
    throw e;
  }
  throw new Error('read without a refusal');
}

describe('MSPDI nesting depth', () => {
  const deepest = MAX_XML_DEPTH - 3;

  it('reads elements nested to the limit with either reader, the same tree', () => {
    for (const open of ['<X>', '<X a="1">']) {
      const xml = nested(deepest, open);
      expect(() => parseTree(xml, false)).not.toThrow();
      expect(() => readMspdi(xml)).not.toThrow();
    }
    expect(readCommonTree(Buffer.from(nested(deepest, '<X>')))).toBeDefined();
  });

  it.each([
    ['without attributes (the common reader)', '<X>', true],
    ['with an attribute (saxes)', '<X a="1">', true],
    ['left open', '<X>', false],
    ['left open, with an attribute', '<X a="1">', false],
  ])('refuses one level more %s, at the start tag past the limit', (_what, open, isClosed) => {
    const xml = nested(deepest + 1, open, isClosed);
    const e = refusal(xml);
    expect(e.reason.id).toBe('import.unreadable.xml-too-deep');
    const column = 1 + open.length * deepest;
    expect(e.message).toBe(`the XML nests too deeply to read at line 3, column ${column}: elements more than ${MAX_XML_DEPTH} levels inside each other (MS Project writes about 10)`);
    expect(renderMessage(e.reason, 'nb')).toBe(`XML-en er nøstet for dypt til å kunne leses på linje 3, kolonne ${column}: elementer mer enn ${MAX_XML_DEPTH} nivåer inni hverandre (MS Project skriver omtrent 10)`);
  });

  it('counts the column in characters, as saxes counts its own (tester round 41 F2): an emoji before the tag is one', () => {
    for (const open of ['<X>', '<X a="1">']) {
      const plain = refusal(nested(deepest + 1, open).replace('<UID>1</UID>\n', '<UID>1</UID>\nxx'));
      const emoji = refusal(nested(deepest + 1, open).replace('<UID>1</UID>\n', '<UID>1</UID>\n\u{1F600}\u{1F600}'));
      expect(emoji.message).toBe(plain.message);
    }
    // The same count as saxes's own message for the same line (a duplicate attribute after the two emoji).
    const duplicate = (before: string): string => refusal(`${ROOT} a="1"\n<Tasks><Task><UID>1</UID>\n${before}<Y b="1" b="2"/></Task></Tasks></Project>\n`).message;
    expect(duplicate('\u{1F600}\u{1F600}')).toBe(duplicate('xx'));
  });

  it('counts lines as saxes counts them, a lone CR ending one too (a file saved with old Mac line ends)', () => {
    // saxes's own finding (a duplicate attribute) and the depth refusal, on the same line of a CR-only file.
    const cr = (xml: string): string => xml.replace(/\n/g, '\r');
    const own = refusal(cr(`${ROOT} a="1"\n<Tasks><Task><UID>1</UID>\n<Y b="1" b="2"/></Task></Tasks></Project>\n`)).message;
    expect(own).toMatch(/^not well-formed XML at line 3, column \d+/);
    expect(refusal(cr(nested(deepest + 1, '<X>'))).message).toMatch(/^the XML nests too deeply to read at line 3, column \d+/);
    expect(refusal(cr(`${ROOT}\n<Name>A & B</Name></Project>`)).message).toMatch(/^not well-formed XML at line 2, column 9: an "&"/);
  });

  it('the common reader hands a file nested past the limit to saxes, which says so', () => {
    expect(readCommonTree(Buffer.from(nested(deepest + 1, '<X>')))).toBeUndefined();
  });

  it('names a root that is no <Project> however deep it nests (tester round 41 F4: it was called too deep), and not closed either', () => {
    const deep = (root: string, isClosed: boolean): string => `<?xml version="1.0"?>\n<${root}>${'<a>'.repeat(1000)}${isClosed ? `${'</a>'.repeat(1000)}</${root.split(' ')[0]}>` : ''}\n`;
    for (const root of ['Foo', 'p:Foo xmlns:p="http://schemas.microsoft.com/project"', 'html']) {
      for (const isClosed of [true, false]) expect(refusal(deep(root, isClosed)).message, root).toBe('not MS Project XML: the root element is not <Project>');
    }
    // A <Project> under any prefix is read on, to its namespace and depth.
    expect(refusal(deep('p:Project xmlns:p="http://schemas.microsoft.com/project"', true)).message).toMatch(/^the XML nests too deeply to read at line 2/);
  });

  it('refuses 100,000 levels the same way, with or without attributes, closed or not', () => {
    for (const [open, isClosed] of [['<X>', true], ['<X a="1">', true], ['<X>', false]] as const) {
      expect(refusal(nested(100_000, open, isClosed)).message).toMatch(new RegExp(`^the XML nests too deeply to read at line 3, column \\d+: elements more than ${MAX_XML_DEPTH} levels`));
    }
  });

  it('`milepel import` says it in one milepel: line naming the file, in English and Norwegian, and writes nothing', async () => {
    const files = { 'deep.xml': nested(5000, '<X a="1">') };
    const en = await runCli(['import', 'deep.xml', '--out', 'ws'], { files });
    expect([en.code, en.stderr, en.io.written.size]).toEqual([2, `milepel: cannot import deep.xml: the XML nests too deeply to read at line 3, column ${1 + 9 * deepest}: elements more than ${MAX_XML_DEPTH} levels inside each other (MS Project writes about 10)\n`, 0]);
    const nb = await runCli(['import', 'deep.xml', '--out', 'ws', '--locale', 'nb'], { files });
    expect(nb.code).toBe(2);
    expect(nb.stderr).toMatch(/^milepel: .*deep\.xml.*XML-en er nøstet for dypt til å kunne leses på linje 3, kolonne \d+: elementer mer enn 100 nivåer inni hverandre \(MS Project skriver omtrent 10\)\n$/);
  });
});
