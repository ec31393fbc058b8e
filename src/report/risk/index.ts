// `milepel risk` formats: name → pure formatter of the report data.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatRiskHtml } from './html.js';
import { formatRiskJson } from './json.js';
import type { RiskReport } from './model.js';
import { formatRiskText } from './text.js';

export const riskFormatNames = ['text', 'json', 'html', 'xlsx'] as const;
export type RiskFormat = (typeof riskFormatNames)[number];
/** The formats that are text (xlsx is bytes, written by the CLI from riskSheets). */
export type RiskTextFormat = Exclude<RiskFormat, 'xlsx'>;

export function formatRisk(format: RiskTextFormat, report: RiskReport, options: FormatOptions): string {
  if (format === 'json') return formatRiskJson(report);
  if (format === 'html') return formatRiskHtml(report, options.locale);
  return formatRiskText(report, options);
}

export { riskSheets } from './sheet.js';
export { buildRiskReport, type RiskReport } from './model.js';
