// Safe readers for validated-but-untyped YAML data (own properties only: ids like __proto__ are plain data).
import { parseEstimate, type Estimate } from '../calendar/index.js';

export type Obj = Readonly<Record<string, unknown>>;

export function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function field(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

export function text(o: Obj, key: string): string | undefined {
  const v = field(o, key);
  return typeof v === 'string' ? v : undefined;
}

export function list(o: Obj, key: string): readonly unknown[] {
  const v = field(o, key);
  return Array.isArray(v) ? v : [];
}

export function obj(o: Obj, key: string): Obj | undefined {
  const v = field(o, key);
  return isObj(v) ? v : undefined;
}

/** The text entries of a list with their index as written (dropped or non-text entries leave gaps, not shifts). */
export function indexedTexts(o: Obj, key: string): readonly { readonly id: string; readonly at: number }[] {
  const out: { id: string; at: number }[] = [];
  list(o, key).forEach((v, at) => {
    if (typeof v === 'string') out.push({ id: v, at });
  });
  return out;
}

/** A lag or duration as an estimate (SPEC §1.6); undefined when absent or malformed (the schema rule reports it). */
export function estimateOf(raw: unknown, signed: boolean): Estimate | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseEstimate(raw, signed);
  return parsed.ok ? parsed.estimate : undefined;
}
