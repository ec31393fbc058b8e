// A tiny XML writer for the MSPDI export: escaped text, one element per line, deterministic bytes.
import { joinChunks, lineChunks } from '../../report/chunks.js';
import { escapeCodePoint, hasUnsafe, isUnsafeCodePoint } from '../../report/safe-text.js';

/**
 * Text content or an attribute value: `&`, `<`, `>`, `"` and `'` as entities; control, line-separator and bidi
 * characters as character references (`&#x9;`, `&#xA;`, `&#x202E;`) where XML 1.0 holds them, so that a reader gets
 * them back (a tester's title with a TAB came back with a backslash and a `t`) while no raw one reaches a terminal or
 * breaks a line of the file (none can start an output line with `::`); the code points XML 1.0 cannot hold (C0
 * controls but TAB, LF and CR; lone surrogates; U+FFFE, U+FFFF) as visible escapes (`\x07`), which xmlCannotHold
 * finds for the export's note.
 */
export function escapeXml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (ch) => ENTITIES.get(ch) ?? ch);
  if (!hasUnsafe(escaped)) return escaped;
  let out = '';
  // for…of walks code points: a lone surrogate arrives on its own, a pair stays whole.
  for (const ch of escaped) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isUnsafeCodePoint(cp)) out += ch;
    else out += isXmlChar(cp) ? `&#x${cp.toString(16).toUpperCase()};` : escapeCodePoint(cp);
  }
  return out;
}

/** Whether `text` holds a code point XML 1.0 cannot hold (escapeXml writes it as a visible escape instead). */
export function xmlCannotHold(text: string): boolean {
  if (!hasUnsafe(text)) return false;
  for (const ch of text) if (!isXmlChar(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

/**
 * `text` cut so that the value a reader gets back from escapeXml's output has at most `max` characters (XML Schema's
 * maxLength counts code points; a visible escape counts each of its characters, a character reference one): `text`
 * itself when it fits. The cut falls between code points: never inside a surrogate pair or a visible escape.
 */
export function cutToXmlLength(text: string, max: number): string {
  // Most texts: no more UTF-16 units than `max`, and nothing that escapeXml would widen.
  if (text.length <= max && !xmlCannotHold(text)) return text;
  let length = 0;
  let end = 0;
  // for…of walks code points: a pair stays whole, a lone surrogate arrives on its own (written as `\ud800`).
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    length += isXmlChar(cp) ? 1 : escapeCodePoint(cp).length;
    if (length > max) return text.slice(0, end);
    end += ch.length;
  }
  return text;
}

/** XML 1.0 §2.2 Char: TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
]);

/** An XML node: an element with text, or an element with children. */
export type XmlNode = readonly [name: string, content: string | number | readonly XmlNode[]];

/** Writes `node` and its children indented by two spaces per level, with a line feed after each line. */
export function writeXml(node: XmlNode, attributes = ''): string {
  return joinChunks(lineChunks(xmlLines(node, attributes)));
}

/** The lines of writeXml, one after another (a million tasks' file is never one string). */
export function* xmlLines(node: XmlNode, attributes = ''): Generator<string> {
  // An explicit stack instead of recursion: the task list is user-sized.
  const stack: { node: XmlNode; depth: number; close: boolean }[] = [{ node, depth: 0, close: false }];
  while (stack.length > 0) {
    const { node: [name, content], depth, close } = stack.pop()!;
    const pad = '  '.repeat(depth);
    if (close) {
      yield `${pad}</${name}>`;
      continue;
    }
    const open = depth === 0 ? `${name}${attributes}` : name;
    if (typeof content === 'string' || typeof content === 'number') {
      yield `${pad}<${open}>${typeof content === 'number' ? String(content) : escapeXml(content)}</${name}>`;
      continue;
    }
    if (content.length === 0) {
      yield `${pad}<${open}/>`;
      continue;
    }
    yield `${pad}<${open}>`;
    stack.push({ node: [name, content], depth, close: true });
    for (let i = content.length - 1; i >= 0; i--) stack.push({ node: content[i]!, depth: depth + 1, close: false });
  }
}
