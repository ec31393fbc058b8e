// The Norwegian (bokmål) catalogue: every message id's text for --locale nb and LANG nb*/no*/nn*.
import type { Catalogue } from '../types.js';
import { cliNb } from './cli.js';
import { cliCommandsNb } from './cli-commands.js';
import { cliInputNb } from './cli-input.js';
import { explainNb } from './explain.js';
import { importNb } from './import.js';
import { healthNb } from './health.js';
import { calendarNb, inputNb, reportNb } from './input.js';
import { rulesNb } from './rules.js';

let merged: Catalogue | undefined;

/** The catalogue, merged from its parts on first use: merging costs milliseconds of a run's start, and a run needs one locale. */
export function nb(): Catalogue {
  merged ??= { ...rulesNb, ...inputNb, ...calendarNb, ...reportNb, ...cliNb, ...cliInputNb, ...cliCommandsNb, ...healthNb, ...importNb, ...explainNb };
  return merged;
}
