// `milepel health` output formats: a text scorecard, JSON, and failing checks as GitHub annotations or SARIF.
import type { FormatOptions } from '../../diagnostics/types.js';
import { getValidateFormatter } from '../validate/index.js';
import { healthFindings, type Locate } from './findings.js';
import { formatHealthJson } from './json.js';
import type { HealthView } from './model.js';
import { formatHealthText } from './text.js';

export type { HealthView } from './model.js';
export type { Locate } from './findings.js';

export const healthFormatNames = ['text', 'json', 'github', 'sarif'] as const;
export type HealthFormat = (typeof healthFormatNames)[number];

/** Renders the report; `locate` resolves a plan's or milestone's origin to a line and column (github, sarif). */
export function formatHealth(format: HealthFormat, view: HealthView, options: FormatOptions, locate: Locate, toolVersion: string): string {
  switch (format) {
    case 'text': return formatHealthText(view, options);
    case 'json': return formatHealthJson(view);
    case 'github':
    case 'sarif': return getValidateFormatter(format, toolVersion)(healthFindings(view, locate, options.locale), options);
  }
}
