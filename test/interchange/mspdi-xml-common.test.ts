// The common-shape MSPDI reader (src/interchange/mspdi/xml-common.ts) builds exactly saxes's tree, lines included,
// and hands everything else to saxes.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readCommonTree } from '../../src/interchange/mspdi/xml-common.js';
import { isUtf8Safe, parseTree } from '../../src/interchange/mspdi/xml.js';
import { LINE } from '../../src/interchange/mspdi/xml-tree.js';
import { runCli } from '../helpers/fake-io.js';

const ROOT = '<Project xmlns="http://schemas.microsoft.com/project">';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A tree as plain data: each record's line and its keys in order, so that two trees compare with toEqual. */
function plain(value: unknown): unknown {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plain);
  const record = value as Record<string | symbol, unknown>;
  return { line: record[LINE], entries: Object.keys(record).map((k) => [k, plain(record[k])]) };
}

/** The common reader on the text's UTF-8 bytes, as parseTree calls it (a lone surrogate has no UTF-8: saxes reads that text). */
function readCommon(xml: string): Record<string, unknown> | undefined {
  return isUtf8Safe(xml) ? readCommonTree(Buffer.from(xml, 'utf8')) : undefined;
}

function expectSameTree(xml: string): void {
  const common = readCommon(xml);
  expect(common).toBeDefined();
  expect(plain(common)).toEqual(plain(parseTree(xml, false)));
}

describe('readCommonTree', () => {
  it('reads milepel\'s own export of the shipped plans as saxes does', async () => {
    for (const plan of ['akson', 'felles-grunnmur']) {
      const r = await runCli(['export', 'plans', '--format', 'mspdi', '--plan', plan]);
      expect(r.code).toBe(0);
      expectSameTree(r.stdout);
    }
  });

  it.each([
    [`${DECL}\n${ROOT}\n  <Name> Demo </Name>\n  <Tasks>\n    <Task><UID>1</UID></Task>\n\n    <Task>\n      <UID>2</UID><Notes/>\n    </Task>\n  </Tasks>\n</Project>\n`],
    [`${ROOT}<Name>&#xE5;&#229; &lt;x&gt; &amp; &quot;q&apos; &#10;</Name><Title>\u{1F600} — ø</Title></Project>`],
    [`\n\n  ${ROOT}<Name>text <b>inside</b> and after</Name><Notes>  </Notes><Notes>x</Notes><Notes/></Project>\n \t`],
    [`${ROOT}<__proto__><polluted>1</polluted></__proto__><constructor>c</constructor><Task/><Task><X>1</X>y</Task></Project>`],
    [`${ROOT}</Project>`],
    [`${ROOT}<A>a > b</A><B>\t &amp;\n</B><C><D><E>deep</E></D></C></Project>`],
    [`${ROOT}<Tasks><Task><WBS> A-100 </WBS><Name> T </Name></Task><Task><WBS> \n </WBS><WBS>A&#32;</WBS><WBS>\tB\n</WBS><WBS><X/> y </WBS></Task></Tasks></Project>`],
  ])('builds saxes\'s tree: %#', (xml) => {
    expectSameTree(xml);
  });

  it('keeps a WBS code\'s and a name\'s text as written, as MS Project does, and trims every other element\'s (a blank text is none)', () => {
    const xml = `${ROOT}<Tasks><Task><WBS> A-100 </WBS><Name> T  u </Name><UID> 7 </UID></Task><Task><WBS> \n </WBS><WBS>A&#32;</WBS><WBS><X/> y </WBS></Task></Tasks></Project>`;
    for (const tree of [readCommon(xml), parseTree(xml, false)]) {
      const tasks = plain(((tree!['Project'] as Record<string, unknown>)['Tasks'] as Record<string, unknown>)['Task']);
      expect(JSON.stringify(tasks)).toContain('["WBS"," A-100 "],["Name"," T  u "],["UID","7"]');
      expect(JSON.stringify(tasks)).toContain('["WBS",["","A ",{"line":2,"entries":[["X",""],["#text","y"]]}]]');
    }
  });

  it.each([
    [`${ROOT}\r\n<Name>A</Name></Project>`, 'a carriage return'],
    [`${ROOT}<!-- c --><Name>A</Name></Project>`, 'a comment'],
    [`${ROOT}<Name><![CDATA[x]]></Name></Project>`, 'CDATA'],
    [`${ROOT}<?pi x?><Name>A</Name></Project>`, 'a processing instruction'],
    [`${ROOT}<Name a="1">A</Name></Project>`, 'an attribute'],
    [`${ROOT}<p:Name xmlns:p="u">A</p:Name></Project>`, 'a prefix'],
    ['<Project xmlns="http://schemas.microsoft.com/project" x="1"><Name>A</Name></Project>', 'another attribute on the root'],
    ['<p:Project xmlns:p="http://schemas.microsoft.com/project"><p:Name>A</p:Name></p:Project>', 'a prefixed root'],
    ['<Project><Name>A</Name></Project>', 'no namespace'],
    [`<?xml version='1.0'?>${ROOT}</Project>`, 'a declaration in single quotes'],
    [`${ROOT}<Name>A & B</Name></Project>`, 'a bare ampersand'],
    [`${ROOT}<Name>&bogus;</Name></Project>`, 'an unknown entity'],
    [`${ROOT}<Name>&#0;</Name></Project>`, 'a reference to a character XML forbids'],
    [`${ROOT}<Name>\u0001</Name></Project>`, 'a control character'],
    [`${ROOT}<Name>\uD800</Name></Project>`, 'a lone surrogate'],
    [`${ROOT}<Name>\uFFFE</Name></Project>`, 'U+FFFE'],
    [`${ROOT}<Name>a]]>b</Name></Project>`, ']]> in text'],
    [`${ROOT}<Name>A</Title></Project>`, 'a mismatched end tag'],
    [`${ROOT}<Name>A</Name >`, 'an end tag with a space'],
    [`${ROOT}<Tasks><Task><UID>1</UID>`, 'a truncated file'],
    [`${ROOT}</Project>\n<Other/>`, 'a second root'],
    [`${ROOT}</Project>x`, 'text after the root'],
    [`x${ROOT}</Project>`, 'text before the root'],
    [`${ROOT}<1a>x</1a></Project>`, 'a name that is not a name'],
  ])('leaves %s to saxes: %s', (xml) => {
    expect(readCommon(xml)).toBeUndefined();
  });
});
