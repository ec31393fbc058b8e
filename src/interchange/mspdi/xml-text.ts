// A tiny XML writer for the MSPDI export: escaped text, one element per line, deterministic bytes.
import { joinChunks, lineChunks } from '../../report/chunks.js';
import { escapeControl } from '../../report/safe-text.js';

/**
 * Text content or an attribute value: control, line-separator and bidi characters shown as visible escapes
 * (`\x1b`, `\n`; XML 1.0 forbids most of them, and no raw line break can start an output line with `::`),
 * then `&`, `<`, `>`, `"` and `'` as entities.
 */
export function escapeXml(text: string): string {
  return escapeControl(text).replace(/[&<>"']/g, (ch) => ENTITIES.get(ch) ?? ch);
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
