// MSPDI in the shape MS Project and milepel's export write it → the element tree, without a general XML parser.
//
// saxes (xml.ts) reads about 25 MB of XML a second: the 177 MB export of a 100,000-task plan took 7 s of CPU to read
// (issue #18: every command at 100k within 3 s). The files MS Project and `export --format mspdi` write use a small
// part of XML: an XML declaration, one root `<Project xmlns="http://schemas.microsoft.com/project">`, then elements
// without attributes, text with the predefined entities and character references, and no comments, CDATA,
// processing instructions or doctype. That part is read here, by searching for `<` and `>`. A file with anything
// else, or anything that is not well-formed, gets undefined back and is read by saxes, which then builds the same
// tree or says exactly what is wrong; test/interchange/mspdi-xml-common.test.ts compares the two readers' trees.
import { addChild, newNode } from './xml-tree.js';

const DECLARATION = /^<\?xml version="1\.0"(?: encoding="[A-Za-z][A-Za-z0-9._-]*")?(?: standalone="(?:yes|no)")?\?>/;
const ROOT = '<Project xmlns="http://schemas.microsoft.com/project">';
/** Characters XML 1.0 does not allow (controls, U+FFFE, U+FFFF) or that need a closer look (surrogates), and CR (XML turns CR LF into LF). */
const SUSPECT = /[^\t\n\x20-\uD7FF\uE000-\uFFFD]/g;
/** An element name without a namespace prefix (colons would need the namespaces resolved). */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const WHITESPACE = /^[ \t\n]*$/;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));|&/g;
const PREDEFINED: ReadonlyMap<string, string> = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

/** Thrown inside the reader when the file leaves the common shape; never escapes it. */
const NOT_COMMON = Symbol('not common');

/** The tree of `body` (a BOM already dropped) as xml.ts's parseTree builds it, or undefined when saxes must read it. */
export function readCommonTree(body: string): Record<string, unknown> | undefined {
  const declaration = DECLARATION.exec(body);
  let pos = declaration === null ? 0 : declaration[0].length;
  if (!isCommonText(body, pos)) return undefined;
  const rootAt = body.indexOf('<', pos);
  if (rootAt < 0 || !body.startsWith(ROOT, rootAt) || !WHITESPACE.test(body.slice(pos, rootAt))) return undefined;
  let line = 1;
  for (let i = 0; i < rootAt; i++) if (body.charCodeAt(i) === 0x0a) line++;
  // The open elements as parallel stacks (an object per element was most of the reading's garbage); 0 is the
  // document, which holds the root.
  const names: string[] = ['', 'Project'];
  const lines: number[] = [1, line];
  const nodes: (Record<string, unknown> | undefined)[] = [undefined, undefined];
  const texts: string[] = ['', ''];
  let depth = 1;
  /** Names read so far by first character and length: a start tag is looked up without cutting its name out. */
  const known = new Map<number, string[]>();
  pos = rootAt + ROOT.length;
  try {
    while (depth > 0) {
      const lt = body.indexOf('<', pos);
      if (lt < 0) return undefined;
      if (lt > pos) {
        // Line feeds counted, and whitespace before any other text left out: trimmed away anyway, it would only cost
        // a string per element.
        let isBlank = true;
        for (let i = pos; i < lt; i++) {
          const c = body.charCodeAt(i);
          if (c === 0x0a) line++;
          else if (c !== 0x20 && c !== 0x09) isBlank = false;
        }
        if (!isBlank || texts[depth] !== '') {
          const text = body.slice(pos, lt);
          texts[depth] += text.includes('&') ? decodeReferences(text) : text;
        }
      }
      const gt = body.indexOf('>', lt);
      if (gt < 0) return undefined;
      let isClosing = body.charCodeAt(lt + 1) === 0x2f;
      if (isClosing) {
        // `</Name>` must close the element open.
        const name = names[depth]!;
        if (gt - lt - 2 !== name.length || !body.startsWith(name, lt + 2)) return undefined;
      } else {
        const isEmpty = body.charCodeAt(gt - 1) === 0x2f;
        const end = isEmpty ? gt - 1 : gt;
        const key = body.charCodeAt(lt + 1) * 4096 + Math.min(end - lt - 1, 4095);
        let candidates = known.get(key);
        let name: string | undefined;
        for (let i = 0; candidates !== undefined && i < candidates.length && name === undefined; i++) {
          const n = candidates[i]!;
          if (n.length === end - lt - 1 && body.startsWith(n, lt + 1)) name = n;
        }
        if (name === undefined) {
          const raw = body.slice(lt + 1, end);
          if (!NAME.test(raw)) return undefined;
          name = raw;
          if (candidates === undefined) known.set(key, candidates = []);
          candidates.push(name);
        }
        depth++;
        names[depth] = name;
        lines[depth] = line;
        nodes[depth] = undefined;
        texts[depth] = '';
        isClosing = isEmpty;
      }
      if (isClosing) {
        // The element becomes a child of the one it is in, as valueOf and addChild make it in xml.ts.
        const node = nodes[depth];
        const text = texts[depth]!.trim();
        let value: unknown = text;
        if (node !== undefined) {
          if (text !== '') node['#text'] = text;
          value = node;
        }
        const name = names[depth]!;
        depth--;
        addChild(nodes[depth] ??= newNode(lines[depth]!), name, value);
      }
      pos = gt + 1;
    }
  } catch (e) {
    if (e === NOT_COMMON) return undefined;
    throw e;
  }
  // Only whitespace may follow the root.
  if (!WHITESPACE.test(body.slice(pos))) return undefined;
  return nodes[0] ?? {};
}

/**
 * Whether the text from `from` on holds only what the common shape allows everywhere: characters XML 1.0 allows
 * (surrogates in pairs), no CR, no `]]>`, and no markup but elements (`<!` comments, CDATA and doctypes, `<?`
 * processing instructions).
 */
function isCommonText(body: string, from: number): boolean {
  if (body.indexOf(']]>', from) >= 0 || body.indexOf('<!', from) >= 0 || body.indexOf('<?', from) >= 0) return false;
  SUSPECT.lastIndex = from;
  for (let found = SUSPECT.exec(body); found !== null; found = SUSPECT.exec(body)) {
    const at = found.index;
    const c = body.charCodeAt(at);
    if (c < 0xd800 || c > 0xdbff) return false;
    const next = body.charCodeAt(at + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    SUSPECT.lastIndex = at + 2;
  }
  return true;
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
