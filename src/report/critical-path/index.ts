// `milepel critical-path` formats: name → pure formatter of the report data.
import type { FormatOptions } from '../../diagnostics/types.js';
import { criticalPathJsonChunks, formatCriticalPathJson } from './json.js';
import { buildCriticalPathReport, lazyCriticalPathReport, type CriticalPathSource } from './model.js';
import { criticalPathTextChunks, formatCriticalPathText } from './text.js';

export const criticalPathFormatNames = ['text', 'json', 'xlsx'] as const;
export type CriticalPathFormat = (typeof criticalPathFormatNames)[number];
/** The formats that are text (xlsx is bytes, written by the CLI from criticalPathSheets). */
export type CriticalPathTextFormat = Exclude<CriticalPathFormat, 'xlsx'>;

/** SPEC §8's report of `source` in `format`, as one text. */
export function formatCriticalPath(format: CriticalPathTextFormat, source: CriticalPathSource, options: FormatOptions): string {
  return format === 'json' ? formatCriticalPathJson(lazyCriticalPathReport(source)) : formatCriticalPathText(buildCriticalPathReport(source), options);
}

/** The same text as formatCriticalPath, in pieces to write one after another (never held whole; JSON rows never held). */
export function criticalPathChunks(format: CriticalPathTextFormat, source: CriticalPathSource, options: FormatOptions): Iterable<string> {
  return format === 'json' ? criticalPathJsonChunks(lazyCriticalPathReport(source)) : criticalPathTextChunks(buildCriticalPathReport(source), options);
}

export { criticalPathSheets } from './sheet.js';
export { buildCriticalPathReport, lazyCriticalPathReport, type CriticalPathReport, type CriticalPathSource, type LazyCriticalPathReport } from './model.js';
