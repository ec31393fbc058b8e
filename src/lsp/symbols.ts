// Every id and reference written in one plan file, with its place: the table behind hover, go to definition,
// find references and rename-free navigation. Built from the parsed data (not the model), so a file whose
// schema check fails still has its symbols; rebuilt only when the file changes.
import type { ParsedSource, Path } from '../source/parse.js';
import { isMeetingReference, meetingName } from '../schema/meeting-name.js';

/** What a symbol names: `m:` milestone or gate (`plan/ID`), `mt:` meeting ref, `b:` body, `g:` goal (`plan/ID`). */
export type SymbolKey = `${'m' | 'mt' | 'b' | 'g'}:${string}`;

export interface FileSymbol {
  readonly key: SymbolKey;
  readonly isDefinition: boolean;
  /** Where the written value starts (1-based, as the parser locates it). */
  readonly line: number;
  readonly column: number;
  /** The value as written. */
  readonly text: string;
  /** The path of the value in the file's data. */
  readonly path: Path;
}

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** The symbols of a parsed file, in document order of their paths' discovery; empty when it did not parse. */
export function fileSymbols(source: ParsedSource): FileSymbol[] {
  const data = source.data;
  if (!isObject(data)) return [];
  const plan = isObject(data['plan']) ? text(data['plan']['id']) : undefined;
  const out: FileSymbol[] = [];
  const add = (kind: 'm' | 'mt' | 'b' | 'g', value: unknown, path: Path, isDefinition: boolean): void => {
    const written = text(value);
    if (written === undefined || written === '') return;
    const qualified = (kind === 'm' || kind === 'g') && !written.includes('/') ? `${plan ?? '?'}/${written}` : written;
    const at = source.locate(path);
    out.push({ key: `${kind}:${qualified}`, isDefinition, line: at.line, column: at.column, text: written, path });
  };
  const refs = (kind: 'm' | 'mt' | 'b', value: unknown, path: Path): void => list(value).forEach((v, j) => add(kind, v, [...path, j], false));

  if (isObject(data['plan']) && isObject(data['plan']['governance'])) refs('b', data['plan']['governance']['require'], ['plan', 'governance', 'require']);
  list(data['bodies']).forEach((b, i) => isObject(b) && add('b', b['id'], ['bodies', i, 'id'], true));
  list(data['meetings']).forEach((m, i) => {
    if (!isObject(m)) return;
    // Named as the model names it: an id the schema leaves out is no name (tester round 53 F6).
    const named = meetingName(m);
    if (named !== null) add('mt', named.name, ['meetings', i, named.by], true);
    add('b', m['body'], ['meetings', i, 'body'], false);
  });
  list(data['milestones']).forEach((m, i) => {
    if (!isObject(m)) return;
    const at: Path = ['milestones', i];
    add('m', m['id'], [...at, 'id'], true);
    list(m['after']).forEach((a, j) => (isObject(a) ? add('m', a['id'], [...at, 'after', j, 'id'], false) : add('m', a, [...at, 'after', j], false)));
    // Only what the schema takes as a meeting reference: the others are left out of the model.
    list(m['meetings']).forEach((r, j) => isMeetingReference(r) && add('mt', r, [...at, 'meetings', j], false));
    refs('b', m['require'], [...at, 'require']);
    add('g', m['goal'], [...at, 'goal'], false);
  });
  list(data['gates']).forEach((g, i) => {
    if (!isObject(g)) return;
    add('m', g['id'], ['gates', i, 'id'], true);
    add('b', g['body'], ['gates', i, 'body'], false);
    if (isObject(g['ready'])) add('m', g['ready']['milestone'], ['gates', i, 'ready', 'milestone'], false);
  });
  list(data['goals']).forEach((g, i) => isObject(g) && add('g', g['id'], ['goals', i, 'id'], true));
  list(data['measures']).forEach((m, i) => {
    if (!isObject(m)) return;
    add('g', m['goal'], ['measures', i, 'goal'], false);
    refs('m', m['milestones'], ['measures', i, 'milestones']);
  });
  list(data['risks']).forEach((r, i) => isObject(r) && refs('m', r['milestones'], ['risks', i, 'milestones']));
  return out;
}
