// `milepel risk` formats: name → pure formatter of the report data.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatRiskHtml } from './html.js';
import { formatRiskJson, riskJsonChunks } from './json.js';
import type { RiskReport } from './model.js';
import { formatRiskText, riskTextChunks } from './text.js';

export const riskFormatNames = ['text', 'json', 'html', 'xlsx'] as const;
export type RiskFormat = (typeof riskFormatNames)[number];
/** The formats that are text (xlsx is bytes, written by the CLI from riskSheets). */
export type RiskTextFormat = Exclude<RiskFormat, 'xlsx'>;

export function formatRisk(format: RiskTextFormat, report: RiskReport, options: FormatOptions): string {
  if (format === 'json') return formatRiskJson(report);
  if (format === 'html') return formatRiskHtml(report, options.locale);
  return formatRiskText(report, options);
}

/** The same text as formatRisk, in pieces to write one after another (the JSON and the text are never held whole). */
export function riskChunks(format: RiskTextFormat, report: RiskReport, options: FormatOptions): Iterable<string> {
  if (format === 'json') return riskJsonChunks(report);
  return format === 'text' ? riskTextChunks(report, options) : [formatRisk(format, report, options)];
}

export { riskSheets } from './sheet.js';
export { buildRiskReport, type RiskReport } from './model.js';
