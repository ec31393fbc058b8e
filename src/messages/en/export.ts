// English texts of `milepel export --format mspdi`'s notes (SPEC §10).
import type { ExportMessages, PeriodDates, RangeEstimate } from '../data/export.js';
import type { CataloguePart } from '../types.js';

/**
 * Why a milestone's `x-` keys are left out of MS Project XML: an x-wbs that is no list of texts (one that is becomes
 * summary tasks: tester round 99 F7) or nests deeper than 100, because summary tasks cannot carry it; the others,
 * because the format has no field for them.
 */
function extensionReason(names: readonly string[]): string {
  const wbs = names.includes('x-wbs');
  const others = names.length - (wbs ? 1 : 0);
  const none = others === 0 ? '' : `MS Project XML has no field for ${wbs ? 'the others' : others === 1 ? 'it' : 'them'}`;
  return wbs ? `summary tasks hold an x-wbs only as a list of at most 100 texts${none === '' ? '' : `, and ${none}`}` : none;
}

/** `a/A, a/B, … and 2 more`: the refs shown, and how many of `count` are not. */
function named(shown: readonly string[], count: number): string {
  return count > shown.length ? `${shown.join(', ')} and ${count - shown.length} more` : shown.join(', ');
}

/** YAML keys as a list: `responsible`, `responsible and status`, `responsible, status and history`. */
function keys(fields: readonly string[]): string {
  return fields.length <= 1 ? fields.join('') : `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
}

/** `q/A (date 2019-Q4, forecast 2020-Q1)`: YAML keys and periods as written. */
const periods = (m: PeriodDates): string => `${m.ref} (${m.fields.map((f) => `${f.key} ${f.written}`).join(', ')})`;
/** A year as a date writes it: four digits (0001). */
const year = (y: number): string => String(y).padStart(4, '0');
/** `2021`, `2021–2023`, `2019, 2021–2023 and 2030`: inclusive year spans. */
const yearList = (spans: readonly { readonly from: number; readonly to: number }[]): string => {
  const each = spans.map((y) => (y.from === y.to ? year(y.from) : `${year(y.from)}–${year(y.to)}`));
  return each.length < 2 ? each.join('') : `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]!}`;
};
const range = (r: RangeEstimate): string => `${r.ref} (${r.lagAfter === null ? 'duration' : `lag after ${r.lagAfter}`})`;

export const exportEn: CataloguePart<keyof ExportMessages> = {
  __proto__: null,
  'export.mspdi.date-range': (d) => `${d.ref}: left out, its ${d.projected ? 'projected date' : 'start'} is outside 0001-01-01 … 9999-12-31 (date-range)`,
  'export.mspdi.cycle-link': (d) => `${d.ref}: the link from ${d.from} (${d.type}) lies in a dependency cycle and is left out, as in milepel's schedule`,
  'export.mspdi.second-link': (d, f) => `${d.ref}: another link from ${d.from} (${d.type}) ${d.written > d.day ? `requires ${f.date(d.day)}, which the finish-no-earlier-than date written, ${f.date(d.written)}, already covers` : `is written as a finish-no-earlier-than date of ${f.date(d.day)}, the day it requires`}: MS Project holds one link between two tasks, and the file holds the one that requires the latest date (${d.kept})`,
  'export.mspdi.link-as-constraint': (d, f) => `${d.ref}: the link from ${d.from} (${d.type}, ${d.otherPlan ? 'another plan' : 'left out'}) ${d.written > d.day ? `requires ${f.date(d.day)}, which the finish-no-earlier-than date written, ${f.date(d.written)}, already covers` : `is written as a finish-no-earlier-than date of ${f.date(d.day)}`}`,
  'export.mspdi.periods': (d, f) => `the dates of ${f.count(d.count, 'milestone', 'milestones')} written as periods are written as their last day: ${named(d.shown.map(periods), d.count)}`,
  'export.mspdi.plan-finish-period': (d) => `the plan's finish, written as the period ${d.written}, is written as its last day`,
  'export.mspdi.ranges': (d, f) => `${f.count(d.count, 'three-point estimate is', 'three-point estimates are')} written as the likely value (MS Project XML holds one duration): ${named(d.shown.map(range), d.count)}`,
  'export.mspdi.gates-dated': (d, f) => `${f.count(d.count, 'gate is', 'gates are')} written as a milestone, without its deciding body and readiness: ${named(d.shown, d.count)}`,
  'export.mspdi.gates-undated': (d, f) => `${f.count(d.count, 'gate has', 'gates have')} no date and ${d.count === 1 ? 'is' : 'are'} left out: ${named(d.shown, d.count)}`,
  'export.mspdi.risks': (d, f) => `${f.count(d.count, 'risk event is', 'risk events are')} left out (MS Project XML has no risk register): ${named(d.shown, d.count)}`,
  'export.mspdi.unholdable-titles': (d, f) => `${f.count(d.count, 'text holds', 'texts hold')} control characters XML cannot hold, written as visible escapes such as \\x07: ${named(d.shown, d.count)}`,
  'export.mspdi.overlong-texts': (d, f) => `${f.count(d.count, 'text is', 'texts are')} longer than MS Project XML allows (512 characters; 255 for the project's Name, the plan's id with .xml) and written cut to that length: ${named(d.shown, d.count)}`,
  'export.mspdi.governed': (d, f) => `the board meetings and required bodies of ${f.count(d.count, 'milestone are', 'milestones are')} left out: ${named(d.shown, d.count)}`,
  'export.mspdi.fields': (d, f) => `the ${keys(d.fields)} of ${f.count(d.count, 'milestone', 'milestones')} ${d.fields.length === 1 && d.count === 1 ? 'is' : 'are'} left out (MS Project XML has no field for them): ${named(d.shown, d.count)}`,
  'export.mspdi.plan-fields': (d) => `the plan's ${keys(d.fields)} ${d.fields.length === 1 ? 'is' : 'are'} left out (MS Project XML has no place for ${d.fields.length === 1 ? 'it' : 'them'})`,
  'export.mspdi.pushed': (d, f) => `${f.count(d.count, 'milestone pushed by a predecessor is', 'milestones pushed by a predecessor are')} written finishing on ${d.count === 1 ? 'its' : 'their'} projected date, which an import of the file reads as ${d.count === 1 ? 'its' : 'their'} forecast: imported again, ${d.count === 1 ? 'it keeps its dates' : 'they keep their dates'} but no predecessor pushes ${d.count === 1 ? 'it' : 'them'} (no driver in critical-path, no pushed_by in slippage): ${named(d.shown, d.count)}`,
  'export.mspdi.outside-msp': (d, f) => `MS Project holds dates from 1984-01-01 to 2149-12-31 only and will not open this file: ${f.count(d.count, 'milestone has a date', 'milestones have dates')} outside them (a mistyped year?): ${named(d.shown, d.count)}`,
  'export.mspdi.start-earlier': (d, f) => `the plan starts on ${f.date(d.start)}, but the work of its tasks from ${f.date(d.first)}: the file's project StartDate is ${f.date(d.first)}, before which MS Project starts no task, and imported again it is the plan's start`,
  'export.mspdi.holiday-rule': (d) => `the plan's calendar takes the Norwegian holidays of every year (holidays: NO); the file holds them as the closed days of ${yearList(d.years)} only: imported again, the plan has those days as closed days and no holidays in other years`,
  'export.mspdi.extension-keys': (d, f) => `the ${keys(d.keys)} ${d.keys.length === 1 ? 'key' : 'keys'} of ${f.count(d.count, 'milestone', 'milestones')} ${d.keys.length === 1 ? 'is' : 'are'} left out (${extensionReason(d.keys)}): ${named(d.shown, d.count)}`,
  'export.mspdi.plan-governance': (d) => `the plan's governance (bodies that must meet before each milestone) is left out${d.too ? ' too' : ''}`,
};
