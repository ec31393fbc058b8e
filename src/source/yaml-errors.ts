// The yaml library's errors of one document as yaml-syntax problems, by UTF-16 offset: the full parser's reading of
// doc.errors (full-parse.ts), shared with the reading of one broken entry alone (entry-parse.ts).
import type { Document, LineCounter } from './yaml.js';
import { describeYamlError, pointsAtOpening, type YamlProblem } from './syntax-problem.js';

/** The problems of `doc`'s errors, the parser's first error on each line; `doc` was parsed from `text`, its lines counted by `lineCounter`. */
export function describeErrors(text: string, doc: Document, lineCounter: LineCounter): YamlProblem[] {
  // The parser's first error on a line, not what it stumbles on after it there (a tab in the indentation was three
  // errors, two of them the parser's own words about the key after the tab: a tester's finding).
  const problems: YamlProblem[] = [];
  const lines = new Set<number>();
  const listKeys = new Map<number, string | null>();
  for (const e of doc.errors) {
    // An error on a line that has its problem already is left out before it is described (each description reads
    // its line: a line of 20,000 errors was read 20,000 times, tester round 39 F3, F4); but for one described where
    // its node opens, maybe on another line.
    if (lines.has(lineCounter.linePos(e.pos[0]).line) && !pointsAtOpening(text, e)) continue;
    const problem = describeYamlError(text, doc, e, listKeys);
    const line = lineCounter.linePos(problem.offset).line;
    if (lines.has(line)) continue;
    lines.add(line);
    problems.push(problem);
  }
  return problems;
}
