// A reference hint's offered value that its list has already, or that is the milestone itself in its own `after`.
import { msg, type Message } from '../messages/index.js';
import type { Path } from '../source/parse.js';
import { valueAt } from './place.js';
import { offeredValue } from './taken-id.js';

/**
 * The value a hint offers a list entry: an id-character, unseen-character or meeting-body hint's (offeredValue), or a
 * meeting reference's date written as YYYY-MM-DD (tester round 80 F9: `meetings: ["PS@12.08.2019", "PS@2019-08-12"]`
 * was told to write PS@2019-08-12, and following it gave a repeated entry). Only here: the date's hint is no offer an
 * id definition or an unknown reference is checked against (taken-id.ts), as the body and date are kept.
 */
function listOffer(hint: Message): string | null {
  return offeredValue(hint) ?? (hint.id === 'schema.meeting-date.hint' ? hint.data.ref : null);
}

/** The lists of references whose entries are compared (SPEC §1: after, require, meetings, a risk's or measure's milestones). */
const LIST_FIELDS: ReadonlySet<string> = new Set(['after', 'require', 'meetings', 'milestones']);

/**
 * The entry of a list of references whose hint offers a value, as the schema rule compares it with the other entries'
 * offers (tester round 78 F2) and, in `meetings`, with the meetings the other entries name (F16).
 */
export interface ListEntry {
  /** The list's place in its file (its path, joined), equal for the entries of one list. */
  readonly list: string;
  /** The list's key: after, require, meetings or milestones. */
  readonly field: string;
  /** The entry's index in its list (0-based). */
  readonly index: number;
  /** What the offered value names in this list (entryKey: `p/A` in plan p is `A`; in `after` with its link type). */
  readonly key: string;
  /** What each entry of the list names as written (entryKey), undefined for an entry that names none: one array per list. */
  readonly keys: readonly (string | undefined)[];
}

/**
 * `hint`, a schema hint for the reference at `path` of the file's `data`, as schema.listed.hint when the value it
 * offers (listOffer: the id-character, unseen-character, meeting-body or meeting-date hint's) is one its list names in
 * another entry, or, in a milestone's `after`, the milestone itself: written, it would be a repeated entry or a
 * dependency cycle, a finding again (tester round 77 F5; the language server's quick fix wrote it). An `after` entry
 * repeats another only with the same link type, as model/read-milestone.ts finds a repeated link; `p/A` in plan p is
 * `A`. The other entry is named as the message names this one, `after[2]`, counted from 0 (tester round 78 F5: "entry
 * 3" beside `after[3]` meant `after[2]`). Else `hint` itself, with the list entry its offer is for (ListEntry) when it
 * is one. `offered` is what the hint's fix writes there, when the hint's data does not say it: the text a quote hint
 * keeps (`after: [5]`, quoted, names milestone "5"), the id a glued `id:MP5` is meant to give (tester round 82 F6: both
 * were offered beside an entry naming the same, or in milestone "5" itself).
 */
export function listedOffer(hint: Message, path: Path, data: unknown, offered: string | null = listOffer(hint)): { readonly hint: Message; readonly entry?: ListEntry } {
  if (offered === null) return { hint };
  // An `after` entry is a reference or `{id, lag, type}`: the problem is then at its `id`.
  const inObject = path.length >= 5 && path[path.length - 1] === 'id' && path[path.length - 3] === 'after';
  const at = inObject ? path.length - 2 : path.length - 1;
  const index = path[at];
  const field = path[at - 1];
  if (at < 2 || typeof index !== 'number' || typeof field !== 'string' || !LIST_FIELDS.has(field)) return { hint };
  const list = valueAt(data, path.slice(0, at));
  if (!Array.isArray(list)) return { hint };
  const planId = valueAt(data, ['plan', 'id']);
  const local = (ref: string): string => (field !== 'require' && field !== 'meetings' && typeof planId === 'string' && ref.startsWith(`${planId}/`) ? ref.slice(planId.length + 1) : ref);
  const target = local(offered);
  if (field === 'after' && path[0] === 'milestones' && valueAt(data, [path[0], path[1]!, 'id']) === target) return { hint: msg('schema.listed.hint', { written: offered, list: field, entry: null }) };
  const key = entryKey(target, field === 'after' ? linkType(list[index]) : undefined);
  const entries = entriesOf(list, field, local);
  const entry = entries.firsts.get(key)?.find((i) => i !== index);
  if (entry !== undefined) return { hint: msg('schema.listed.hint', { written: offered, list: field, entry }) };
  return { hint, entry: { list: path.slice(0, at).join('/'), field, index, key, keys: entries.keys } };
}

