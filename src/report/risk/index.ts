// `milepel risk` formats: name → pure formatter of the report data.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatRiskHtml } from './html.js';
import { formatRiskJson } from './json.js';
import type { RiskReport } from './model.js';
import { formatRiskText } from './text.js';

export const riskFormatNames = ['text', 'json', 'html'] as const;
export type RiskFormat = (typeof riskFormatNames)[number];

export function formatRisk(format: RiskFormat, report: RiskReport, options: FormatOptions): string {
  if (format === 'json') return formatRiskJson(report);
  if (format === 'html') return formatRiskHtml(report, options.locale);
  return formatRiskText(report, options);
}

export { buildRiskReport, type RiskReport } from './model.js';
