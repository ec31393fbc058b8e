// Columns counted in characters (code points), as SPEC §15 counts an `encoding` finding's and the text, JSON, GitHub and
// JUnit formats show every finding's, and in UTF-16 units, as parsers, LSP positions and SARIF count them: each into the
// other.

/**
 * The 1-based UTF-16 column of the 1-based code-point `column` of `line`: each character outside the Basic
 * Multilingual Plane before it is two units. Past the line's end the count goes on one unit a column.
 */
export function utf16Column(line: string, column: number): number {
  let units = 0;
  let chars = 0;
  for (; chars < column - 1 && units < line.length; chars++) {
    const c = line.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && (line.charCodeAt(units + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return units + 1 + (column - 1 - chars);
}

/**
 * The 1-based column in characters (code points) of the 1-based UTF-16 `column` of `line`: utf16Column's inverse. A
 * surrogate pair before it counts once; a column inside a pair is the pair's character. Past the line's end the count
 * goes on one column a unit.
 */
export function characterColumn(line: string, column: number): number {
  const end = Math.min(column - 1, line.length);
  let chars = column - 1;
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      chars--;
      i++;
    }
  }
  return chars + 1;
}
