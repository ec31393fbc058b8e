// `milepel health` output formats: a text scorecard, JSON, an xlsx sheet, and failing checks as GitHub annotations, SARIF or GitLab.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatHealthJson } from './json.js';
import type { HealthView } from './model.js';
import { formatHealthText } from './text.js';

export type { HealthView } from './model.js';
export { healthFindings, type Locate } from './findings.js';
export { healthSheets } from './sheet.js';
export { formatHealthStepTables } from './step-summary.js';

export const healthFormatNames = ['text', 'json', 'github', 'sarif', 'gitlab', 'xlsx'] as const;
export type HealthFormat = (typeof healthFormatNames)[number];

/** The scorecard formats; github, sarif and gitlab go through validate's formatters (see {@link healthFindings}). */
export function formatHealthReport(format: 'text' | 'json', view: HealthView, options: FormatOptions): string {
  return format === 'text' ? formatHealthText(view, options) : formatHealthJson(view);
}
