// Registry of `milepel validate` output formats: name → pure formatter.

import type { FormatOptions, ValidateResult } from '../../diagnostics/types.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type ValidateFormatter = (result: ValidateResult, options: FormatOptions) => string;

/** Every validate format; `sarif` reports tool version 0.0.0 here, use {@link getValidateFormatter} for the real one. */
export const validateFormatters = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  sarif: formatSarif,
  gitlab: formatGitlab,
} as const satisfies Readonly<Record<string, ValidateFormatter>>;

export type ValidateFormat = keyof typeof validateFormatters;

/** Format names in the order help text lists them; `text` is the default. */
export const validateFormatNames: readonly ValidateFormat[] = ['text', 'json', 'github', 'junit', 'sarif', 'gitlab'];

/** True for a known format name (own keys only: `toString`, `__proto__` are not formats). */
export function isValidateFormat(name: string): name is ValidateFormat {
  return Object.hasOwn(validateFormatters, name);
}

/**
 * The formatter for `format`, with the package version baked into SARIF's tool.driver.version and, when given, the
 * `file:` URI of the root its relative paths start from into its originalUriBaseIds.
 */
export function getValidateFormatter(format: ValidateFormat, toolVersion: string, srcRoot?: string): ValidateFormatter {
  if (format === 'sarif') return (result, options) => formatSarif(result, options, toolVersion, srcRoot);
  return validateFormatters[format];
}

export { formatGithub, formatGitlab, formatJson, formatJunit, formatSarif, formatText };
