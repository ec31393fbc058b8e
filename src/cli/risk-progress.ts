// The line `milepel risk` keeps on stderr while a long run counts its iterations: at 100,000 milestones the default
// 10,000 iterations take minutes, and a terminal that shows nothing for that long looks hung. Only on a terminal (a
// CI log or a redirected stderr gets nothing), only for runs long enough to need it, redrawn at most four times a
// second, and cleared before the report is written.
import type { Io } from './io.js';
import { msg, renderMessage, type Locale } from '../messages/index.js';

/** Runs of at least this many node-iterations get a progress line: some seconds of work (risk-pool.ts: 1 M ≈ 0.3 s). */
export const PROGRESS_WORK = 20_000_000;
/** The least time between two redraws, in milliseconds. */
const REDRAW_MS = 250;

/**
 * The line within `width` columns (undefined: unknown), short of the last one: a line that wraps leaves a row behind at
 * every redraw, which erase-line cannot reach (tester round 64 F1: 49 characters on a 40-column terminal). Narrower, the
 * percentage alone; narrower still, cut. The line is ASCII (digits and the words of both locales), a column a character.
 */
function fitted(line: string, percent: number, width: number | undefined): string {
  if (width === undefined || width <= 0 || line.length < width) return line;
  const short = `milepel: risk ${percent} %`;
  return short.length < width ? short : short.slice(0, Math.max(0, width - 1));
}

export interface RiskProgress {
  /** Told the iterations done (risk-pool.ts simulate's onBlock). */
  readonly onBlock: (done: number) => void;
  /** Clears the line, when one was drawn. */
  readonly end: () => void;
}

/**
 * The progress line of a run of `total` iterations over a network of `work` / `total` nodes, or undefined when stderr
 * is no terminal or the run is short. `now` is the clock in milliseconds (a test gives its own).
 */
export function riskProgress(io: Io, work: number, total: number, locale: Locale, now: () => number = Date.now): RiskProgress | undefined {
  // A terminal that cannot move its cursor (TERM=dumb: an Emacs shell) would show the escape codes (tester round 64 F3).
  if (io.stderrIsTTY !== true || work < PROGRESS_WORK || io.env['TERM'] === 'dumb') return undefined;
  let drawn = false;
  let last = -Infinity;
  // A count that goes back is the run repeated with wider dates (risk/simulate.ts): said, not a progress gone backwards
  // (tester round 64 F2: 100 % and then 2 %).
  let before = 0;
  let again = false;
  return {
    onBlock: (done) => {
      const turned = done < before;
      if (turned) again = true;
      before = done;
      const t = now();
      if (t - last < REDRAW_MS && done < total && !turned) return;
      last = t;
      drawn = true;
      // Carriage return and erase-line: the next draw, or the report, starts on a clean line.
      io.stderr(`\r\x1b[K${fitted(`milepel: ${renderMessage(msg('cli.risk.progress', { done, total, again }), locale)}`, Math.floor((100 * done) / total), io.stderrColumns?.())}`);
    },
    end: () => {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
