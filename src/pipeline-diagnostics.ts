// A rule's finding as a diagnostic at its 1-based line and column; an entity's line and column after the analysis.
import type { Diagnostic, Related, RuleId, Severity } from './diagnostics/types.js';
import type { Finding } from './rules/index.js';
import type { LineColumn, ParsedSource, Path } from './source/parse.js';
import type { Analysis } from './pipeline-types.js';

/** A rule's finding as a diagnostic, at its place in `byFile`'s sources (1-based line and column). */
export function toDiagnostic(byFile: ReadonlyMap<string, ParsedSource>, rule: RuleId, severity: Severity, f: Finding): Diagnostic {
  const file = f.at.file;
  const source = byFile.get(file);
  const at = f.position ?? locateIn(source, f.at.path, f.key === true);
  // Written out rather than spread (35,000 findings at 100,000 milestones); the keys keep their order. An index loop
  // and a function of the module's own rather than two closures made per finding (0.5 % of validate's instructions at
  // 10,000 milestones, cachegrind). Pushed: an array made at its length would be holey. A finding without related
  // places shares one empty list (17,000 of the 35,000 at 100,000 milestones, each kept until the report is written).
  let related: readonly Related[] = NO_RELATED;
  const places = f.related;
  if (places !== undefined && places.length > 0) {
    const list: Related[] = [];
    for (let i = 0; i < places.length; i++) {
      const r = places[i]!;
      const placeFile = r.at.file;
      const place = r.position ?? locateIn(placeFile === file ? source : byFile.get(placeFile), r.at.path, false);
      list.push({ file: placeFile, line: place.line, column: place.column, message: r.message });
    }
    related = list;
  }
  const diagnostic: Diagnostic = f.hint === undefined
    ? { file, line: at.line, column: at.column, rule, severity, message: f.message, ref: f.ref, related }
    : { file, line: at.line, column: at.column, rule, severity, message: f.message, ref: f.ref, hint: f.hint, related };
  // Only a file or directory not read for its name has them: spread then, the others keep their shape.
  return f.nameBytes === undefined ? diagnostic : { ...diagnostic, nameBytes: f.nameBytes };
}

/** The related places of a diagnostic that has none. */
const NO_RELATED: readonly Related[] = Object.freeze([]);

/** The 1-based line and column of `path` in a source; 1:1 without the source. */
function locateIn(source: ParsedSource | undefined, path: Path, key: boolean): LineColumn {
  return source?.locate(path, key) ?? { line: 1, column: 1 };
}

/** The 1-based line and column of an entity's YAML node (or its key), for findings made after the analysis. */
export function locateOrigin(analysis: Pick<Analysis, 'sources'>, origin: { readonly file: string; readonly path: Path }, key = false): { line: number; column: number } {
  return analysis.sources.find((s) => s.file === origin.file)?.locate(origin.path, key) ?? { line: 1, column: 1 };
}
