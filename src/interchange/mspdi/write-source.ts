// What `export --format mspdi` writes from (SPEC §10): the analysed workspace, the status date and the plan chosen.
import type { DayNumber } from '../../calendar/index.js';
import type { Graph } from '../../graph/graph.js';
import type { Workspace } from '../../model/types.js';
import type { Schedule } from '../../schedule/cpm.js';

/** The input of writeMspdi (writer.ts), shared by the modules that write the file's parts. */
export interface MspdiSource {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
  /** The status date T. */
  readonly today: DayNumber;
  /** Index of the plan to write. */
  readonly plan: number;
}
