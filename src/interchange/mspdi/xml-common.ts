// MSPDI in the shape MS Project and milepel's export write it, as UTF-8 bytes → the element tree (or the parts of it a
// filter asks for), without a general XML parser and without the file as one string.
//
// saxes (xml.ts) reads about 25 MB of XML a second: the 177 MB export of a 100,000-task plan took 7 s of CPU to read
// (issue #18: every command at 100k within 3 s). The files MS Project and `export --format mspdi` write use a small
// part of XML: an XML declaration, one root `<Project xmlns="http://schemas.microsoft.com/project">`, then elements
// without attributes, text with the predefined entities and character references, and no comments, CDATA,
// processing instructions or doctype. That part is read here from the bytes, a byte at a time. A file with anything
// else, or anything that is not well-formed, gets undefined back and is read by saxes, which then builds the same
// tree or says exactly what is wrong; test/interchange/mspdi-xml-common.test.ts compares the two readers' trees.
// Read as one string, the 177 MB file was 354 MB of UTF-16 and its tree about 5 million records (1.2 GB peak): the
// import builds only the elements it reads (TreeFilter) and takes each task as it ends (parts.ts).
import { Buffer } from 'node:buffer';
import { HASH_START, hashOf, hashStep, NameTable, type Name } from './xml-names.js';
import { addChild, isVerbatim, leafText, MAX_XML_DEPTH, newNode } from './xml-tree.js';

/**
 * Which elements are built. Each element gets a mode from its parent's mode and its name's class; mode 0 skips the
 * element and all it holds (still read, and still checked: a file outside the common shape is saxes's either way),
 * except that its parent becomes a record, as it would with the element in it.
 */
export interface TreeFilter {
  readonly rootMode: number;
  /** A number per element name, computed once per name. */
  readonly classify: (name: string) => number;
  /** The mode of an element of class `cls` opened in an element of mode `parent` (not 0), in document order. */
  readonly enter: (parent: number, cls: number) => number;
  /** Called as an element of `mode` ends; true when it took the value, which then is not added to its parent. */
  readonly take: (mode: number, value: unknown) => boolean;
}

/** Every element built, none taken: the whole tree. */
export const WHOLE_TREE: TreeFilter = { rootMode: 1, classify: () => 0, enter: () => 1, take: () => false };

const DECLARATION = /^<\?xml version="1\.0"(?: encoding="[A-Za-z][A-Za-z0-9._-]*")?(?: standalone="(?:yes|no)")?\?>/;
const ROOT = Buffer.from('<Project xmlns="http://schemas.microsoft.com/project">', 'latin1');
/** An element name without a namespace prefix (colons would need the namespaces resolved). */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));|&/g;
const PREDEFINED: ReadonlyMap<string, string> = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

/** Thrown inside the reader when the file leaves the common shape; never escapes it. */
const NOT_COMMON = Symbol('not common');

/** Node's own slicers (not in its typings): a fresh string each, never a slice of a larger one that it keeps alive. */
type Slicing = Buffer & { latin1Slice(start: number, end: number): string; utf8Slice(start: number, end: number): string };

/**
 * The tree of `bytes` (UTF-8, its byte order mark already dropped) as xml.ts's parseTree builds it, less what `filter`
 * skips or takes; undefined when saxes must read it.
 */
