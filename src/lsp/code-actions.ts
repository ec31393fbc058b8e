// Code actions (SPEC §14): a quick fix for every hint that names a replacement value — a suggested reference or key,
// the English key for a Norwegian one (or, with the English key written too, the Norwegian one removed), the status
// word for a Norwegian one, the nearest working days (a meeting's with its references by `<body>@<date>`, in any
// file), a progress that fits, a lag of 0d, a forecast (dependency-order, overdue, gate-readiness, actual-in-future:
// the actual renamed, or, with a forecast already written, the forecast set and the actual removed, or the actual
// removed and a forecast on or after the status date kept; a gate's decided removed, its date kept), the day a meeting
// counts from (meeting-before-milestone's forecast, gate-decision's date), a meeting to list, a listed meeting to drop,
// the spaces meant for a tab-indented line, or a repeated list entry of a milestone, risk or measure removed, as is an
// entry that names what its list names already or the milestone itself.
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { formatDay } from '../calendar/index.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { renderMessage, type Locale, type Message } from '../messages/index.js';
import type { Analysis } from '../pipeline.js';
import { toLspDiagnostic } from './diagnostics.js';
import { dataAt, locateGate, locateMilestone, quoteLike, setGateDate, setMilestoneField, type FileEdit, type Withheld } from './edits.js';
import { addToList, removeEntryAt, removeFromHolderList, removeFromList, removeListEntry, replaceInList } from './list-edits.js';
import { removeField, removeFieldAt, removeKeyAt } from './remove-key.js';
import { MeetingReferences } from './meeting-references.js';
import type { PlanFile, PlanWorkspace } from './workspace.js';
import { escapeControl } from '../report/safe-text.js';
import { estimateEdits } from './estimate-edits.js';
import { shownMessage } from '../report/shown-message.js';
import { closingQuote } from '../text/quoted-scalar.js';

interface Fix {
  readonly title: Message;
  /** Why the fix is not offered: shown as a disabled action where the client shows those (LSP 3.16), else left out. */
  readonly disabled?: Message;
  /**
   * Non-overlapping edits of each file they change, against its current text, by URI: one file as a rule, several for a
   * meeting moved to another day with its references (meeting-references.ts).
   */
  readonly changes: Readonly<Record<string, readonly TextEdit[]>>;
}

/** A fix of the edits `edits`, of one file or several. */
function fixOf(title: Message, edits: readonly FileEdit[]): Fix {
  const changes: Record<string, TextEdit[]> = {};
  for (const { uri, edit } of edits) (changes[uri] ??= []).push(edit);
  return { title, changes };
}

const overlaps = (a: Range, b: Range): boolean =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

/**
 * The quick fixes of the findings in `range` of `f`; with `showDisabled` (the client's codeAction.disabledSupport),
 * also those withheld, disabled, with the reason (tester round 84 F7: an anchored list's entry had no fix and no word
 * why).
 */
