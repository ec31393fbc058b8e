// The shapes of the message system: locales, a message (id + data), a catalogue, and the formatter catalogues use.
import type { DayNumber } from '../calendar/index.js';
import type { CalendarMessages } from './data/calendar.js';
import type { CiMessages } from './data/ci.js';
import type { CliMessages } from './data/cli.js';
import type { CliCommandMessages } from './data/cli-commands.js';
import type { CliInputMessages } from './data/cli-input.js';
import type { EditMessages } from './data/edit.js';
import type { ExplainMessages, LspMessages } from './data/explain.js';
import type { ExportMessages } from './data/export.js';
import type { HealthMessages } from './data/health.js';
import type { ImportMessages } from './data/import.js';
import type { InputMessages } from './data/input.js';
import type { ReportMessages } from './data/report.js';
import type { RuleMessages } from './data/rules.js';

export type Locale = 'en' | 'nb';

/** Every message id and the data it carries: one interface per area, merged here. */
export interface MessageData extends RuleMessages, InputMessages, CalendarMessages, ReportMessages, CliMessages, CliInputMessages, CliCommandMessages, HealthMessages, ImportMessages, ExportMessages, ExplainMessages, LspMessages, CiMessages, EditMessages {}

export type MessageId = keyof MessageData;

/** A message as rules, the model and the parser report it: an id and its data, rendered later per locale. */
export type Message = { readonly [K in MessageId]: { readonly id: K; readonly data: MessageData[K] } }[MessageId];

/** What a catalogue entry gets besides its data: locale-aware rendering of dates and counts. */
export interface Fmt {
  readonly locale: Locale;
  /** A date for reading: 2019-09-27 (en) or 27.09.2019 (nb). */
  readonly date: (day: DayNumber) => string;
  /** A date as written into a plan file (a YAML value): always YYYY-MM-DD. */
  readonly iso: (day: DayNumber) => string;
  /** A date as the plan writes it: `2020 (2020-12-31)` for a period, else the date. */
  readonly shown: (value: ShownDate) => string;
  /**
   * The same inside a parenthesis, which a second pair would nest in: `a/A (2024-Q1, i.e. 2024-03-31)`, nb
   * `(2024-Q1, dvs. 31.03.2024)`, not `a/A (2024-Q1 (2024-03-31))` (a tester's finding, session 11); else the date.
   */
  readonly shownInParentheses: (value: ShownDate) => string;
  /** "1 day", "3 days": the count with the singular or plural form. */
  readonly count: (n: number, one: string, many: string) => string;
  /** A number with the locale's decimal mark, with `decimals` decimals when given, else as many as it has: 100.00, nb 100,00. */
  readonly decimal: (n: number, decimals?: number) => string;
  /** A time of day from minutes after midnight: 14:00 (en and nb alike). */
  readonly time: (minute: number) => string;
  /** A nested message (a reason, a holder), rendered in the same locale. */
  readonly render: (message: Message) => string;
}

/** A date value as written: `written` is set when it is a period (2020-Q3), `day` is the resolved day. */
export interface ShownDate {
  readonly day: DayNumber;
  readonly written?: string;
}

/** One locale's texts for some ids: a function of the id's data. */
export type Catalogue<K extends MessageId = MessageId> = { readonly [P in K]: (data: MessageData[P], f: Fmt) => string };

/**
 * A catalogue as its module writes it, beginning `{ __proto__: null, … }`: V8 makes an object literal without a
 * prototype in dictionary mode at once, where a literal of ordinary properties makes a new hidden class (map) per
 * property as the module is loaded. The English catalogue's parts, loaded by every run, cost 3.4 M instructions of a
 * `validate` on the shipped plans so (issue #18); texts are looked up once per id (messages/index.ts textOf).
 */
export type CataloguePart<K extends MessageId> = Catalogue<K> & { readonly __proto__?: null };
