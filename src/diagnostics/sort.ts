// The order diagnostics are reported in (compareDiagnosticsBy: file, line, column, rule, message), made fast for tens
// of thousands of findings, and each finding reported once.
import { compareDiagnosticsBy, type Diagnostic } from './types.js';
import { renderMessage, type Message } from '../messages/index.js';

/** Sorted by compareDiagnostics and de-duplicated, each tie's message rendered once. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const texts = new Map<Message, string>();
  const render = (m: Message): string => {
    let text = texts.get(m);
    if (text === undefined) {
      text = renderMessage(m);
      texts.set(m, text);
    }
    return text;
  };
  const keys = placeKeys(diagnostics);
  if (keys === undefined) {
    const compare = (a: Diagnostic, b: Diagnostic): number => compareDiagnosticsBy(a, b, render);
    const sorted = [...diagnostics].sort(compare);
    return sorted.filter((d, i) => i === 0 || compare(sorted[i - 1]!, d) !== 0);
  }
  // compareDiagnosticsBy on two numbers per diagnostic (file and line; column and rule), then the message: the
  // comparisons read no diagnostic until a tie (issue #18: 35,000 findings at 100,000 milestones). The sort is stable,
  // as Array.prototype.sort is, so the same one of equal findings is kept.
  const { place, within } = keys;
  const tie = (a: Diagnostic, b: Diagnostic): number => {
    if (a.message === b.message) return 0;
    const x = render(a.message);
    const y = render(b.message);
    return x === y ? 0 : x < y ? -1 : 1;
  };
  const order: number[] = [];
  for (let i = 0; i < diagnostics.length; i++) order.push(i);
  order.sort((i, j) => place[i]! - place[j]! || within[i]! - within[j]! || tie(diagnostics[i]!, diagnostics[j]!));
  const sorted: Diagnostic[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (k > 0) {
      const j = order[k - 1]!;
      if (place[i] === place[j] && within[i] === within[j] && tie(diagnostics[j]!, diagnostics[i]!) === 0) continue;
    }
    sorted.push(diagnostics[i]!);
  }
  return sorted;
}

/** Below this, a line or column is a key's part (2^31: no text is that long). */
const KEY_PART = 2 ** 31;

/**
 * Each diagnostic's file and line as one number (`place`: the file's rank among the files, then the line), and its
 * column and rule as another (`within`), ordered as compareDiagnosticsBy orders them; undefined when a line or column
 * is not a whole number below KEY_PART, or the files are too many, which the numbers could not hold.
 */
function placeKeys(diagnostics: readonly Diagnostic[]): { place: Float64Array; within: Float64Array } | undefined {
  const files = new Map<string, number>();
  const rules = new Map<string, number>();
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    if (!isKeyPart(d.line) || !isKeyPart(d.column)) return undefined;
    files.set(d.file, 0);
    rules.set(d.rule, 0);
  }
  if (files.size >= 2 ** 21) return undefined;
  rank(files);
  rank(rules);
  const ruleCount = rules.size;
  const place = new Float64Array(diagnostics.length);
  const within = new Float64Array(diagnostics.length);
  let lastFile: string | undefined;
  let fileBase = 0;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    if (d.file !== lastFile) {
      lastFile = d.file;
      fileBase = files.get(d.file)! * KEY_PART;
    }
    place[i] = fileBase + d.line;
    within[i] = d.column * ruleCount + rules.get(d.rule)!;
  }
  return { place, within };
}

function isKeyPart(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < KEY_PART;
}

/** Sets each key's value to its rank in the keys' order by `<` (compareDiagnosticsBy's order of files and rules). */
function rank(keys: Map<string, number>): void {
  const sorted = [...keys.keys()].sort((a, b) => (a < b ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) keys.set(sorted[i]!, i);
}
