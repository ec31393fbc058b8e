// Writes a scalar value in the quoting style of the value it replaces (plain, 'single' or "double").
import { isScalar, Scalar } from '../source/yaml.js';

/** Plain scalars that read back as the same string or as a year (`2020`) under the YAML 1.2 core schema. */
const SAFE_PLAIN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CORE_SPECIAL = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|\.inf|\.nan)$/;

export type QuoteStyle = 'plain' | 'single' | 'double';

export function detectQuoteStyle(node: unknown): QuoteStyle {
  if (!isScalar(node)) return 'plain';
  if (node.type === Scalar.QUOTE_SINGLE) return 'single';
  if (node.type === Scalar.QUOTE_DOUBLE) return 'double';
  return 'plain';
}

export function renderScalar(value: string, style: QuoteStyle): string {
  if (style === 'single') return `'${value.replaceAll("'", "''")}'`;
  if (style === 'double' || !SAFE_PLAIN.test(value) || CORE_SPECIAL.test(value)) return JSON.stringify(value);
  return value;
}