export function codeActions(ws: PlanWorkspace, f: PlanFile, analysis: Analysis, range: Range, locale: Locale, showDisabled = false): CodeAction[] {
  const files = ws.files(f.group);
  const byFile = new Map(files.map((x) => [x.file, x]));
  const actions: CodeAction[] = [];
  const refs = new MeetingReferences(files, analysis.workspace);
  for (const d of analysis.diagnostics) {
    if (d.file !== f.file || d.hint === undefined) continue;
    const span = f.index.spanAt(d.line, d.column);
    if (!overlaps(span, range)) continue;
    const lsp = toLspDiagnostic(d, f, byFile, locale);
    for (const fix of fixesFor(ws, analysis, refs, f, d, d.hint, span)) {
      if (fix.disabled !== undefined) {
        if (showDisabled) actions.push({ title: shownMessage(fix.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [lsp] satisfies LspDiagnostic[], disabled: { reason: renderMessage(fix.disabled, locale) } });
        continue;
      }
      // A key or value with a character that does not show is shown escaped, as the finding's message shows it (tester
      // round 77 F11: the menu read "Rename min to min", the first with a zero-width space in it).
      actions.push({ title: shownMessage(fix.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [lsp] satisfies LspDiagnostic[], edit: { changes: Object.fromEntries(Object.entries(fix.changes).map(([uri, edits]) => [uri, [...edits]])) } });
    }
  }
  return actions;
}

/**
 * A space after the first colon from the finding's column on its line (a key glued to its value, `date:2019-09-02`:
 * source/syntax-problem.ts), read in the line's text and turned into the client's positions by the index, as blanksAt.
 */
function spaceAfterColon(f: PlanFile, d: Diagnostic): Fix[] {
  const line = d.line - 1;
  const colon = f.index.lineText(line).indexOf(':', d.column - 1);
  if (colon < 0) return [];
  const at = f.index.fromLineText({ line, character: colon + 1 });
  return [{ title: { id: 'lsp.action.space-after-colon', data: {} }, changes: { [f.uri]: [{ range: { start: at, end: at }, newText: ' ' }] } }];
}

/**
 * The run of blanks (tabs and spaces) that holds the finding's tab, replaced by `spaces` spaces (source/indent-tabs.ts).
 * Read in the line's text and turned into the client's positions by the index: on line 0 after a byte order mark the
 * finding's column is one less than the client's character (tester round 47 F7: the BOM was replaced, not the tab).
 */
function blanksAt(f: PlanFile, d: Diagnostic, title: Message, spaces: number): Fix {
  const line = d.line - 1;
  const text = f.index.lineText(line);
  let from = d.column - 1;
  let to = from;
  const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  while (from > 0 && blank(text[from - 1])) from--;
  while (blank(text[to])) to++;
  const range = { start: f.index.fromLineText({ line, character: from }), end: f.index.fromLineText({ line, character: to }) };
  return { title, changes: { [f.uri]: [{ range, newText: ' '.repeat(spaces) }] } };
}

function fixesFor(ws: PlanWorkspace, analysis: Analysis, refs: MeetingReferences, f: PlanFile, d: Diagnostic, hint: Message, span: Range): Fix[] {
  const written = f.index.text.slice(f.index.offsetAt(span.start), f.index.offsetAt(span.end));
  // The value replaced, and with it the edits `more` of other places that go with it; null withholds the fix (an
  // undefined argument would be the default, no other edits).
  const replace = (value: string, more: readonly FileEdit[] | null = []): Fix[] =>
    (isWholeScalar(written) && more !== null ? [fixOf({ id: 'lsp.action.replace', data: { value } }, [{ uri: f.uri, edit: { range: span, newText: quoteLike(written, value) } }, ...more])] : []);
  // The written text replaced by `text` as it is (a caller that checked it reads as meant: no quotes copied).
  // `shown`, when given, is the value the title names (the value, not its JSON quotes: tester round 100 F10).
  const replaceAs = (text: string, shown = text): Fix[] => [fixOf({ id: 'lsp.action.replace', data: { value: shown } }, [{ uri: f.uri, edit: { range: span, newText: text } }])];
  // The written text is the whole scalar, unquoted: what replaceAs may rewrite as other YAML (braces, pairs), which
  // a quoted text would keep as text.
  const isPlainWhole = isWholeScalar(written) && !/^["']/.test(written);
  const fix = (title: Message, ...edits: (FileEdit | Withheld | undefined)[]): Fix[] => {
    const withheld = edits.find((e): e is Withheld => e !== undefined && 'withheld' in e);
    if (withheld !== undefined) return [{ title, changes: {}, disabled: withheld.withheld }];
    const ok = edits.filter((e): e is FileEdit => e !== undefined);
    return ok.length === 0 || ok.length < edits.length ? [] : [fixOf(title, ok)];
  };
  const set = (ref: string, field: string, value: string): Fix[] =>
    fix({ id: 'lsp.action.set', data: { ref, field, value } }, setMilestoneField(ws, analysis, f.group, ref, field, value));
  // A key in a title as written in the file (quoted, escaped), its control characters shown escaped as the findings
  // show them (tester round 50 F2: a raw newline, tab or U+202E in the action's title).
  const shownKey = escapeControl(written);
  const renameKey = (to: string): Fix[] => [{ title: { id: 'lsp.action.rename-key', data: { from: shownKey, to } }, changes: { [f.uri]: [{ range: span, newText: to }] } }];
  const ref = d.ref ?? '';
  switch (hint.id) {
    case 'unknown-reference.hint.did-you-mean':
      // One action for each id the hint names as near (tester round 94 F7: the one action took T1 where T2 and T4
      // were as near); the reader picks.
      return hint.data.suggestions.flatMap((value) => replace(value));
    case 'schema.unknown-key.hint':
    case 'schema.unknown-name.hint':
      return hint.data.guess === null ? [] : renameKey(hint.data.guess);
    case 'yaml-syntax.tab-indent.hint':
    case 'yaml-syntax.tab-after-dash.hint':
      return [blanksAt(f, d, { id: 'lsp.action.indent', data: { spaces: hint.data.spaces } }, hint.data.spaces)];
    case 'yaml-syntax.tab-blank.hint':
      return [blanksAt(f, d, { id: 'lsp.action.remove-tab', data: {} }, 0)];
    case 'yaml-syntax.colon-without-space.hint':
      // A value that needs quotes too (`title: "@team"`), which a space alone would not give: no fix (round 80 F2).
      return hint.data.changed ? [] : spaceAfterColon(f, d);
    case 'yaml-syntax.colon-without-space.flow-pairs.hint':
      // `{lag:2d id:A}` → `{lag: 2d, id: A}`: the key's text replaced, when it is the plain text the pairs were read from.
      if (hint.data.changed || !isPlainWhole) return [];
      return replaceAs(hint.data.pairs.join(', '));
    // Tester round 94 F1: hints that name the replacement had no fix. A meeting reference with its date as the hint
    // writes it (`PS@22.05.2019` → `PS@2019-05-22`: an offer checked against the list's other entries before it is one);
    // one value where a list goes, in brackets (`after: T1` → `after: [T1]`), when it is written on one line.
    case 'schema.meeting-date.hint':
      return replace(hint.data.ref);
    case 'schema.list.hint':
      if (!isWholeScalar(written) || /[\r\n]/.test(written)) return [];
      return replaceAs(`[${hint.data.item}]`);
    case 'schema.glued-mapping.hint':
      // The text in the mapping's braces; not a text the user quoted (`plan: "id:p"`), which the braces would keep as text.
      if (hint.data.changed || !isPlainWhole) return [];
      return replaceAs(hint.data.mapping);
    case 'schema.norwegian-key.hint':
      return renameKey(hint.data.english);
    // The key without the characters that do not show (tester round 78 F10).
    case 'schema.invisible-key.hint':
      return renameKey(hint.data.clean);
    case 'schema.norwegian-key.both.hint':
    case 'schema.unknown-key.written.hint':
      return fix({ id: 'lsp.action.remove-key', data: { key: shownKey } }, removeKeyAt(f, f.index.offsetAt(span.start), hint.data.key));
    case 'schema.duration-words.hint': {
      const at = f.index.offsetAt(span.start);
      // A three-point mapping of bare numbers: each point's value edited where it is written (tester round 98 F8).
      if (hint.data.points !== undefined) return estimateEdits(f, at, written, hint.data.points).flatMap((edits) => fixOf({ id: 'lsp.action.replace', data: { value: hint.data.duration } }, edits));
      // A bare number after a quoted key (`"lag": 10`: a plan written as JSON) keeps the file JSON: `"10d"` (tester
      // round 98 F7: it became `"lag": 10d`).
      const before = f.index.text.slice(f.index.text.lastIndexOf('\n', at - 1) + 1, at);
      return /^-?\d+$/.test(written) && /"\s*:\s*$/.test(before) ? replaceAs(JSON.stringify(hint.data.duration), hint.data.duration) : replace(hint.data.duration);
    }
    // `akson/MP3+5d` → `{id: akson/MP3, lag: 5d}`, a flow mapping in a block or a flow list alike (tester round 94 F5).
    case 'schema.after-lag.hint':
      return isPlainWhole ? replaceAs(`{id: ${hint.data.id}, lag: ${hint.data.lag}}`) : [];
    // The value as written, not a block scalar's indicator, a tag, an anchor or an alias before it.
    case 'schema.enum-case.hint':
    case 'schema.status-word.hint':
      return /^[|>!&*]/.test(written) ? [] : replace(hint.id === 'schema.enum-case.hint' ? hint.data.value : hint.data.status);
    // The value without the characters that do not show, or spelt in an id's characters (a meeting reference's body
    // too: round 76 F6), when the hint offers one, which is then a value of its form (tester round 75 F6: SPEC §14, a
    // quick fix for each hint naming a value).
    case 'schema.invisible.hint':
      return hint.data.clean === null || /^[|>!&*]/.test(written) ? [] : replace(hint.data.clean);
    case 'schema.id-char.hint':
    case 'schema.meeting-body.hint':
      return hint.data.written === null || /^[|>!&*]/.test(written) ? [] : replace(hint.data.written);
    // A plan id written with capitals, as the ref the workspace has (tester round 83 F11: no quick fix).
    case 'schema.ref-case.hint':
      return /^[|>!&*]/.test(written) ? [] : replace(hint.data.ref);
    // A day written another way (`10.01.2020`, a space around it), as YYYY-MM-DD (tester round 78 F15).
    case 'schema.lenient-date.hint':
      return /^[|>!&*]/.test(written) ? [] : replace(hint.data.date);
    case 'non-working-day.hint':
      // A quick fix for each nearest working day inside 0001-01-01 … 9999-12-31 (the hint leaves out one beyond it).
      return hint.data.days.flatMap((day) => replace(formatDay(day)));
    case 'non-working-day.meeting.hint':
      // A meeting's references by `<body>@<date>` move with it, in whichever file (tester round 80 F8).
      return hint.data.days.flatMap((day) => replace(formatDay(day), refs.moved(ref, day) ?? null));
    case 'progress-range.hint':
      return [...replace(`${hint.data.total}/${hint.data.total}`), ...replace(`${hint.data.total}/${hint.data.started}`)];
    case 'lead.hint':
      return written.startsWith('-') || /^["']-/.test(written) ? replace('0d') : [];
    case 'dependency-order.hint':
      return set(ref, hint.data.field, formatDay(hint.data.earliest));
    case 'overdue.hint': {
      const value = formatDay(hint.data.earliest ?? hint.data.today);
      // A gate has no forecast: its date moves, as its hint says (tester round 98 F13: no fix was offered).
      if (hint.data.gate === true) return fix({ id: 'lsp.action.set', data: { ref, field: 'date', value } }, setGateDate(ws, analysis, f.group, ref, value));
      return set(ref, 'forecast', value);
    }
    case 'actual-in-future.hint': {
      // A gate's decision in the future: `decided` removed, its planned `date` kept, as the hint says (tester round 98
      // F13: no action). Not for a gate without a date written, which the removal would leave with none.
      if (hint.data.gate === true) {
        const gate = locateGate(ws, analysis, f.group, ref);
        const date = gate?.data['date'];
        if (typeof date !== 'string') return [];
        return fix({ id: 'lsp.action.remove-keeping', data: { ref, field: 'decided', kept: 'date', value: escapeControl(date) } }, removeFieldAt(gate, 'decided'));
      }
      const m = locateMilestone(ws, analysis, f.group, ref);
      if (m === undefined) return [];
      // A key is never doubled: with a forecast written (even one that is wrong), it takes the date instead.
      if (!('forecast' in m.data)) return renameActual(f, span);
      // A forecast the hint says to keep (on or after the status date): the actual removed alone, the hint's first
      // alternative, and the only one when the forecast is the actual's day (tester round 98 F6: not offered).
      const kept = hint.data.forecast ?? null;
      const keep = kept === null ? [] : fix({ id: 'lsp.action.remove-keeping', data: { ref, field: 'actual', kept: 'forecast', value: kept.written ?? formatDay(kept.day) } }, removeField(ws, analysis, f.group, ref, 'actual'));
      if (kept?.day === hint.data.actual) return keep;
      const value = formatDay(hint.data.actual);
      return [...keep, ...fix({ id: 'lsp.action.actual-to-forecast', data: { ref, value } }, setMilestoneField(ws, analysis, f.group, ref, 'forecast', value), removeField(ws, analysis, f.group, ref, 'actual'))];
    }
    case 'gate-readiness.hint': {
      // A forecast before the status date made the milestone overdue (tester round 94 F3): the gate moved instead.
      if (hint.data.forward) return set(hint.data.milestone, 'forecast', formatDay(hint.data.due));
      if (hint.data.later === null) return [];
      const value = formatDay(hint.data.later);
      return fix({ id: 'lsp.action.set', data: { ref, field: 'date', value } }, setGateDate(ws, analysis, f.group, ref, value));
    }
    case 'meeting-before-milestone.missing.hint-hold':
    case 'gate-decision.hint': {
      // The finding's milestone or gate (`id` in the finding's plan) moved to the first day the meeting counts on.
      const after = hint.data.after;
      if (after === null || ref.slice(ref.lastIndexOf('/') + 1) !== hint.data.id) return [];
      const value = formatDay(after.earliest);
      return fix({ id: 'lsp.action.set', data: { ref, field: after.field, value } },
        after.field === 'date' ? setGateDate(ws, analysis, f.group, ref, value) : setMilestoneField(ws, analysis, f.group, ref, after.field, value));
    }
    case 'meeting-before-milestone.missing.hint-list': {
      // The hint lists the meeting in place of the one the finding is on, when it names one (tester round 42 F2: a
      // fix that only added it left the finding where it was).
      const { meeting, replacing } = hint.data;
      if (replacing === null) return fix({ id: 'lsp.action.add-meeting', data: { ref, meeting } }, addToList(ws, analysis, f.group, ref, 'meetings', meeting));
      return fix({ id: 'lsp.action.replace-meeting', data: { ref, meeting, replacing } }, replaceInList(ws, analysis, f.group, ref, 'meetings', { offset: f.index.offsetAt(span.start), value: replacing }, (written) => quoteLike(written, meeting)));
    }
    case 'schema.unique.hint': {
      // A milestone's list entry written again (`after`, `meetings`, `require`): the later one removed, the first kept,
      // an `{id: …}` entry whole (list-edits.ts removeListEntry finds it by its `id`).
      const m = d.message;
      const place = m.id === 'schema.unique' || m.id === 'schema.repeated-link' || m.id === 'schema.repeated-meeting' ? m.data.place : undefined;
      // The plan's `governance.require` too (tester round 86 F11: a repeated `require` of a milestone had the fix).
      if (place?.kind === 'path' && place.path === 'plan.governance.require' && m.id === 'schema.unique') {
        const plan = dataAt(f, ['plan', 'id']);
        return typeof plan !== 'string' ? [] : fix({ id: 'lsp.action.remove-repeat', data: { ref: plan, field: 'require' } }, removeListEntry(f, ['plan', 'governance', 'require'], f.index.offsetAt(span.start)));
      }
      if (place?.kind !== 'entity' || place.rest === null || ref === '') return [];
      const title: Message = { id: 'lsp.action.remove-repeat', data: { ref, field: place.rest } };
      const offset = f.index.offsetAt(span.start);
      if (place.list === 'milestones') return fix(title, removeFromList(ws, analysis, f.group, ref, place.rest, offset));
      // A risk's or measure's `milestones` (model/first-entries.ts), written alike (`schema.unique`: another spelling,
      // `A` and `p/A`, is schema.repeated-milestone, and which to keep is the writer's call). The finding's place is
      // the list's, in this file; the model has no such entity for a risk it left out (one with a wrong probability).
      if (place.list === 'risks' || place.list === 'measures') return fix(title, removeListEntry(f, [place.list, place.index, place.rest], offset));
      return [];
    }
    case 'unknown-reference.hint.self':
      return fix({ id: 'lsp.action.remove-entry', data: { ref, field: 'after' } }, removeFromList(ws, analysis, f.group, ref, 'after', f.index.offsetAt(span.start)));
    case 'schema.listed.hint': {
      // The entry its hint says to remove: what its list names already, or the milestone itself in its `after` (tester
      // round 78 F5: the hint said "remove this entry" and no quick fix did). An unknown `after` reference's, an id its
      // list has in another case (tester round 81 F7), names its holder and no place: the entry is found where it starts.
      const m = d.message;
      if (m.id === 'unknown-reference') {
        // A risk's or measure's `milestones` and a plan's `governance.require` too (tester round 83 F5).
        const offset = f.index.offsetAt(span.start);
        const title = (of: string): Message => ({ id: 'lsp.action.remove-entry', data: { ref: of, field: hint.data.list } });
        if (m.data.field === 'risk-milestones' || m.data.field === 'milestones') return fix(title(ref), removeFromHolderList(f, m.data.field === 'risk-milestones' ? 'risks' : 'measures', ref, offset));
        if (m.data.field === 'require' && ref === '' && m.data.governanceOf !== null) return fix(title(m.data.governanceOf), removeListEntry(f, ['plan', 'governance', 'require'], offset));
        const field = hint.data.list;
        return ref === '' || (field !== 'after' && field !== 'meetings' && field !== 'require') ? [] : fix(title(ref), removeFromList(ws, analysis, f.group, ref, field, offset));
      }
      const place = 'place' in m.data && typeof m.data.place === 'object' ? m.data.place : undefined;
      if (place?.kind !== 'entity' || place.rest === null || ref === '') return [];
      return fix({ id: 'lsp.action.remove-entry', data: { ref, field: place.rest.replace(/\[.*$/, '') } }, removeEntryAt(f, place));
    }
    case 'meeting-before-milestone.listed.hint':
      return fix({ id: 'lsp.action.drop-meeting', data: { ref, meeting: hint.data.meeting } }, removeFromList(ws, analysis, f.group, ref, 'meetings', f.index.offsetAt(span.start)));
    default:
      return [];
  }
}

/** `actual:` → `forecast:` on the finding's line (the milestone has no forecast). */
function renameActual(f: PlanFile, span: Range): Fix[] {
  // The span is the client's: read in the line's text, whose line 0 has no byte order mark (TextIndex).
  const value = f.index.inLineText(span.start);
  const before = f.index.lineText(value.line).slice(0, value.character);
  // The key in quotes too (`"actual": "2019-07-03"`, a plan written as JSON: tester round 98 F6, no action), renamed in them.
  const key = /(["']?)actual\1(\s*:\s*)$/.exec(before);
  if (key === null) return [];
  const start = f.index.fromLineText({ line: value.line, character: key.index + key[1]!.length });
  return [{ title: { id: 'lsp.action.rename-key', data: { from: 'actual', to: 'forecast' } }, changes: { [f.uri]: [{ range: { start, end: { line: start.line, character: start.character + 'actual'.length } }, newText: 'forecast' }] } }];
}

/**
 * Whether `written`, a finding's span, is the whole of a quoted scalar or no quoted scalar: the span ends with its
 * line, so a quoted value that goes on to the next line is only its first part, and replacing it left the rest and
 * the closing quote behind, a file that no longer parsed (tester round 76 F1).
 */
function isWholeScalar(written: string): boolean {
  const quote = written[0];
  if (quote !== '"' && quote !== "'") return true;
  return closingQuote(written, 1, quote) === written.length - 1;
}