export function readCommonTree(bytes: Uint8Array, filter: TreeFilter = WHOLE_TREE): Record<string, unknown> | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Slicing;
  const n = buf.length;
  const head = buf.latin1Slice(0, Math.min(n, 256));
  const declaration = DECLARATION.exec(head);
  let pos = declaration === null ? 0 : declaration[0].length;
  let line = 1;
  while (pos < n && (buf[pos] === 0x20 || buf[pos] === 0x09 || buf[pos] === 0x0a)) if (buf[pos++] === 0x0a) line++;
  if (buf.compare(ROOT, 0, ROOT.length, pos, Math.min(n, pos + ROOT.length)) !== 0) return undefined;
  // The open elements as parallel stacks (an object per element was most of the reading's garbage); 0 is the
  // document, which holds the root.
  const names: (Name | undefined)[] = [undefined, { name: 'Project', bytes: Buffer.from('Project'), cls: filter.classify('Project'), verbatim: false }];
  const lines: number[] = [1, line];
  const modes: number[] = [1, filter.rootMode];
  const nodes: (Record<string, unknown> | undefined)[] = [undefined, undefined];
  const texts: string[] = ['', ''];
  let depth = 1;
  /** Names read so far by the hash of their bytes: a start tag is looked up without cutting its name out. */
  const known = new NameTable();
  pos += ROOT.length;
  try {
    while (depth > 0) {
      // Text up to the next tag: line feeds counted, characters XML 1.0 forbids (controls, CR, U+FFFE, U+FFFF) and
      // `]]>` refused; valid UTF-8 has no lone surrogates.
      let isBlank = true;
      let isAscii = true;
      let hasAmpersand = false;
      let lt = pos;
      for (; lt < n; lt++) {
        const c = buf[lt]!;
        if (c === 0x3c) break;
        if (c <= 0x20) {
          if (c === 0x0a) line++;
          else if (c !== 0x20 && c !== 0x09) return undefined;
        } else {
          isBlank = false;
          if (c >= 0x80) {
            isAscii = false;
            if (c === 0xef && buf[lt + 1] === 0xbf && (buf[lt + 2] === 0xbe || buf[lt + 2] === 0xbf)) return undefined;
          } else if (c === 0x26) hasAmpersand = true;
          else if (c === 0x3e && buf[lt - 1] === 0x5d && buf[lt - 2] === 0x5d) return undefined;
        }
      }
      if (lt >= n) return undefined;
      if (lt > pos) {
        // Whitespace before any other text is left out: trimmed away anyway (a blank text is none, even a verbatim
        // one), it would only cost a string per element; text with blanks around it is one piece, kept whole.
        if (modes[depth] !== 0 && (!isBlank || texts[depth] !== '')) {
          const text = isAscii ? buf.latin1Slice(pos, lt) : buf.utf8Slice(pos, lt);
          texts[depth] += hasAmpersand ? decodeReferences(text) : text;
        } else if (hasAmpersand) decodeReferences(buf.latin1Slice(pos, lt));
      }
      let gt = lt + 1;
      let isClosing = buf[lt + 1] === 0x2f;
      // A start tag's bytes are hashed as they are passed (xml-names.ts); an empty element's again without its `/`.
      let hash = HASH_START;
      if (isClosing) while (gt < n && buf[gt] !== 0x3e) gt++;
      else {
        for (; gt < n; gt++) {
          const c = buf[gt]!;
          if (c === 0x3e) break;
          hash = hashStep(hash, c);
        }
      }
      if (gt >= n) return undefined;
      if (isClosing) {
        // `</Name>` must close the element open.
        const open = names[depth]!.bytes;
        if (gt - lt - 2 !== open.length) return undefined;
        for (let i = 0; i < open.length; i++) if (buf[lt + 2 + i] !== open[i]) return undefined;
      } else {
        const isEmpty = buf[gt - 1] === 0x2f;
        const end = isEmpty ? gt - 1 : gt;
        if (isEmpty) hash = hashOf(buf, lt + 1, end);
        let name = known.find(buf, lt + 1, end, hash);
        if (name === undefined) {
          const raw = buf.latin1Slice(lt + 1, end);
          if (!NAME.test(raw)) return undefined;
          name = { name: raw, bytes: Buffer.from(raw, 'latin1'), cls: filter.classify(raw), verbatim: isVerbatim(raw) };
          // Names made to share a hash: saxes reads the file (xml-names.ts).
          if (!known.add(hash, name)) return undefined;
        }
        const parentMode = modes[depth]!;
        // Nested past the limit: saxes reads the file and refuses it, with the same words as for any other shape.
        if (++depth > MAX_XML_DEPTH) return undefined;
        names[depth] = name;
        lines[depth] = line;
        modes[depth] = parentMode === 0 ? 0 : filter.enter(parentMode, name.cls);
        nodes[depth] = undefined;
        texts[depth] = '';
        isClosing = isEmpty;
      }
      if (isClosing) {
        // The element becomes a child of the one it is in, as valueOf and addChild make it in xml.ts.
        const mode = modes[depth]!;
        const { name, verbatim } = names[depth]!;
        depth--;
        if (mode !== 0) {
          const node = nodes[depth + 1];
          let value: unknown;
          if (node === undefined) value = leafText(texts[depth + 1]!, verbatim);
          else {
            const text = texts[depth + 1]!.trim();
            if (text !== '') node['#text'] = text;
            value = node;
          }
          if (!filter.take(mode, value)) addChild(nodes[depth] ??= newNode(lines[depth]!), name, value);
          else nodes[depth] ??= newNode(lines[depth]!);
        } else if (modes[depth] !== 0) nodes[depth] ??= newNode(lines[depth]!);
      }
      pos = gt + 1;
    }
  } catch (e) {
    if (e === NOT_COMMON) return undefined;
    throw e;
  }
  // Only whitespace may follow the root.
  for (; pos < n; pos++) if (buf[pos] !== 0x20 && buf[pos] !== 0x09 && buf[pos] !== 0x0a) return undefined;
  return nodes[0] ?? {};
}

/** Text with its references replaced; a bare `&` or a reference to a character XML forbids is not the common shape. */
function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (_all, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (named !== undefined) return PREDEFINED.get(named)!;
    if (decimal === undefined && hex === undefined) throw NOT_COMMON;
    const cp = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    const isChar = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    if (!isChar) throw NOT_COMMON;
    return String.fromCodePoint(cp);
  });
}
