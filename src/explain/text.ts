// `milepel explain` as text: the heading, projected / latest / float, then the chain, the days crossed and the meetings.
import type { FormatOptions } from '../diagnostics/types.js';
import { msg, type Message } from '../messages/index.js';
import type { Workspace } from '../model/types.js';
import { wrapWords } from '../report/wrap.js';
import { displayWidth, truncate } from '../report/table.js';
import type { Explanation } from './explain.js';
import { explanationMessages } from './messages.js';
import { shownMessage } from '../report/shown-message.js';

/** Narrowest width a line is fitted to: a continuation line keeps its indent and at least this much text. */
const MIN_WIDTH = 20;

/**
 * Lines fitted to `width` columns (string-width): a longer line is wrapped at spaces, its continuation lines indented
 * four more columns than it (two would look like the next level), and a word wider than the line is cut with an
 * ellipsis. A tester's finding: a long title made a heading line of 120 columns on an 80-column terminal.
 */
export function fitLines(lines: readonly string[], width: number): string[] {
  const out: string[] = [];
  const room = Math.max(MIN_WIDTH, width);
  for (const line of lines) {
    if (displayWidth(line) <= room) {
      out.push(line);
      continue;
    }
    const indent = /^ */.exec(line)![0];
    for (const part of wrapWords(line.slice(indent.length), room, indent, `${indent}    `)) out.push(displayWidth(part) <= room ? part : truncate(part, room));
  }
  return out;
}

/**
 * The driving chain's lines with their dates in one column: each line starts with its ref, padded to the widest (tester
 * round 67 F3: `x/A  2019-09-02` above `x/Approval-by-the-board  2019-09-05`), when the widest takes at most a third of
 * `width`; past that the padding would push the dates onto lines of their own (tester round 68 F4), and each line is
 * written as it is.
 */
function chainLines(shown: readonly string[], refs: readonly string[], width: number): string[] {
  let widest = 0;
  for (const ref of refs) widest = Math.max(widest, displayWidth(ref));
  if (widest > Math.max(MIN_WIDTH, Math.floor(width / 3))) return shown.map((line) => `  ${line}`);
  return shown.map((line, i) => {
    const ref = refs[i]!;
    return line.startsWith(`${ref}  `) ? `  ${ref}${' '.repeat(widest - displayWidth(ref))}${line.slice(ref.length)}` : `  ${line}`;
  });
}

/** Non-working days listed one a line before the rest are counted (`--format json` lists them all). */
const MAX_DAYS_LISTED = 60;

export function formatExplainText(ws: Workspace, e: Explanation, options: Pick<FormatOptions, 'locale' | 'width'>): string {
  const t = explanationMessages(ws, e);
  const r = (m: Message): string => shownMessage(m, options.locale);
  const lines = [r(t.heading), ...t.summary.map((m) => `  ${r(m)}`), '', r(t.chainHeading), ...chainLines(t.chain.map(r), t.chainRefs, options.width), '', r(t.nonWorkingHeading)];
  for (const m of t.nonWorking.slice(0, MAX_DAYS_LISTED)) lines.push(`  ${r(m)}`);
  // A calendar closed for centuries crossed 78,570 days, one line each (tester round 105 F2): the rest is counted.
  const rest = t.nonWorking.length - MAX_DAYS_LISTED;
  if (rest > 0) lines.push(`  ${r(msg('explain.non-working.more', { count: rest, last: e.nonWorkingDays[e.nonWorkingDays.length - 1]!.day }))}`);
  lines.push('', r(t.meetingsHeading));
  for (const m of t.meetings) lines.push(`  ${r(m)}`);
  return `${fitLines(lines, options.width).join('\n')}\n`;
}
