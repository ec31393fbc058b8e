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

export const nb: Catalogue = { ...rulesNb, ...inputNb, ...calendarNb, ...reportNb, ...cliNb, ...cliInputNb, ...cliCommandsNb, ...healthNb, ...importNb, ...explainNb };
