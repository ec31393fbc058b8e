// meetsMeetingsBeforeMilestone, the rule's allocation-free first look (SPEC §4.2), against the whole check on random
// governance: required bodies (repeated, unknown), listed meetings (of other bodies, unknown, outside the interval),
// leads and windows in working and elapsed units; and on other dates than the milestone's own, as risk asks it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/index.js';
import { copyMilestone } from '../../src/model/milestone.js';
import { checkMeetingsBeforeMilestone, meetsMeetingsBeforeMilestone } from '../../src/schedule/meeting-before-milestone.js';
import { meetingsByBody } from '../../src/schedule/meetings-by-body.js';
import { planYaml, scheduleOf } from './schedule-helpers.js';

const BASE = 18_000; // 2019-04-14
const bodyArb = fc.constantFrom('A', 'B', 'C', 'X');
const unitArb = fc.constantFrom('d', 'w', 'ed', 'ew');
const meetingArb = fc.record({ body: fc.constantFrom('A', 'B', 'C'), day: fc.integer({ min: 0, max: 60 }) });
const milestoneArb = fc.record({
  day: fc.integer({ min: 0, max: 70 }),
  require: fc.option(fc.array(bodyArb, { maxLength: 3 }), { nil: undefined }),
  listed: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }),
});
const caseArb = fc.record({
  require: fc.array(bodyArb, { maxLength: 3 }),
  lead: fc.tuple(fc.integer({ min: 0, max: 10 }), unitArb),
  window: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), unitArb), { nil: undefined }),
  meetings: fc.uniqueArray(meetingArb, { maxLength: 10, selector: (m) => `${m.body}@${m.day}` }),
  milestones: fc.array(milestoneArb, { minLength: 1, maxLength: 6 }),
});

describe('meetsMeetingsBeforeMilestone', () => {
  it('answers as checkMeetingsBeforeMilestone(…)?.ok ?? true for every milestone', () => {
    let failing = 0;
    fc.assert(fc.property(caseArb, (c) => {
      const day = (d: number): string => formatDay(BASE + d);
      // A listed index past the meetings names one that does not exist (unknown-reference; the link is -1).
      const ref = (i: number): string => (i < c.meetings.length ? `${c.meetings[i]!.body}@${day(c.meetings[i]!.day)}` : `B@${day(90 + i)}`);
      const governance = `  governance: {require: [${c.require.join(', ')}], lead: ${c.lead.join('')}${c.window ? `, window: ${c.window.join('')}` : ''}}`;
      const milestones = c.milestones.map((m, i) => `{id: M${i}, title: M, date: ${day(m.day)}${m.require ? `, require: [${m.require.join(', ')}]` : ''}${m.listed.length ? `, meetings: [${m.listed.map(ref).join(', ')}]` : ''}}`);
      const { analysis } = scheduleOf({
        'g.yaml': ['bodies: [{id: A}, {id: B}, {id: C}]', 'meetings:', ...(c.meetings.length ? c.meetings.map((m) => `  - {body: ${m.body}, date: ${day(m.day)}}`) : ['  []']), ''].join('\n').replace('meetings:\n  []', 'meetings: []'),
        'p.yaml': planYaml('p', governance, milestones),
      });
      const ws = analysis.workspace;
      expect(ws.milestones).toHaveLength(c.milestones.length);
      const byBody = meetingsByBody(ws);
      for (const m of ws.milestones) {
        const whole = checkMeetingsBeforeMilestone(ws, byBody, m)?.ok ?? true;
        if (!whole) failing++;
        expect(meetsMeetingsBeforeMilestone(ws, byBody, m), `${m.ref} in ${JSON.stringify(c)}`).toBe(whole);
        // On another date (risk's drawn days): as the whole check of a copy of the milestone on that date.
        for (const shift of [-9, -1, 3, 17]) {
          const moved = copyMilestone(m, { current: m.current + shift });
          expect(meetsMeetingsBeforeMilestone(ws, byBody, m, moved.current), `${m.ref} moved ${shift}`).toBe(checkMeetingsBeforeMilestone(ws, byBody, moved)?.ok ?? true);
        }
      }
    }), { numRuns: 300, seed: 1812 });
    // The cases reach both answers, many times.
    expect(failing).toBeGreaterThan(100);
  });
});
