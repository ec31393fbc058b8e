// Walks over a parsed document's nodes (the yaml library's tree, through its adapter ./yaml.ts): the offsets of its
// aliases and the first that names no anchor before it (full-parse.ts), and the node still open at an error's offset,
// where describeYamlError (syntax-problem.ts) and entry-window.ts place an unclosed one. They only read the tree; the
// problems are worded in syntax-problem.ts.
import { isAlias, isMap, isPair, isSeq, type Document } from './yaml.js';

/** The offsets of the document's aliases, in text order. */
export function aliasOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  forEachNode(doc, (node) => {
    if (isAlias(node) && node.range) offsets.push(node.range[0]);
  });
  return offsets.sort((a, b) => a - b);
}

/**
 * The first alias (by offset) that names no anchor before it (YAML 1.2 §7.1: an alias refers to the most recent
 * preceding anchor): the yaml library reports it only by throwing from toJS. Undefined when every alias resolves.
 */
export function firstUnresolvedAlias(doc: Document): { offset: number; name: string } | undefined {
  // Anchors and aliases in text order, swept once: the library's resolve(doc) walks the whole document for each alias
  // (1,000 aliases of one date took 2 s, 8,000 took 108 s: tester round 38 F2).
  const marks: { offset: number; anchor?: string; alias?: string }[] = [];
  forEachNode(doc, (node) => {
    const n = node as { range?: readonly number[] | null; anchor?: string | null };
    if (!n.range) return;
    if (isAlias(node)) marks.push({ offset: n.range[0]!, alias: node.source });
    else if (typeof n.anchor === 'string') marks.push({ offset: n.range[0]!, anchor: n.anchor });
  });
  marks.sort((a, b) => a.offset - b.offset || (a.anchor !== undefined ? -1 : 1));
  const anchors = new Set<string>();
  for (const m of marks) {
    if (m.anchor !== undefined) anchors.add(m.anchor);
    else if (m.alias !== undefined && !anchors.has(m.alias)) return { offset: m.offset, name: m.alias };
  }
  return undefined;
}

/** Where the innermost node that is still open at `offset` (starts before it and runs up to it) starts. */
export function openNodeAt(doc: Document, offset: number): number | undefined {
  let best: number | undefined;
  forEachNode(doc, (node) => {
    const range = (node as { range?: readonly number[] | null }).range;
    if (!range || range[0] === undefined || range[1] === undefined) return;
    if (range[0] < offset && range[1] >= offset && (best === undefined || range[0] > best)) best = range[0];
  });
  return best;
}

function forEachNode(doc: Document, visit: (node: unknown) => void): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    visit(node);
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
}
