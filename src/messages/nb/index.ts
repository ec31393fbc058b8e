// The Norwegian (bokmål) catalogue: every message id's text for --locale nb and LANG nb*/no*/nn*.
import type { Catalogue } from '../types.js';
import { ciNb } from './ci.js';
import { cliNb } from './cli.js';
import { cliCommandsNb } from './cli-commands.js';
import { cliInputNb } from './cli-input.js';
import { editNb } from './edit.js';
import { explainNb } from './explain.js';
import { exportNb } from './export.js';
import { importNb } from './import.js';
import { healthNb } from './health.js';
import { calendarNb, inputNb, reportNb } from './input.js';
import { rulesNb } from './rules.js';

/** Builds the parts in the order they override each other (a later part wins). */
function build() {
  return [rulesNb(), inputNb(), calendarNb(), reportNb(), cliNb(), cliInputNb(), cliCommandsNb(), healthNb(), importNb(), exportNb(), explainNb(), ciNb(), editNb()] as const;
}

let parts: ReturnType<typeof build> | undefined;

/**
 * The parts, for lookups without merging; built on first use. An English run never builds them: ~700 functions that
 * every run created, and that V8's code cache of the bundle held (bin/load-bundle.cjs; the cache is 70 KB smaller).
 */
export function nbParts(): readonly Partial<Catalogue>[] {
  parts ??= build();
  return parts;
}

let merged: Catalogue | undefined;

/** The whole catalogue, merged from its parts on first use (typed: a missing id fails to compile). Runs look texts up in the parts. */
export function nb(): Catalogue {
  const [rules, input, calendar, report, cli, cliInput, cliCommands, health, imports, exportNotes, explain, ci, edit] = (parts ??= build());
  merged ??= { ...rules, ...input, ...calendar, ...report, ...cli, ...cliInput, ...cliCommands, ...health, ...imports, ...exportNotes, ...explain, ...ci, ...edit };
  return merged;
}
