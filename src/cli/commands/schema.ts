// `milepel schema`: prints schemas/plan.schema.json, byte for byte.
import type { Io } from '../io.js';
import { decideLocale } from '../options.js';
import { packageFile } from '../package.js';

/**
 * Prints the schema. `locale` (--locale) changes nothing in it, but one milepel does not speak is refused as every
 * command refuses it (exit 2): it was taken silently (tester round 26).
 */
export function runSchema(io: Io, locale?: string): number {
  decideLocale(locale, io);
  io.stdout(io.readText(packageFile('schemas/plan.schema.json')));
  return 0;
}
