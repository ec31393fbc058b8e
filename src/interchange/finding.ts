// What an import could not carry over exactly: one finding per item, with the source line where the format has lines.
import { renderMessage, type Message } from '../messages/index.js';
import type { ImportedLink } from './plan-model.js';
import type { ImportTopic } from '../messages/data/import.js';

/** `approximated`: kept, but not exactly as the source tool had it; `dropped`: left out of the plan. */
export type FindingKind = 'approximated' | 'dropped';

export interface ImportFinding {
  readonly kind: FindingKind;
  /** Short category for the count summary ("calendar", "constraint", "progress", "hours", "link", "column", …). */
  readonly topic: ImportTopic;
  /** 1-based line of the source file (XER, CSV, MSPDI), or the row number of a sheet; undefined when the format has none. */
  readonly line?: number;
  /** The activity's id in the plan, when the finding is about one. */
  readonly activity?: string;
  readonly message: Message;
  /**
   * The link an `approximated` finding is about (its lag rounded), the very object in the plan: a link the import then
   * leaves out (loops.ts) takes the finding with it, said once, as left out (tester round 21 #12). Never rendered.
   */
  readonly link?: ImportedLink;
}

/** The import could not run at all (not the format, truncated beyond use, no activities): one `milepel:` line, exit 2. */
export class UnreadableInput extends Error {
  /** Why, rendered per locale by the CLI. */
  readonly reason: Message;

  constructor(reason: Message) {
    super(renderMessage(reason, 'en'));
    this.reason = reason;
    this.name = 'UnreadableInput';
  }
}
