// `milepel critical-path` formats: name → pure formatter of the report data.
import type { FormatOptions } from '../../diagnostics/types.js';
import { criticalPathJsonChunks, formatCriticalPathJson } from './json.js';
import type { CriticalPathReport } from './model.js';
import { criticalPathTextChunks, formatCriticalPathText } from './text.js';

export const criticalPathFormatNames = ['text', 'json', 'xlsx'] as const;
export type CriticalPathFormat = (typeof criticalPathFormatNames)[number];
/** The formats that are text (xlsx is bytes, written by the CLI from criticalPathSheets). */
export type CriticalPathTextFormat = Exclude<CriticalPathFormat, 'xlsx'>;

export function formatCriticalPath(format: CriticalPathTextFormat, report: CriticalPathReport, options: FormatOptions): string {
  return format === 'json' ? formatCriticalPathJson(report) : formatCriticalPathText(report, options);
}

/** The same text as formatCriticalPath, in pieces to write one after another (never held whole). */
export function criticalPathChunks(format: CriticalPathTextFormat, report: CriticalPathReport, options: FormatOptions): Iterable<string> {
  return format === 'json' ? criticalPathJsonChunks(report) : criticalPathTextChunks(report, options);
}

export { criticalPathSheets } from './sheet.js';
export { buildCriticalPathReport, type CriticalPathReport, type CriticalPathSource } from './model.js';
