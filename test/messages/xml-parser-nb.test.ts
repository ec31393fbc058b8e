// The XML reader's reasons under --locale nb (a tester's finding: saxes' English stayed in the Norwegian line): every
// sentence saxes can write has a Norwegian pattern, found by reading saxes.js and by breaking real MS Project XML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnreadableInput } from '../../src/interchange/finding.js';
import { readMspdi } from '../../src/interchange/mspdi/xml.js';
import { renderMessage } from '../../src/messages/index.js';
import { hasXmlParserTemplate, xmlParserReasonNb } from '../../src/messages/nb/xml-parser.js';
import { runCli } from '../helpers/fake-io.js';

const SAXES = join(import.meta.dirname, '..', '..', 'node_modules', 'saxes', 'saxes.js');
const NS = 'xmlns="http://schemas.microsoft.com/project"';
const ENGLISH = '(XML-leserens melding, på engelsk)';

/** Every sentence of a `fail(…)` call in saxes, its `${…}` parts filled with `x`. */
function saxesSentences(): string[] {
  const source = readFileSync(SAXES, 'utf8').replace(/\\\n/g, '');
  const found: string[] = [];
  for (const call of source.matchAll(/fail\(([\s\S]*?)\);/g)) {
    for (const literal of call[1]!.matchAll(/`((?:[^`\\]|\\.)*)`|"((?:[^"\\]|\\.)*)"/g)) {
      const text = (literal[1] ?? literal[2]!).replace(/\\(.)/g, '$1').replace(/\$\{[^}]*\}/g, 'x');
      if (text !== '') found.push(text);
    }
  }
  return found;
}

/** The reason readMspdi gives for `xml`, in Norwegian. */
function reasonNb(xml: string): string {
  try {
    readMspdi(xml);
  } catch (error) {
    if (error instanceof UnreadableInput) return renderMessage(error.reason, 'nb');
    throw error;
  }
  throw new Error('read without a complaint');
}

describe('saxes in Norwegian', () => {
  it('has a Norwegian pattern for every sentence saxes can fail with (a new saxes version fails here)', () => {
    const sentences = saxesSentences();
    expect(sentences.length).toBeGreaterThan(45);
    expect(sentences).toContain('unbound namespace prefix: x.');
    // The one that is saxes' own misuse, never the file's: quoted in English.
    expect(sentences.filter((s) => !hasXmlParserTemplate(s))).toEqual(['cannot write after close; assign an onready handler.']);
  });

  it.each([
    [`<Project ${NS}>\n<Tasks><Task><UID>1</Task></Tasks></Project>`, 'ikke velformet XML på linje 2, kolonne 26: slutt-taggen passer ikke til den åpne starttaggen'],
    [`<Project ${NS}></Project>\n<Other/>`, /^ikke velformet XML på linje 2, kolonne \d+: et dokument kan bare ha ett rotelement$/],
    [`<Project ${NS}><Name>&bogus;</Name></Project>`, /^ikke velformet XML på linje 1, kolonne \d+: ukjent entitet \(bare &lt; &gt; &amp; &quot; &apos; og tegnreferanser er kjent\)$/],
    [`<Project ${NS}><Name>&#0;</Name></Project>`, /^ikke velformet XML på linje 1, kolonne \d+: feilformet tegnreferanse$/],
    [`<Project ${NS}>\n  <x:Tasks/>\n</Project>`, 'ikke velformet XML på linje 2, kolonne 3: prefikset «x» er ikke bundet til noe navnerom'],
    [`<Project ${NS}><Name a="1" a="2">A</Name></Project>`, /^ikke velformet XML på linje 1, kolonne \d+: attributtet a står to ganger$/],
    [`<Project ${NS}><Name a=1>A</Name></Project>`, /^ikke velformet XML på linje 1, kolonne \d+: attributtverdi uten anførselstegn$/],
    [`<Project ${NS}><!-- a -- b --></Project>`, /^ikke velformet XML på linje 1, kolonne \d+: feilformet kommentar/],
    [`<Project ${NS}><Name>]]></Name></Project>`, /^ikke velformet XML på linje 1, kolonne \d+: strengen «]]>» er ikke tillatt i tekst$/],
    [`\n<?xml version="1.0"?><Project ${NS}/>`, /^ikke velformet XML på linje 2, kolonne \d+: XML-deklarasjonen må stå helt først i filen$/],
    [`<?xml version="2.0"?><Project ${NS}/>`, /^ikke velformet XML på linje 1, kolonne \d+: versjonsnummeret må være 1\.0 eller 1\.x$/],
  ])('breaks %j in Norwegian words', (xml, expected) => {
    const reason = reasonNb(xml);
    expect(reason).not.toContain(ENGLISH);
    if (typeof expected === 'string') expect(reason).toBe(expected);
    else expect(reason).toMatch(expected);
  });

  it('quotes a sentence it does not know as saxes wrote it, marked as English', () => {
    expect(xmlParserReasonNb('cannot write after close; assign an onready handler.')).toBe(`«cannot write after close; assign an onready handler» ${ENGLISH}`);
  });

  it('prints the reason in Norwegian on the import\'s one milepel: line, and in English without --locale', async () => {
    const files = { 'bad.xml': `<Project ${NS}>\n<Tasks><Task><UID>1</Task></Tasks></Project>` };
    const nb = await runCli(['import', 'bad.xml', '--out', 'ws', '--locale', 'nb'], { files, diskRoots: [] });
    expect([nb.code, nb.stderr]).toEqual([2, 'milepel: kan ikke importere bad.xml: ikke velformet XML på linje 2, kolonne 26: slutt-taggen passer ikke til den åpne starttaggen\n']);
    const en = await runCli(['import', 'bad.xml', '--out', 'ws'], { files, diskRoots: [] });
    expect([en.code, en.stderr]).toEqual([2, 'milepel: cannot import bad.xml: not well-formed XML at line 2, column 26: unexpected close tag.\n']);
  });
});
