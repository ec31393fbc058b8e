// Plain-text tables for reports: aligned columns, one flexible column cut with an ellipsis to fit the width.
import { escapeControl } from './safe-text.js';

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** The column that gives up width when the table is too wide (at most one). */
  readonly flex?: boolean;
  /** Narrowest a flexible column may become. */
  readonly min?: number;
}

/** Display width in terminal columns: code points, with wide East Asian characters and emoji counted twice. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    width += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1faff) ? 2 : 1;
  }
  return width;
}

/** Cuts text to at most `width` columns, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows under a header, columns separated by two spaces. Cells are escaped (no control
 * characters reach the terminal). `paint` may colour a cell after layout (widths are measured uncoloured).
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth: number, paint?: (row: number, column: number, text: string) => string): string[] {
  const cells = rows.map((r) => r.map((c) => escapeControl(c)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
  const flex = columns.findIndex((c) => c.flex);
  if (total > maxWidth && flex >= 0) widths[flex] = Math.max(columns[flex]!.min ?? 8, widths[flex]! - (total - maxWidth));
  const line = (r: readonly string[], row: number): string =>
    columns.map((c, i) => {
      const text = truncate(r[i] ?? '', widths[i]!);
      const padded = pad(text, widths[i]!, c.align);
      return paint && row >= 0 ? padded.replace(text, paint(row, i, text)) : padded;
    }).join('  ').trimEnd();
  return [line(columns.map((c) => c.header), -1), ...cells.map((r, i) => line(r, i))];
}
