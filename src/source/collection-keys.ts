// Mapping keys that are themselves a mapping or a list (`{id: A}: 1`, `[a, b]: 1`): valid YAML, but no plan key is
// one, and the yaml library would turn them into text such as "{ id: A }" with a Node warning on stderr (outside
// milepel's own output, with the process id in it). Reported as yaml-syntax at the key instead (SPEC §4.1).
import { isMap, isPair, isSeq, type Document } from './yaml.js';

/** Where each collection key starts (UTF-16 offset into the text), in document order. */
export function findCollectionKeys(doc: Document): number[] {
  const found: number[] = [];
  // An explicit stack: a document may nest thousands of levels deep.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isMap(node) && !isSeq(node)) continue;
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item = node.items[i];
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      if (isMap(item.key) || isSeq(item.key)) {
        const start = item.key.range?.[0];
        if (start !== undefined) found.push(start);
      }
      stack.push(item.value);
    }
  }
  return found.sort((a, b) => a - b);
}
