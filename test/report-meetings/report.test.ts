// The meetings report on small workspaces: window and lead, listed and workspace meetings, JSON (SPEC §8), matrix layout.
import { describe, expect, it } from 'vitest';
import { buildMeetingsReport } from '../../src/report/meetings/index.js';
import { formatMeetingsJson } from '../../src/report/meetings/json.js';
import { formatMeetingsText } from '../../src/report/meetings/text.js';
import { displayWidth } from '../../src/report/table.js';
import { planYaml, scheduleOf } from '../schedule/schedule-helpers.js';

const m = (body: string): string => `{${body}}`;
const plain = { color: false, width: 80, locale: 'en' as const };

function reportOf(files: Readonly<Record<string, string>>, plan?: string) {
  const { analysis } = scheduleOf(files);
  return buildMeetingsReport({ workspace: analysis.workspace, today: analysis.today, plan });
}

const GOVERNANCE = [
  'bodies: [{id: B, name: Board}, {id: C, name: Council}]',
  'meetings:',
  '  - {body: B, date: 2019-09-05}',
  '  - {body: B, date: 2019-09-18}',
  '  - {body: B, date: 2019-09-19}',
  '  - {body: C, date: 2019-09-09, id: C-1}',
  '',
].join('\n');

// window 10d: sub(Fri 20.9, 10) = Fri 6.9; lead 2d: sub(20.9, 2) = Wed 18.9 → admissible [6.9, 18.9]
const WINDOWED = {
  'g.yaml': GOVERNANCE,
  'a.yaml': planYaml('a', '  governance: {require: [B], window: 10d, lead: 2d}', [
    m('id: L, title: Lists two B meetings outside, date: 2019-09-20, meetings: [B@2019-09-19, B@2019-09-05]'),
    m('id: N, title: Lists nothing, date: 2019-09-20'),
    m('id: F, title: Not required, date: 2019-09-20, require: [], meetings: [C-1]'),
    m('id: Q, title: Neither, date: 2019-09-20, require: []'),
  ]),
};

describe('meetings JSON', () => {
  it('gives each required body its latest admissible meeting, nearest before/after and the listed meetings outside', () => {
    const json = JSON.parse(formatMeetingsJson(reportOf(WINDOWED)));
    expect(json.milestones.map((r: { ref: string }) => r.ref)).toEqual(['a/F', 'a/L', 'a/N']);
    expect(json.milestones[1]).toEqual({
      ref: 'a/L', plan: 'a', id: 'L', date: '2019-09-20', ok: false,
      // L lists B meetings, so only those count: 19.9 is inside the lead, 5.9 before the window
      bodies: [{ body: 'B', ok: false, meeting: null, nearest_before: 'B@2019-09-19', nearest_after: null }],
      listed_outside: ['B@2019-09-05', 'B@2019-09-19'],
    });
    expect(json.milestones[2].bodies).toEqual([{ body: 'B', ok: true, meeting: 'B@2019-09-18', nearest_before: 'B@2019-09-19', nearest_after: null }]);
    expect(json.milestones[0]).toEqual({ ref: 'a/F', plan: 'a', id: 'F', date: '2019-09-20', ok: true, bodies: [], listed_outside: [] });
    expect(json.summary).toEqual({ milestones: 3, ok: 2, missing: 1 });
  });

  it('gives the written period next to the resolved date', () => {
    const json = JSON.parse(formatMeetingsJson(reportOf({
      'g.yaml': GOVERNANCE,
      'a.yaml': planYaml('a', '  governance: {require: [B]}', [m('id: P, title: P, date: 2019, forecast: 2019-Q3')]),
    })));
    expect(json.milestones[0]).toMatchObject({ date: '2019-09-30', date_as_written: '2019-Q3', ok: true, bodies: [{ meeting: 'B@2019-09-19' }] });
  });
});

