// MS Project XML text → a checked element tree, each element's 1-based source line on demand.
//
// The reading is saxes, a strict streaming XML 1.0 parser (it checks well-formedness as it goes, decodes character
// and predefined entity references, and knows its line), with the tree built here. Until 1 Dec 2026 it was
// fast-xml-parser: its validator and then its parser, two passes of about 4 MB/s. The 16 MB MSPDI export of a
// 10,000-task plan (bench/commands.mjs's `import` at 100k) took 4.5 s of CPU to read that way against 0.8 s now
// (issue #18: every command at 100k within 3 s). fast-xml-parser stays in the tests, as an independent reader of
// what `export --format mspdi` writes.
import { Buffer } from 'node:buffer';
import { SaxesParser } from 'saxes';
import { msg, msg0 } from '../../messages/index.js';
import { UnreadableInput } from '../finding.js';
import { positionOfOffset } from '../../source/encoding-problem.js';
import type { LineColumn } from '../../source/parse.js';
import { readCommonTree } from './xml-common.js';
import { addChild, lineOf, MAX_XML_DEPTH, newNode, valueOf, type Open, type XmlNode } from './xml-tree.js';

export type { XmlNode, XmlValue } from './xml-tree.js';

export interface MspdiDocument {
  readonly project: XmlNode;
  /** 1-based line of an element of the tree. */
  readonly lineOf: (node: XmlNode) => number | undefined;
}

/** A surrogate that is not half of a pair: UTF-8 cannot carry it, and XML does not allow it (saxes says so). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the text is the same after a trip through UTF-8 (no lone surrogates). */
export function isUtf8Safe(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** The MSPDI namespace: elements in it are read by their local name, whatever prefix (or none) the file gives it. */
const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/**
 * Parses MSPDI text into its <Project> element. Throws UnreadableInput for what is not well-formed XML (with the
 * line and column saxes reports; a file that ends inside elements names them, outermost first), for entity
 * declarations (XML bombs, external reads: MS Project never writes them) and for XML whose root is not <Project>
 * in the MS Project namespace, or whose elements nest more than MAX_XML_DEPTH deep (xml-tree.ts, with the line and
 * column of the start tag past it). Namespaces are resolved (Namespaces in XML 1.0): `<p:Project xmlns:p="…project">`
 * is MSPDI as much as `<Project xmlns="…project">`, and a prefix bound nowhere is malformed XML.
 */
export function readMspdi(text: string, isCommonShapeRead = true): MspdiDocument {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trimStart().startsWith('<')) throw new UnreadableInput(msg0('import.unreadable.not-xml'));
  if (/<!ENTITY/i.test(body)) throw new UnreadableInput(msg0('import.unreadable.xml-entities'));
  return { project: projectOf(parseTree(body, isCommonShapeRead)), lineOf };
}

/** The <Project> element of a document's tree; UnreadableInput when the root is something else. */
export function projectOf(tree: Record<string, unknown>): XmlNode {
  // <Project/> with nothing in it reads as its (empty) text: an empty project, which then has no activities.
  const project = tree['Project'] === '' ? newNode(1) : tree['Project'];
  if (project === undefined) {
    // The root has another name, or is a <Project> in another namespace (or none), kept as {namespace}Project.
    const isProjectElsewhere = Object.keys(tree).some((key) => key.endsWith('}Project'));
    throw new UnreadableInput(msg0(isProjectElsewhere ? 'import.unreadable.not-project-namespace' : 'import.unreadable.not-project'));
  }
  if (typeof project !== 'object' || project === null || Array.isArray(project)) throw new UnreadableInput(msg0('import.unreadable.not-project'));
  return project as XmlNode;
}

/**
 * The document as nested records (`isCommonShapeRead` false: always with saxes, for the tests that compare both): an element with child elements is a record of them (text beside them, if any,
 * under `#text`), one without is its trimmed text (a WBS code's as written: xml-tree.ts leafText). An element of the MSPDI namespace is keyed by its local name,
 * any other by `{namespace}local` (James Clark's notation), which no reader asks for. Attributes are not read
 * (MSPDI keeps its data in elements).
 */
