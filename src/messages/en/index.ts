// The English catalogue: every message id's text in English (the default, and the language of machine formats).
import type { Catalogue } from '../types.js';
import { ciEn } from './ci.js';
import { cliEn } from './cli.js';
import { cliCommandsEn } from './cli-commands.js';
import { cliInputEn } from './cli-input.js';
import { editEn } from './edit.js';
import { explainEn } from './explain.js';
import { exportEn } from './export.js';
import { importEn } from './import.js';
import { healthEn } from './health.js';
import { calendarEn, inputEn, reportEn } from './input.js';
import { rulesEn } from './rules.js';

/** The parts in the order they override each other (a later part wins), for lookups without merging. */
export const EN_PARTS: readonly Partial<Catalogue>[] = [rulesEn, inputEn, calendarEn, reportEn, cliEn, cliInputEn, cliCommandsEn, healthEn, importEn, exportEn, explainEn, ciEn, editEn];

let merged: Catalogue | undefined;

/** The whole catalogue, merged from its parts on first use (typed: a missing id fails to compile). Runs look texts up in the parts. */
export function en(): Catalogue {
  merged ??= { ...rulesEn, ...inputEn, ...calendarEn, ...reportEn, ...cliEn, ...cliInputEn, ...cliCommandsEn, ...healthEn, ...importEn, ...exportEn, ...explainEn, ...ciEn, ...editEn };
  return merged;
}
