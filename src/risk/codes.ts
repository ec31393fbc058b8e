// Integer codes of the compiled network: link types (SPEC §5) and kinds of sampled quantity.

/** Link types as codes (SPEC §5): the model's own (model/milestone-types.ts), as the schedule's link table has them. */
export { FS, FF, SS, SF } from '../model/milestone-types.js';

/** What a sampled quantity is (for drivers): a lag of edge `index`, a duration of node `index`, or risk event `index`. */
export const Q_LAG = 0;
export const Q_DURATION = 1;
export const Q_RISK = 2;
