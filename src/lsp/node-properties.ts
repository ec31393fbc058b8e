// Where a node's properties begin when they are written before it on its line: an anchor (`&a`) and tags (`!t`,
// `!!str`, `!<tag:yaml.org,2002:str>`). The parser places a node after them, so a cut from there left them behind: an
// anchor then named the node after the cut, a tag tagged it. Read from the text alone.

/**
 * Properties, each followed by blanks, at the end of the text before a node, after a line start, a blank or `[{,`. A
 * name or tag takes no flow indicator (`{a: 1, !t, dat: 1}` tags an entry of its own), but a verbatim tag's `<…>` may.
 */
const PROPERTIES_BEFORE = /(?:^|[ \t[{,])((?:(?:&[^\s,[\]{}]+|!<[^\s>]*>|![^\s,[\]{}]*)[ \t]+)+)$/;

/** The offset where the properties before the node at `nodeStart` begin (on its line from `lineStart`); `nodeStart` for none. */
export function propertiesStart(text: string, lineStart: number, nodeStart: number): number {
  const found = PROPERTIES_BEFORE.exec(text.slice(lineStart, nodeStart));
  return found === null ? nodeStart : nodeStart - found[1]!.length;
}
