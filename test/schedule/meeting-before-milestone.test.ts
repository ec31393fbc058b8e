// SPEC §4.2 by hand: admissible intervals with window and lead in working and elapsed units, over Norwegian holidays.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/index.js';
import { checkMeetingsBeforeMilestone } from '../../src/schedule/meeting-before-milestone.js';
import { meetingsByBody } from '../../src/schedule/meetings-by-body.js';
import { planYaml, scheduleOf } from './schedule-helpers.js';

const m = (body: string): string => `{${body}}`;

function governanceOf(header: string, milestone: string, meetings: readonly string[]) {
  const { analysis } = scheduleOf({
    'g.yaml': ['bodies: [{id: B}]', 'meetings:', ...meetings.map((x) => `  - ${x}`), ''].join('\n'),
    'a.yaml': planYaml('a', header, [m(milestone)]),
  });
  const ws = analysis.workspace;
  const g = checkMeetingsBeforeMilestone(ws, meetingsByBody(ws), ws.milestones[0]!)!;
  const ref = (i: number): string | null => (i < 0 ? null : ws.meetings[i]!.ref);
  return {
    from: Number.isFinite(g.from) ? formatDay(g.from) : null, to: formatDay(g.to), ok: g.ok,
    bodies: g.bodies.map((b) => ({ body: b.body, meeting: ref(b.meeting), before: ref(b.nearestBefore), after: ref(b.nearestAfter) })),
    listed: g.listed.map((l) => [ref(l.meeting), l.placement]),
  };
}

describe('checkMeetingsBeforeMilestone', () => {
  it('lead 1d back over Easter 2019: Tue 23.4 ⊖ 1d = Wed 17.4 (22.4, 19.4, 18.4 are holidays)', () => {
    const g = governanceOf('  governance: {require: [B], lead: 1d}', 'id: M, title: M, date: 2019-04-23', ['{body: B, date: 2019-04-17}', '{body: B, date: 2019-04-18}']);
    expect(g.from).toBeNull();
    expect(g.to).toBe('2019-04-17');
    // the Maundy Thursday meeting is inside the lead; the nearest before c is still that one
    expect(g.bodies).toEqual([{ body: 'B', meeting: 'B@2019-04-17', before: 'B@2019-04-18', after: null }]);
  });

  it('window 2ew is calendar days: Fri 17.5.2019 − 14 = Fri 3.5, inclusive', () => {
    const header = '  governance: {require: [B], window: 2ew}';
    const g = governanceOf(header, 'id: M, title: M, date: 2019-05-17, meetings: [B@2019-05-02, B@2019-05-03]', ['{body: B, date: 2019-05-02}', '{body: B, date: 2019-05-03}']);
    expect([g.from, g.to]).toEqual(['2019-05-03', '2019-05-17']);
    expect(g.listed).toEqual([['B@2019-05-02', -1], ['B@2019-05-03', 0]]);
    expect(g.ok).toBe(false);
    expect(g.bodies[0]!.meeting).toBe('B@2019-05-03');
  });

  it('window 10d in working days: Fri 7.6.2019 ⊖ 10 = Thu 23.5 (Ascension 30.5 skipped)', () => {
    // 6.6 (1), 5 (2), 4 (3), 3 (4), [2, 1 weekend] 31.5 (5), [30.5 Ascension] 29 (6), 28 (7), 27 (8), [26, 25] 24 (9), 23.5 (10)
    const g = governanceOf('  governance: {require: [B], window: 10d}', 'id: M, title: M, date: 2019-06-07', ['{body: B, date: 2019-05-22}']);
    expect(g.from).toBe('2019-05-23');
    expect(g.bodies[0]!.meeting).toBeNull();
    expect(g.ok).toBe(false);
  });

  it('lead 0: a meeting on the milestone day is admissible; a meeting the day after is listed too late', () => {
    const g = governanceOf('', 'id: M, title: M, date: 2019-09-12, require: [B, B], meetings: [B@2019-09-12, B@2019-09-13]', ['{body: B, date: 2019-09-12}', '{body: B, date: 2019-09-13}']);
    expect(g.bodies).toEqual([{ body: 'B', meeting: 'B@2019-09-12', before: 'B@2019-09-12', after: 'B@2019-09-13' }]);
    expect(g.listed).toEqual([['B@2019-09-12', 0], ['B@2019-09-13', 1]]);
  });

  it('two meetings of a body on one day: the greater ref is the latest, listed or not', () => {
    const meetings = ['{body: B, date: 2019-09-02, id: B-y}', '{body: B, date: 2019-09-02, id: B-x}'];
    expect(governanceOf('', 'id: M, title: M, date: 2019-09-12, require: [B]', meetings).bodies[0]!.meeting).toBe('B-y');
    expect(governanceOf('', 'id: M, title: M, date: 2019-09-12, require: [B], meetings: [B-y, B-x]', meetings).bodies[0]!.meeting).toBe('B-y');
  });
});
