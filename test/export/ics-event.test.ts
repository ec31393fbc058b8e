// ics-event.ts writes each event as one text, escaping the plan's texts one by one (issue #18); it must give the bytes
// of the line-by-line writer it replaced, kept here as the reference, for any text: line breaks (a CR at a text's end
// before the LF that joins it to the next line), tabs, controls, surrogates, the escaped characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/index.js';
import type { Meeting, Workspace } from '../../src/model/types.js';
import type { MilestoneRow } from '../../src/report/gantt/timeline.js';
import { eventContext, icsDate, meetingEvent, milestoneEvent } from '../../src/report/export/ics-event.js';
import { escapeIcsLine, escapeIcsLines, escapeIcsPart, escapeIcsText, foldLine } from '../../src/report/export/ics-text.js';
import { escapeControl } from '../../src/report/safe-text.js';

const STAMP = '20190901T000000Z';

/** The lines of the event as the previous writer made them, folded and joined. */
function referenceMilestoneEvent(ws: Workspace, r: MilestoneRow): string {
  if (r.projected === null) return '';
  const m = ws.milestones[r.index]!;
  const plan = ws.plans[m.plan]!;
  const words: string[] = [];
  if (r.isDone) words.push('done');
  if (r.isLate) words.push('late');
  if (r.isCritical) words.push('critical');
  if (r.isPushed) words.push(`pushed by ${r.driver ?? '?'}`);
  const description = [
    `${m.ref} (${plan.title})`,
    `planned ${formatDay(r.baseline)}, projected ${formatDay(r.projected)}${r.latest === null ? '' : `, latest ${formatDay(r.latest)}`}${r.float === null ? '' : `, float ${r.float} working ${Math.abs(r.float) === 1 ? 'day' : 'days'}`}`,
    ...(words.length > 0 ? [`status: ${words.join(', ')}`] : []),
    ...(m.responsible === undefined ? [] : [`responsible: ${m.responsible}`]),
    ...m.deliverables.map((d) => `- ${d}`),
  ];
  return joinLines([
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(m.ref)}@milepel`,
    `DTSTAMP:${STAMP}`,
    `DTSTART;VALUE=DATE:${icsDate(r.projected)}`,
    `DTEND;VALUE=DATE:${icsDate(r.projected + 1)}`,
    `SUMMARY:${escapeIcsLine(`${r.isGate ? 'Decision point ' : ''}${m.id} ${m.title}`)}`,
    `DESCRIPTION:${escapeIcsLines(description)}`,
    `CATEGORIES:${r.isGate ? 'gate' : 'milestone'},${escapeIcsText(plan.id)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]);
}

function referenceMeetingEvent(ws: Workspace, m: Meeting, listedBy: readonly string[]): string {
  const name = ws.bodies[ws.bodyIndex.get(m.body) ?? -1]?.name ?? m.body;
  const description = [`${m.ref} (${name})`, ...(listedBy.length > 0 ? [`milestones: ${listedBy.join(', ')}`] : [])];
  return joinLines([
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(m.ref)}@milepel`,
    `DTSTAMP:${STAMP}`,
    `DTSTART;VALUE=DATE:${icsDate(m.date)}`,
    `DTEND;VALUE=DATE:${icsDate(m.date + 1)}`,
    `SUMMARY:${escapeIcsLine(`${m.body}: ${m.title ?? name}`)}`,
    ...(m.location === undefined ? [] : [`LOCATION:${escapeIcsLine(m.location)}`]),
    `DESCRIPTION:${escapeIcsLines(description)}`,
    `CATEGORIES:meeting,${escapeIcsText(m.body)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]);
}

function joinLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

/** Plan text: mostly letters, with every kind of unit the escapes and the fold care about. */
const text = fc.array(fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'Z', ' ', 'ø', 'Å', '–', '«', '😀', 'plan-0/M1', 'Leveranse ') },
  { weight: 2, arbitrary: fc.constantFrom('\r', '\n', '\r\n', '\u2028', '\u0085', '\t', ',', ';', '\\', '\x1b', '\u202e', '\ud800', '\udc00') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
), { maxLength: 30 }).map((units) => units.join(''));

const row = fc.record({
  title: text, planTitle: text, planId: text, ref: text, id: text, responsible: fc.option(text, { nil: undefined }),
  deliverables: fc.array(text, { maxLength: 4 }), driver: fc.option(text, { nil: undefined }),
  isDone: fc.boolean(), isLate: fc.boolean(), isCritical: fc.boolean(), isPushed: fc.boolean(), isGate: fc.boolean(),
  float: fc.integer({ min: -500, max: 5000 }), hasLatest: fc.boolean(),
});

describe('milestoneEvent and meetingEvent', () => {
  it('write the bytes of the line-by-line writer for any plan text', () => {
    fc.assert(fc.property(row, (x) => {
      const ws = {
        plans: [{ id: x.planId, title: x.planTitle }],
        milestones: [{ ref: x.ref, id: x.id, title: x.title, plan: 0, responsible: x.responsible, deliverables: x.deliverables }],
        bodies: [], bodyIndex: new Map(),
      } as unknown as Workspace;
      const r = {
        index: 0, baseline: 18000, projected: 18010, latest: x.hasLatest ? 18100 : null, float: x.float, isDone: x.isDone,
        isLate: x.isLate, isCritical: x.isCritical, isPushed: x.isPushed, driver: x.driver, isGate: x.isGate,
      } as unknown as MilestoneRow;
      expect(milestoneEvent(eventContext(ws, STAMP), r)).toBe(referenceMilestoneEvent(ws, r));
      const meeting = { ref: x.ref, body: x.planId, date: 18020, title: x.responsible, location: x.driver } as unknown as Meeting;
      expect(meetingEvent(eventContext(ws, STAMP), meeting, x.deliverables)).toBe(referenceMeetingEvent(ws, meeting, x.deliverables));
    }), { numRuns: 3000 });
  });
});

/** escapeIcsText before its one-test shortcut: the shortcut must hold for every unit escapeControl shows. */
function referenceEscape(text: string): string {
  if (!/[\\;,\t\r\n\u2028\u2029\u0085]/.test(text) && escapeControl(text) === text) return text;
  return text.split(/\r\n|[\r\n\u2028\u2029\u0085]/).map((l) => escapeControl(l.replace(/\t/g, ' ')).replace(/[\\;,]/g, (ch) => `\\${ch}`)).join('\\n');
}

describe('escapeIcsText, escapeIcsPart and escapeIcsLine', () => {
  it('escape every UTF-16 unit as the two-test escape did', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = `a${String.fromCharCode(unit)}b`;
      const expected = referenceEscape(text);
      expect(escapeIcsText(text)).toBe(expected);
      if (!/[\r\n\u2028\u2029\u0085]/.test(text)) {
        expect(escapeIcsPart(text)).toBe(expected);
        expect(escapeIcsLine(text)).toBe(expected);
      }
    }
  });
});
