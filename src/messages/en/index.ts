// The English catalogue: every message id's text in English (the default, and the language of machine formats).
import type { Catalogue } from '../types.js';
import { cliEn } from './cli.js';
import { cliCommandsEn } from './cli-commands.js';
import { cliInputEn } from './cli-input.js';
import { explainEn } from './explain.js';
import { importEn } from './import.js';
import { healthEn } from './health.js';
import { calendarEn, inputEn, reportEn } from './input.js';
import { rulesEn } from './rules.js';

let merged: Catalogue | undefined;

/** The catalogue, merged from its parts on first use: merging costs milliseconds of a run's start, and a run needs one locale. */
export function en(): Catalogue {
  merged ??= { ...rulesEn, ...inputEn, ...calendarEn, ...reportEn, ...cliEn, ...cliInputEn, ...cliCommandsEn, ...healthEn, ...importEn, ...explainEn };
  return merged;
}
