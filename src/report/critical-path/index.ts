// `milepel critical-path` formats: name → pure formatter of the report data.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatCriticalPathJson } from './json.js';
import type { CriticalPathReport } from './model.js';
import { formatCriticalPathText } from './text.js';

export const criticalPathFormatNames = ['text', 'json'] as const;
export type CriticalPathFormat = (typeof criticalPathFormatNames)[number];

export function formatCriticalPath(format: CriticalPathFormat, report: CriticalPathReport, options: FormatOptions): string {
  return format === 'json' ? formatCriticalPathJson(report) : formatCriticalPathText(report, options);
}

export { buildCriticalPathReport, type CriticalPathReport, type CriticalPathSource } from './model.js';
