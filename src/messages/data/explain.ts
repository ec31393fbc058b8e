// The data of `milepel explain`'s and the language server's explanation texts (SPEC §14): `explain.<what>`.
import type { DayNumber } from '../../calendar/index.js';
import type { LinkType } from '../../model/types.js';
import type { Interval, MeetingName } from './rules.js';
import type { Message, ShownDate } from '../types.js';

type Empty = Readonly<Record<never, never>>;

/** The field that sets a node's current date. */
export type ExplainField = 'actual' | 'forecast' | 'date' | 'decided';

export interface ExplainMessages {
  'explain.heading': { ref: string; title: string; kind: 'milestone' | 'gate' };
  /** `driver` is the predecessor that pushed the node past its current date, null when nothing did. */
  /** `projected`, `latest` (and a chain step's projected): null when left out (SPEC §4 `date-range`). */
  'explain.projected': { projected: DayNumber | null; field: ExplainField; current: ShownDate; driver: string | null };
  /** `from` is one of the `explain.latest.*` messages. */
  'explain.latest': { latest: DayNumber | null; from: Message };
  'explain.latest.deadline': { deadline: ShownDate };
  /** `lag` as written (`5d`, `-2d`), null when zero. */
  /** `bound`: the latest day the successor may finish, when its shown latest date is the working day before (null otherwise); `shown`: that date. */
  'explain.latest.successor': { successor: string; type: LinkType; lag: string | null; bound?: DayNumber | null; shown?: DayNumber | null };
  'explain.latest.plan-finish': { plan: string; finish: ShownDate };
  /**
   * `ref` is the node that sets the plan's latest projected date; `leftOut`: that date is outside 0001-01-01 …
   * 9999-12-31 (SPEC §4 `date-range`), so no output shows it.
   */
  'explain.latest.plan-end': { plan: string; ref: string | null; leftOut: boolean };
  /** Working days. */
  /** float: null when left out (date-range: counted from a date left out). */
  'explain.float': { float: number | null; critical: boolean };
  'explain.chain': Empty;
  /** The first step, held by its own date; `duration` as written, null when zero. */
  'explain.chain.first': { ref: string; projected: DayNumber | null; field: ExplainField; duration: string | null };
  'explain.chain.step': { ref: string; projected: DayNumber | null; predecessor: string; type: LinkType; lag: string | null; duration: string | null };
  'explain.non-working': { count: number };
  'explain.non-working.none': Empty;
  /** One holiday or closed day: `name` is a `calendar.*` message. */
  'explain.non-working.day': { day: DayNumber; name: Message };
  /** The days past those the text lists: how many, and the last of them. */
  'explain.non-working.more': { count: number; last: DayNumber };
  'explain.meetings': { interval: Interval };
  'explain.meetings.none': Empty;
  'explain.meeting': { body: string; meeting: MeetingName; status: 'admissible' | 'too-early' | 'too-late'; listed: boolean; required: boolean };
  /**
   * `before` is the nearest meeting on or before the node's current date (JSON nearest_before); `sameDay` when it is on
   * that date itself, and then `earlier` the nearest before that day (null otherwise).
   */
  'explain.meeting.missing': { body: string; earlier: MeetingName | null; before: MeetingName | null; after: MeetingName | null; sameDay: boolean };
  /** `explain <ref>` names nothing: the nearest refs, or the plans' refs when a bare id is in several plans. */
  /** `more`: refs as near as those named, not named (tester round 98 F11). */
  'cli.explain.unknown': { ref: string; nearest: readonly string[]; ambiguous: readonly string[]; more?: number };
  /** `ref` names a goal, measure, meeting, body, risk event or plan: explain takes a milestone or gate. */
  /** `explain <ref>` names nothing the workspace read, but `at` (file:line:column) has a `rule` error that may keep it out. */
  'cli.explain.unreadable': { ref: string; at: string; rule: string };
  'cli.explain.other-kind': { ref: string; kind: 'goal' | 'measure' | 'meeting' | 'body' | 'risk' | 'plan'; milestones: readonly string[] };
  'cli.explain.undated-gate': { ref: string };
  'cli.explain.undated-milestone': { ref: string };
}

/** The language server's own words: code lens and code action titles (SPEC §14). */
export interface LspMessages {
  /** `float` in working days; `driver` the predecessor that pushed it, null when none. */
  'lsp.lens': { projected: DayNumber | null; float: number | null; critical: boolean; driver: string | null };
  'lsp.action.replace': { value: string };
  'lsp.action.rename-key': { from: string; to: string };
  'lsp.action.set': { ref: string; field: string; value: string };
  'lsp.action.add-meeting': { ref: string; meeting: string };
  'lsp.action.drop-meeting': { ref: string; meeting: string };
  /** Remove the later of two equal entries of the list `field` of `ref`: a milestone's, or a risk's or measure's `milestones`. */
  'lsp.action.remove-repeat': { ref: string; field: string };
  'lsp.action.remove-entry': { ref: string; field: string };
  /**
   * Why a remove fix is withheld (LSP CodeAction.disabled, tester round 84 F7): the list is anchored (`&name`) and its
   * aliases would lose the entry too; the list is an alias (`*name`) of one written elsewhere; the entry holds keys
   * besides its link, which would go with it.
   */
  'lsp.withheld.anchored': { anchor: string };
  'lsp.withheld.alias': { alias: string };
  'lsp.withheld.anchored-entry': { anchor: string };
  'lsp.withheld.more-keys': { keys: readonly string[] };
  'lsp.action.replace-meeting': { ref: string; meeting: string; replacing: string };
  /** A Norwegian key beside the English one it stands for: the Norwegian one goes, with its value. */
  'lsp.action.remove-key': { key: string };
  /** Replace a tab-indented line's indentation with `spaces` spaces. */
  'lsp.action.indent': { spaces: number };
  /** Remove a tab from a line otherwise blank. */
  'lsp.action.remove-tab': Empty;
  'lsp.action.space-after-colon': Empty;
  /** actual-in-future when a forecast exists: the forecast takes the actual's date and `actual` goes. */
  'lsp.action.actual-to-forecast': { ref: string; value: string };
  /**
   * A date that cannot have happened yet removed, the other date kept (tester round 98 F6, F13): a milestone's actual,
   * its forecast kept as written; a gate's decided, its planned date kept.
   */
  'lsp.action.remove-keeping': { ref: string; field: 'actual' | 'decided'; kept: 'forecast' | 'date'; value: string };
}
