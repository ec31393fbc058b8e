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

/** The parts in the order they override each other (a later part wins), for lookups without merging. */
export const NB_PARTS: readonly Partial<Catalogue>[] = [rulesNb, inputNb, calendarNb, reportNb, cliNb, cliInputNb, cliCommandsNb, healthNb, importNb, explainNb];

let merged: Catalogue | undefined;

/** The whole catalogue, merged from its parts on first use (typed: a missing id fails to compile). Runs look texts up in the parts. */
export function nb(): Catalogue {
  merged ??= { ...rulesNb, ...inputNb, ...calendarNb, ...reportNb, ...cliNb, ...cliInputNb, ...cliCommandsNb, ...healthNb, ...importNb, ...explainNb };
  return merged;
}