/**
 * Each list's entries by what they name (entryKey), the first two indices of each, and what each names in order: made
 * once per list, as a list of 40,000 pasted entries each with a hint compared every entry with every other (tester
 * round 78 F7: 29 s, 1.1 s before). Two indices are enough: the entry asked about is at most one of them.
 */
const ENTRIES = new WeakMap<readonly unknown[], { readonly firsts: Map<string, number[]>; readonly keys: (string | undefined)[] }>();

function entriesOf(list: readonly unknown[], field: string, local: (ref: string) => string): { readonly firsts: Map<string, number[]>; readonly keys: readonly (string | undefined)[] } {
  let entries = ENTRIES.get(list);
  if (entries === undefined) {
    entries = { firsts: new Map(), keys: [] };
    for (let i = 0; i < list.length; i++) {
      const named = targetOf(list[i]);
      const key = named === undefined ? undefined : entryKey(local(named), field === 'after' ? linkType(list[i]) : undefined);
      entries.keys.push(key);
      if (key === undefined) continue;
      const at = entries.firsts.get(key);
      if (at === undefined) entries.firsts.set(key, [i]);
      else if (at.length < 2) at.push(i);
    }
    ENTRIES.set(list, entries);
  }
  return entries;
}

/** What an entry names, with its link type in `after` (another type is another link). */
function entryKey(target: string, type: unknown): string {
  return type === undefined ? target : `${target}\0${String(type)}`;
}

/** The reference an entry names: the entry itself, or an `after` entry's `id`. */
function targetOf(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
    const id = (entry as Record<string, unknown>)['id'];
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

/** An `after` entry's link type: finish-to-start unless `{type}` says otherwise. */
function linkType(entry: unknown): unknown {
  return entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? ((entry as Record<string, unknown>)['type'] ?? 'FS') : 'FS';
}

/**
 * For one run over a workspace's schema problems, in order: `hint`, the final hint of the list entry `entry` of file
 * `file`, as schema.listed.hint when an earlier entry of its list was offered a value naming what this one's offer
 * names (tester round 78 F2: `after: ["A\u200b", "A\u200c"]` were both offered A, and following both hints, or a
 * client's fix-all, gave a repeated entry, as round 77's F13 for two id definitions), or, in `meetings`, when another
 * entry names the meeting the offer names, however written: its id or `<body>@<date>` (F16: `[M1,
 * "PS@2019-08-1\u200b2"]` was offered PS@2019-08-12, meeting M1's, which the repeat rule then found twice).
 * `meetingOf` gives the ref of the meeting a reference names, or the reference itself when none has it
 * (model/resolve-meetings.ts's meetingFinder, as the repeat rule finds them). The first entry keeps its offer.
 * `offered`: what the hint offers when its data does not say (taken-id.ts offerOf: the colon and quote hints).
 */
export function repeatedOffers(meetingOf: (ref: string) => string): (hint: Message, file: string, entry: ListEntry | undefined, offered?: string | null) => Message {
  const firsts = new Map<string, number>();
  // Each `meetings` list's entries by the meeting each names (first two indices), made once per list.
  const meetings = new WeakMap<readonly (string | undefined)[], Map<string, number[]>>();
  const named = (keys: readonly (string | undefined)[]): Map<string, number[]> => {
    let byMeeting = meetings.get(keys);
    if (byMeeting === undefined) {
      byMeeting = new Map();
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] === undefined) continue;
        const meeting = meetingOf(keys[i]!);
        const at = byMeeting.get(meeting);
        if (at === undefined) byMeeting.set(meeting, [i]);
        else if (at.length < 2) at.push(i);
      }
      meetings.set(keys, byMeeting);
    }
    return byMeeting;
  };
  return (hint, file, entry, fixOffer) => {
    const offered = fixOffer ?? listOffer(hint);
    if (offered === null || entry === undefined) return hint;
    const isMeeting = entry.field === 'meetings';
    const target = isMeeting ? meetingOf(entry.key) : entry.key;
    const other = isMeeting ? named(entry.keys).get(target)?.find((i) => i !== entry.index) : undefined;
    if (other !== undefined) return msg('schema.listed.hint', { written: offered, list: entry.field, entry: other });
    const key = `${file}\0${entry.list}\0${target}`;
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, entry.index);
    // That first entry is a schema problem too, which names the target only as meant (tester round 83 F10).
    return first === undefined || first === entry.index ? hint : msg('schema.listed.hint', { written: offered, list: entry.field, entry: first, offered: true });
  };
}