export function parseTree(body: string, isCommonShapeRead = true): Record<string, unknown> {
  // The shape MS Project and milepel write is read without saxes, several times faster (xml-common.ts); saxes reads
  // the rest, and says what is wrong with what is not well-formed.
  const common = isCommonShapeRead && isUtf8Safe(body) ? readCommonTree(Buffer.from(body, 'utf8')) : undefined;
  if (common !== undefined) return common;
  const parser = new SaxesParser({ position: true, xmlns: true });
  const root: Open = { name: '', line: 1, node: undefined, text: '' };
  const stack: Open[] = [root];
  let top = root;
  let failure: { line: number; column: number; reason: string } | undefined;
  // Where the last element, text or other event ended: saxes reads a bare `&` as the start of an entity name to the
  // end of the file, so a file that ends with elements open is searched for one after this point.
  let lastEventAt = 0;
  /** Where the start tag being read begins (its `<`), as a character offset. */
  let tagAt = 0;
  /** Whether the root element's start tag was read. */
  let isRootRead = false;
  parser.on('error', (e: Error) => {
    const reason = e.message.replace(/^\d+:\d+: /, '');
    // A prefix bound nowhere is found at the end of its start tag; the tag's `<` is where to look.
    // saxes counts columns from 0 at a line's start; messages count from 1.
    failure ??= reason.startsWith('unbound namespace prefix') ? { ...positionOfOffset(body, tagAt), reason } : { line: parser.line, column: Math.max(1, parser.column), reason };
    throw e;
  });
  // Only the events read anyway: listening to `opentag` as well made saxes build each tag's attributes, and the
  // reading 2.7 times slower.
  parser.on('opentagstart', (tag) => {
    // saxes has read `<`, the name and the character after it.
    tagAt = parser.position - tag.name.length - 2;
    top = { name: tag.name, line: parser.line, node: undefined, text: '' };
    stack.push(top);
    lastEventAt = parser.position;
    // A root that is no <Project> is named so at once: read on, a deep one was refused as nesting too deeply, which
    // told a user who gave the wrong file less (tester round 41 F4). Its namespace is checked once it is read.
    // (A second element at the top is not well-formed: saxes says so.)
    if (stack.length === 2 && !isRootRead && tag.name.slice(tag.name.indexOf(':') + 1) !== 'Project') throw new UnreadableInput(msg0('import.unreadable.not-project'));
    isRootRead = true;
    // Refused before saxes resolves its namespace, a walk over every open element (xml-tree.ts MAX_XML_DEPTH).
    if (stack.length - 1 > MAX_XML_DEPTH) throw new UnreadableInput(msg('import.unreadable.xml-too-deep', { ...positionOfOffset(body, tagAt), limit: MAX_XML_DEPTH }));
  });
  parser.on('text', (t: string) => {
    top.text += t;
    lastEventAt = parser.position;
  });
  parser.on('cdata', (t: string) => {
    top.text += t;
    lastEventAt = parser.position;
  });
  // The namespace of an element is known once its attributes are read; the closing event has it.
  parser.on('closetag', (tag) => {
    lastEventAt = parser.position;
    const done = stack.pop()!;
    top = stack[stack.length - 1]!;
    const node = top.node ??= newNode(top.line);
    const name = tag.uri === MSPDI_NAMESPACE ? tag.local! : `{${tag.uri ?? ''}}${tag.local ?? done.name}`;
    addChild(node, name, valueOf(done, name));
  });
  try {
    parser.write(body);
    if (stack.length > 1) {
      const bare = findBareAmpersand(body, lastEventAt);
      if (bare !== undefined) throw new UnreadableInput(msg('import.unreadable.xml-ampersand', bare));
      throw new UnreadableInput(msg('import.unreadable.xml-truncated', { open: stack.slice(1).map((o) => o.name) }));
    }
    parser.close();
  } catch (e) {
    if (e instanceof UnreadableInput || failure === undefined) throw e;
    throw new UnreadableInput(msg('import.unreadable.xml-malformed', failure));
  }
  return root.node ?? {};
}

/** The 1-based line and column of the first `&` from `from` on that starts no reference (`&name;`, `&#n;`, `&#xh;`). */
function findBareAmpersand(body: string, from: number): LineColumn | undefined {
  const bare = /&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][-A-Za-z0-9_:.]*);)/g;
  bare.lastIndex = from;
  const found = bare.exec(body);
  return found === null ? undefined : positionOfOffset(body, found.index);
}




export function text(node: XmlNode | undefined, name: string): string {
  const v = node?.[name];
  return typeof v === 'string' ? v : '';
}

export function children(node: XmlNode | undefined, name: string): readonly XmlNode[] {
  const v = node?.[name];
  if (v === undefined || typeof v === 'string') return [];
  return Array.isArray(v) ? (v as readonly XmlNode[]) : [v as XmlNode];
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}
