// Columns counted in characters (code points), as SPEC §15 counts an `encoding` finding's, turned into UTF-16 units.

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
