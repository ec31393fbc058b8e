// The smaller values of a milestone as the model keeps them (SPEC §4.1): texts and lists, `meetings` links,
// `after` link types and `progress` counts; a value not written as the schema says is left out, not thrown on.
import { NONE, UNRESOLVED_MEETING } from './milestone.js';
import { LINK_TYPES, type LinkType, type MeetingLink, type Milestone } from './types.js';

/**
 * A list of texts as the model keeps it: the list as parsed when every entry is a text (the model and the parsed
 * data are never changed, and a pruned copy copies what it changes), else a copy of its texts.
 */
export function textsOf(v: unknown): readonly string[] {
  if (!Array.isArray(v)) return NONE;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return v.filter((e): e is string => typeof e === 'string');
  return v as string[];
}

/** `v` when it is a string, else undefined. */
export const asText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** `v` when it is an array, else the shared empty list NONE. */
export const asList = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);

/**
 * The text entries of a `meetings` list as links, each at its index as written, not yet resolved (UNRESOLVED_MEETING:
 * model/resolve-meetings.ts finds the meeting and sets it on the link).
 */
export function meetingLinks(list: unknown, file: string, listKey: string, at: number): readonly MeetingLink[] {
  if (!Array.isArray(list)) return NONE;
  let links: MeetingLink[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const ref: unknown = list[i];
    if (typeof ref !== 'string') continue;
    (links ??= []).push({ ref, meeting: UNRESOLVED_MEETING, origin: { file, path: [listKey, at, 'meetings', i] } });
  }
  return links ?? NONE;
}

/** An `after` entry's `type` when it is one of LINK_TYPES (SPEC §1.4), else FS (finish-to-start, the default). */
export function linkType(value: unknown): LinkType {
  return typeof value === 'string' && (LINK_TYPES as readonly string[]).includes(value) ? (value as LinkType) : 'FS';
}

/** `progress: started/total` as counts (readProgress); undefined when not written so (the schema reports that). */
export function progressOf(v: unknown): Milestone['progress'] {
  const written = asText(v);
  const counts = written === undefined ? null : /^(\d+)\/(\d+)$/.exec(written);
  return counts ? readProgress(counts[1]!, counts[2]!) : undefined;
}

/** `progress`'s two digit strings (`^\d+/\d+$`, SPEC §1.4) as counts; past 2^53 − 1 with their exact digits as well. */
function readProgress(started: string, total: string): NonNullable<Milestone['progress']> {
  const counts = { started: Number(started), total: Number(total) };
  if (Number.isSafeInteger(counts.started) && Number.isSafeInteger(counts.total)) return counts;
  const digits = (s: string): string => s.replace(/^0+(?=\d)/, '');
  return { ...counts, exact: { started: digits(started), total: digits(total) } };
}

/**
 * Whether progress has more measures started than in total (SPEC §1.4: started ≤ total; rule progress-range),
 * exactly: counts past 2^53 − 1 compare as their digits (longer is larger, then in order).
 */
export function progressExceeds(p: NonNullable<Milestone['progress']>): boolean {
  if (p.exact === undefined) return p.started > p.total;
  const { started, total } = p.exact;
  return started.length !== total.length ? started.length > total.length : started > total;
}
