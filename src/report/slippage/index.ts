// Registry of `milepel slippage` output formats.
export { formatSlippageCsv, slippageCsvChunks } from './csv.js';
export { formatSlippageJson, slippageJsonChunks } from './json.js';
export { slippageSheet } from './sheet.js';
export { formatSlippageText, slippageTextChunks } from './text.js';
export { sortBySeverity, SEVERITY_ORDER } from './order.js';

/** Format names in the order help text lists them; `text` is the default. */
export const slippageFormatNames = ['text', 'json', 'csv', 'xlsx'] as const;

export type SlippageFormat = (typeof slippageFormatNames)[number];
