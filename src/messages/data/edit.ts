// The data of why `set` and `snapshot` leave a file alone (src/edit/, cli/atomic-prepare.ts): `edit.<what>`.
import type { Message } from '../types.js';

type None = Readonly<Record<never, never>>;

export interface EditMessages {
  /** The reasons cli/atomic-prepare.ts gives for not replacing a file; `file` as the user gave it, escaped. */
  'edit.file.read-only': { file: string; mode: string };
  'edit.file.permission-denied': { file: string };
  'edit.file.hard-links': { file: string; links: number };
  'edit.file.owner': { file: string; uid: number; gid: number };

  /** An alias node `*name` (`line` 1-based, null when unknown) and the line of the anchor it uses (null when unknown). */
  'edit.alias': { name: string; line: number | null; anchoredAt: number | null };
  /** `milestones` is an alias (`alias`: edit.alias) of the list anchored `&name`. */
  'edit.shared.list': { alias: Message; name: string };
  /** The milestone at 1-based `item` of the list is an alias. */
  'edit.shared.milestone': { item: number; alias: Message; name: string };
  /** A milestone's `history` is an alias; `id`: the milestone's id as written, null when it has no plain one. */
  'edit.shared.history': { id: string | null; alias: Message; name: string };
  /** A node anchored `&name` that an alias elsewhere in the file uses; `line` 1-based, null when unknown. */
  'edit.anchored.list': { name: string; line: number | null };
  'edit.anchored.milestone': { id: string | null; name: string; line: number | null };
  'edit.anchored.history': { id: string | null; name: string; line: number | null };
  'edit.anchored.value': { key: string; name: string };
  /** `milestones[index]` (0-based, as a JSON pointer counts) is no mapping. */
  'edit.not-mapping': { index: number };
  'edit.holds-collection': { key: string; kind: 'mapping' | 'list' };
  /** `entry`: 1-based. */
  'edit.history.entry-not-mapping': { entry: number };
  /** Where the value of `history` starts (1-based line and column) and whose it is (tester round 111 F9: neither was said). */
  'edit.history.not-list': { id: string; line: number; column: number };
  'edit.locate.mapping': None;
  'edit.locate.keys': None;
  'edit.locate.history': None;
  'edit.no-keys': None;
  /** The edited text does not read back: `problem` is the reader's own (a yaml-syntax.* message) at `line`. */
  'edit.invalid-yaml': { line: number; problem: Message };
  'edit.read-back': None;
  'edit.aliases-expand': None;
  /** The file the edit opens does not parse: the yaml library's first line (`text`, with its position) and code. */
  'edit.not-yaml': { text: string; code: string };
  /** `reason` and that nothing was written. */
  'edit.nothing-written': { reason: Message };
  /** `file` and `ref` escaped; `fields` the keys set. */
  'edit.set.not-read': { file: string };
  'edit.set.refused': { file: string; fields: readonly string[]; ref: string; reason: Message };
  'edit.snapshot.not-read': { file: string };
  'edit.snapshot.refused': { file: string; reason: Message };
}
