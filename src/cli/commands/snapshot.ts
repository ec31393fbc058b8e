// `milepel snapshot`: records {reported: T, forecast: current} in each open milestone's history when the forecast moved.
import { planSnapshot } from '../../edit/plan-snapshot.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { runEdit } from './edit-session.js';

export async function runSnapshot(io: Io, paths: readonly string[], options: CommonOptions): Promise<number> {
  // The findings it refuses on only: it prints none and introduces none (src/edit/plan-snapshot.ts).
  return runEdit(io, paths, options, (input) => planSnapshot(input, options.plan, options.today !== undefined), 'refusals');
}
