// What is under the cursor, where it is defined and where it is used, across the files of its group.
import type { Location } from 'vscode-languageserver';
import type { FileSymbol, SymbolKey } from './symbols.js';
import type { Pos, Span } from './text-index.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';

export interface SymbolAt {
  readonly symbol: FileSymbol;
  readonly span: Span;
}

const inside = (p: Pos, s: Span): boolean =>
  (p.line > s.start.line || (p.line === s.start.line && p.character >= s.start.character)) &&
  (p.line < s.end.line || (p.line === s.end.line && p.character <= s.end.character));

/** The symbol whose written value contains the position, if any. */
export function symbolAt(ws: PlanWorkspace, f: PlanFile, pos: Pos): SymbolAt | undefined {
  for (const symbol of ws.symbols(f)) {
    if (symbol.line - 1 !== pos.line) continue;
    const span = f.index.spanAt(symbol.line, symbol.column);
    if (inside(pos, span)) return { symbol, span };
  }
  return undefined;
}

/** Every place of the key in the group, definitions first, then in file order. */
export function occurrences(ws: PlanWorkspace, group: string, key: SymbolKey, withDefinition: boolean): Location[] {
  const defs: Location[] = [];
  const uses: Location[] = [];
  for (const f of ws.files(group)) {
    for (const s of ws.symbols(f)) {
      if (s.key !== key || (s.isDefinition && !withDefinition)) continue;
      (s.isDefinition ? defs : uses).push({ uri: f.uri, range: f.index.spanAt(s.line, s.column) });
    }
  }
  return [...defs, ...uses];
}

export function definitionOf(ws: PlanWorkspace, group: string, key: SymbolKey): Location[] {
  const found: Location[] = [];
  for (const f of ws.files(group)) for (const s of ws.symbols(f)) if (s.key === key && s.isDefinition) found.push({ uri: f.uri, range: f.index.spanAt(s.line, s.column) });
  return found;
}
