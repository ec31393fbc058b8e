// renderTable cuts a cell of one-column code points by counting units (issue #18): the same text as truncate, which
// measures it again, on random cells made of ASCII, æøå, dashes, backslashes and the escapes of control characters,
// cut at every width, so an escape split at the cut (`\x7…`) is kept whole as truncate keeps it.
import { describe, expect, it } from 'vitest';
import { flattenText } from '../../src/report/safe-text.js';
import { displayWidth, pad, renderTable, truncate, type Column } from '../../src/report/table.js';

/** The table's lines as truncate and pad make them, cell by cell (the layout renderTable had before the fast cut). */
function expected(columns: readonly Column[], rows: readonly (readonly string[])[], widths: readonly number[]): string[] {
  const line = (cells: readonly string[]): string => cells.map((c, i) => pad(truncate(c, widths[i]!), widths[i]!, columns[i]!.align)).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)];
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const PIECES = ['a', 'B', ' ', 'æ', 'Ø', '–', '…', '\\', '\\x', '\\x7', '\u007f', '\u202e', '\t', '\n', '\r', '\\u20', '\\n', 'x7f', '·', '✓'];

describe('renderTable cuts cells as truncate does', () => {
  it('on random one-column cells with escapes, at every width of the flexible column', () => {
    const next = random(18);
    const cells: string[][] = [];
    for (let r = 0; r < 400; r++) {
      let text = '';
      const n = Math.floor(next() * 24);
      for (let k = 0; k < n; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      cells.push(['M1', text, '+3']);
    }
    for (let width = 12; width <= 45; width++) {
      for (const align of ['left', 'right'] as const) {
        const columns: Column[] = [{ header: 'Ref' }, { header: 'Title', flex: true, min: 1, align }, { header: 'Slip', align: 'right' }];
        const lines = renderTable(columns, cells, width);
        // The flexible column's width, as the header line shows it: the whole width less the other columns.
        const escaped = cells.map((row) => row.map(flattenText));
        const widest = Math.max(5, ...escaped.map((row) => row[1]!.length));
        const flex = Math.max(1, Math.min(widest, width - 3 - 2 - 2 - 4));
        expect(lines).toEqual(expected(columns, escaped, [3, flex, 4]));
      }
    }
  });

  // Cells of wide, joining and zero-width graphemes are cut after the graphemes that fit without being measured again
  // (issue #18), and a line is trimmed without copying it: the same lines, with white space of every kind at the ends.
  it('on random cells of emoji, marks, CJK, Prepend characters and white space, at every width', () => {
    const next = random(20);
    const pieces = [...PIECES, '✅', '🚀', '⚠️', '👍🏽', '🇳🇴', 'e\u0301', '中', '\u200b', '\u00ad', '\u0600', '\u{110bd}\u200b', '\u0d4e\u200b', '\u00a0', '\u3000', '  '];
    const lasts = ['', ' ', '+3', 'x\u00a0', '\u3000', '⚠️', '\u0600'];
    const cells: string[][] = [];
    for (let r = 0; r < 200; r++) {
      let text = '';
      const n = Math.floor(next() * 16);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(next() * pieces.length)];
      cells.push([r % 7 === 0 ? '' : 'M1', text, lasts[Math.floor(next() * lasts.length)]!]);
    }
    const escaped = cells.map((row) => row.map(flattenText));
    for (let width = 12; width <= 45; width++) {
      for (const align of ['left', 'right'] as const) {
        const columns: Column[] = [{ header: 'Ref' }, { header: 'Title', flex: true, min: 1, align }, { header: 'Slip', align: 'right' }];
        const lines = renderTable(columns, cells, width);
        const widest = Math.max(5, ...escaped.map((row) => displayWidth(row[1]!)));
        const last = Math.max(4, ...escaped.map((row) => displayWidth(row[2]!)));
        const flex = Math.max(1, Math.min(widest, width - 3 - 2 - 2 - last));
        expect(lines).toEqual(expected(columns, escaped, [3, flex, last]));
      }
    }
  });
});
