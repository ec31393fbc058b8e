// `milepel schema`: prints schemas/plan.schema.json, byte for byte.
import type { Io } from '../io.js';
import { packageFile } from '../package.js';

export function runSchema(io: Io): number {
  io.stdout(io.readText(packageFile('schemas/plan.schema.json')));
  return 0;
}
