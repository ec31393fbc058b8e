// The data of the messages the command line prints itself (exit 2 lines, notices): `cli.<command or topic>.<what>`.
import type { DayNumber } from '../../calendar/index.js';
import type { Message } from '../types.js';

export interface CliMessages {
  /** A date option of `set` that is not a date; `problem` is one of the `date.*` messages. */
  'cli.set.bad-date': { flag: string; problem: Message };
  /** `field` is the plan key (forecast, actual, status); values as written in the file. */
  'cli.set.already': { file: string; field: string; ref: string; value: string };
  /** `before` is null when the field had no value. */
  'cli.set.changed': { file: string; line: number; field: string; before: string | null; after: string };
  'cli.set.nothing-written': Readonly<Record<never, never>>;
  /**
   * An option that takes a value given `times` times (2 or more) with different values: `values` each once, in the
   * order given, quoted and escaped (2 or more). `cli.set.twice` for an edit, which says it wrote nothing.
   */
  'cli.option.twice': { flag: string; times: number; values: readonly string[] };
  'cli.set.twice': { flag: string; times: number; values: readonly string[] };
  /** `set plan/ID --plan other`: the ref names another plan than --plan; both escaped. */
  'cli.set.other-plan': { ref: string; plan: string };
  'cli.explain.other-plan': { ref: string; plan: string };
  /** gantt --scale too fine for the range in the width: `fits` is the largest scale that fits, `width` the --width `scale` needs. */
  'cli.gantt.scale-too-fine': { scale: string; fits: string; from: DayNumber; to: DayNumber; columns: number; needed: number; width: number | null; latestTo: DayNumber | null; yearsPerColumn: number | null };
  /** The header above the diagnostics an edit (set, snapshot) introduces. */
  'cli.edit.introduced': { count: number };
}