describe('meetings text', () => {
  it('puts the summary on top, a matrix below, then what is missing and what lies outside the window', () => {
    const text = formatMeetingsText(reportOf(WINDOWED), plain);
    const lines = text.split('\n');
    expect(lines[0]).toBe('1 of 3 milestones lacks a preceding board meeting: L');
    expect(text).toMatch(/^F +2019-09-20 +Not required +· +2019-09-09 −11d$/m);
    expect(text).toMatch(/^L +2019-09-20 +Lists two B meeting… +✗ none +·$/m);
    expect(text).toMatch(/^N +2019-09-20 +Lists nothing +✓ 2019-09-18 −2d +·$/m);
    expect(text).toContain('  L B: nearest before B@2019-09-19 (1 day before); B@2019-09-18 is in time but');
    expect(text).toContain('  L: B@2019-09-05 (too early: the window opens 2019-09-06), B@2019-09-19 (1 day');
    expect(text).toContain('before; too late: must be on or before 2019-09-18)');
    expect(text).toContain('\nListed meetings too early or too late for their milestone\n');
    expect(text).toContain('! listed meeting too early or too late');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('without a window says a listed meeting is too late, never "outside the window"', () => {
    const files = { ...WINDOWED, 'a.yaml': WINDOWED['a.yaml'].replace('window: 10d, ', '') };
    for (const locale of ['en', 'nb'] as const) {
      const text = formatMeetingsText(reportOf(files), { ...plain, locale });
      expect(text).not.toMatch(/window|vindu/);
      expect(text).toContain(locale === 'en' ? '\nListed meetings too late for their milestone\n' : '\nOppgitte møter som er for sene for milepælen\n');
      expect(text).toContain(locale === 'en' ? '! listed meeting too late' : '! oppgitt møte for sent');
    }
  });

  it('shows a meeting with its own id together with its date', () => {
    const text = formatMeetingsText(reportOf({
      'g.yaml': GOVERNANCE,
      'a.yaml': planYaml('a', '', [m('id: E, title: E, date: 2019-08-30, require: [C], meetings: [C-1]')]),
    }), plain);
    expect(text).toContain('  E: C-1 (2019-09-09) (10 days after)');
    expect(text).toContain('  E C: nearest after C-1 (2019-09-09) (10 days after)');
  });

  it('splits many bodies into blocks and shortens dates so that every line fits', () => {
    const bodies = Array.from({ length: 7 }, (_, i) => `Body${i}`);
    const files = {
      'g.yaml': [`bodies: [${bodies.map((b) => `{id: ${b}}`).join(', ')}]`, 'meetings:', ...bodies.map((b, i) => `  - {body: ${b}, date: 2019-09-0${i + 2}}`), ''].join('\n'),
      'a.yaml': planYaml('a', `  governance: {require: [${bodies.join(', ')}]}`, [m('id: M, title: M, date: 2019-09-20')]),
    };
    const text = formatMeetingsText(reportOf(files), plain);
    expect(text.split('\n')[0]).toBe('The milestone has a preceding board meeting.');
    const headers = text.split('\n').filter((l) => l.startsWith('Milestone'));
    expect(headers.length).toBeGreaterThan(1);
    expect(headers.join(' ').match(/Body\d/g)).toEqual(bodies);
    expect(text).toContain('✓ 09-02 −18d');
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it("puts each milestone's cell under its own body and '·' under every other", () => {
    // Each row fills only its own bodies' cells (issue #18: no bodies × rows search); the rest must stay '·'.
    const bodies = Array.from({ length: 7 }, (_, i) => `Body${i}`);
    const files = {
      'g.yaml': [`bodies: [${bodies.map((b) => `{id: ${b}}`).join(', ')}]`, 'meetings:', ...bodies.map((b, i) => `  - {body: ${b}, date: 2019-09-0${i + 2}}`), ''].join('\n'),
      'a.yaml': planYaml('a', '', bodies.map((b, i) => m(`id: M${i}, title: T${i}, date: 2019-09-20, require: [${b}]`))),
    };
    const text = formatMeetingsText(reportOf(files), { ...plain, width: 200 });
    for (let i = 0; i < bodies.length; i++) {
      const cells = bodies.map((_, j) => (j === i ? `✓ 2019-09-0${i + 2} −${18 - i}d` : '·'));
      expect(text).toMatch(new RegExp(`^M${i} +2019-09-20 +T${i} +${cells.join(' +')}$`, 'm'));
    }
  });

  it('qualifies ids when several plans appear, filters with --plan, and writes Norwegian', () => {
    const files = {
      'g.yaml': GOVERNANCE,
      'a.yaml': planYaml('a', '  governance: {require: [B]}', [m('id: X, title: X, date: 2019-09-02')]),
      'b.yaml': planYaml('b', '  governance: {require: [B]}', [m('id: Y, title: Y, date: 2019-09-03'), m('id: Z, title: Z, date: 2019-09-04')]),
    };
    expect(formatMeetingsText(reportOf(files), plain).split('\n')[0]).toBe('3 of 3 milestones lack a preceding board meeting: a/X, b/Y, b/Z');
    expect(formatMeetingsText(reportOf(files, 'b'), plain).split('\n')[0]).toBe('2 of 2 milestones lack a preceding board meeting: Y, Z');
    const nb = formatMeetingsText(reportOf(files, 'b'), { ...plain, locale: 'nb' });
    expect(nb.split('\n')[0]).toBe('2 av 2 milepæler mangler et forutgående styremøte: Y, Z');
    expect(nb).toContain('✗ ingen');
    expect(nb).toContain('03.09.2019');
  });

  it('says so when no milestone requires or lists meetings', () => {
    expect(formatMeetingsText(reportOf({ 'a.yaml': planYaml('a', '', [m('id: X, title: X, date: 2019-09-02')]) }), plain)).toBe('No milestone requires or lists board meetings.\n');
  });

  it('marks missing meetings with ✗ and colours them only when asked', () => {
    const coloured = formatMeetingsText(reportOf(WINDOWED), { ...plain, color: true });
    expect(coloured).toContain('\x1b[31m✗ none\x1b[39m');
    expect(formatMeetingsText(reportOf(WINDOWED), plain)).not.toContain('\x1b');
  });
});
