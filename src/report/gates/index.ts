// `milepel gates` output formats.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatGatesJson } from './json.js';
import type { GatesReport } from './model.js';
import { formatGatesText } from './text.js';

export { buildGatesReport, type GatesReport, type GateRow } from './model.js';

export const gatesFormatNames = ['text', 'json'] as const;
export type GatesFormat = (typeof gatesFormatNames)[number];

export function formatGates(format: GatesFormat, report: GatesReport, options: FormatOptions): string {
  return format === 'json' ? formatGatesJson(report) : formatGatesText(report, options);
}
