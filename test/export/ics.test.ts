// The iCalendar export parsed by an independent parser (ical.js) and compared event by event; RFC 5545 framing checked byte by byte.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/index.js';
import { loadAnalysis } from '../../src/cli/workspace.js';
import { escapeIcsLine, escapeIcsLines, escapeIcsText, foldLine } from '../../src/report/export/ics-text.js';
import { fakeIo, runCli } from '../helpers/fake-io.js';

const HOSTILE = 'test/export/fixtures/hostile';

interface Parsed {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  start: string;
  end: string;
  isDate: boolean;
  stamp: string;
}

function parseEvents(ics: string): Map<string, Parsed> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = new Map<string, Parsed>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(vevent);
    expect(events.has(e.uid), `duplicate UID ${e.uid}`).toBe(false);
    events.set(e.uid, {
      uid: e.uid, summary: e.summary, description: e.description, location: e.location ?? null,
      start: e.startDate.toString(), end: e.endDate.toString(), isDate: e.startDate.isDate && e.endDate.isDate,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    });
  }
  return events;
}

async function ics(args: readonly string[]): Promise<string> {
  const r = await runCli(['export', '--format', 'ics', ...args]);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('ICS export of the shipped plans', () => {
  it('has one all-day event per milestone at its projected date and one per meeting', async () => {
    const text = await ics(['plans', '--today', '2019-09-01']);
    const events = parseEvents(text);
    const analysis = await loadAnalysis(fakeIo(), ['plans'], { today: '2019-09-01' });
    const { workspace: ws, schedule } = analysis;
    expect(events.size).toBe(ws.milestones.length + ws.meetings.length);
    for (const m of ws.milestones) {
      const e = events.get(`${m.ref}@milepel`);
      expect(e, m.ref).toBeDefined();
      expect(e!.summary).toBe(`${m.gate !== undefined ? 'Decision point ' : ''}${m.id} ${m.title}`);
      expect(e!.start).toBe(formatDay(schedule.projected[m.index]!));
      expect(e!.end).toBe(formatDay(schedule.projected[m.index]! + 1));
      expect(e!.isDate).toBe(true);
      expect(e!.stamp).toBe('2019-09-01T00:00:00Z');
      expect(e!.description).toContain(m.ref);
      for (const d of m.deliverables) expect(e!.description).toContain(`- ${d}`);
    }
    for (const m of ws.meetings) {
      const e = events.get(`${m.ref}@milepel`)!;
      const body = ws.bodies.find((b) => b.id === m.body)!;
      expect(e.summary).toBe(`${m.body}: ${m.title ?? body.name}`);
      expect(e.start).toBe(formatDay(m.date));
      expect(e.end).toBe(formatDay(m.date + 1));
      expect(e.location).toBe(m.location ?? null);
    }
    expect(events.get('NEHS@2019-09-12@milepel')!.description).toContain('milestones: akson/MP2, akson/MP3');
  });

  it('speaks Norwegian with --locale nb, as mermaid and html do (a tester found it English)', async () => {
    const events = parseEvents(await ics(['plans', '--today', '2019-09-01', '--locale', 'nb']));
    const mp1 = events.get('akson/MP1@milepel')!;
    expect(mp1.description).toMatch(/^akson\/MP1 \(.*\)\nplanlagt 28\.06\.2019, beregnet 28\.06\.2019, seneste \d\d\.\d\d\.\d{4}, slakk -?\d+ arbeidsdag(er)?\n/);
    expect(mp1.description).toContain('\nstatus: forsinket\n');
    expect(events.get('NEHS@2019-09-12@milepel')!.description).toContain('milepæler: akson/MP2, akson/MP3');
    const gate = [...events.values()].find((e) => e.summary.startsWith('Beslutningspunkt '));
    expect(gate).toBeDefined();
  });

  it('frames the calendar per RFC 5545: CRLF, folded at 75 octets, no UTF-8 character split', async () => {
    const text = await ics([HOSTILE, 'plans', '--today', '2019-09-01']);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//milepel//milepel ')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const bytes = Buffer.from(text, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let folded = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
      const line = bytes.subarray(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      // A fold inside a multi-byte character would leave an undecodable piece.
      expect(() => decoder.decode(line)).not.toThrow();
      if (line[0] === 0x20) folded++;
      start = i + 2;
    }
    expect(folded).toBeGreaterThan(10);
    expect(text).not.toContain('\x1b');
  });

  it('takes DTSTAMP from the status date, not the clock, and gives the same bytes every run', async () => {
    const a = await ics(['plans']);
    const b = await ics(['plans']);
    expect(a).toBe(b);
    expect(a).toContain('DTSTAMP:20190619T000000Z\r\n');
    const clockless = await runCli(['export', '--format', 'ics', 'plans'], { today: '2031-01-01' });
    expect(clockless.stdout).toBe(a);
  });

  it('keeps --plan to one plan\'s milestones (meetings stay)', async () => {
    const events = parseEvents(await ics(['plans', '--plan', 'akson']));
    expect([...events.keys()].filter((uid) => uid.startsWith('felles-grunnmur/'))).toEqual([]);
    expect(events.has('akson/MP9@milepel')).toBe(true);
    expect(events.has('PS@2019-05-22@milepel')).toBe(true);
  });
});

describe('ICS export and the RFCs beside RFC 5545 (tester round 16 #4, #8)', () => {
  it('writes no METHOD: PUBLISH is an iTIP method, which asks for an ORGANIZER in every event (RFC 5546 §3.2.1)', async () => {
    const text = await ics(['plans']);
    expect(text).not.toMatch(/^METHOD:/m);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//milepel//milepel ')).toBe(true);
  });

  it('writes a calendar without events for a workspace with nothing dated, and says on stderr that strict readers refuse it', async () => {
    const plan = 'plan: {id: p, title: T, status_date: 2019-06-19}\nmilestones: []\n';
    const r = await runCli(['export', '--format', 'ics', 'ws16'], { files: { 'ws16/p.yaml': plan } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('BEGIN:VEVENT');
    expect(r.stderr).toBe('milepel: note: export --format ics: the calendar has no event, as no milestone or meeting of the workspace has a date to show; a strict iCalendar reader refuses a calendar without one (RFC 5545 §3.6)\n');
    const dated = await runCli(['export', '--format', 'ics', 'ws16'], { files: { 'ws16/p.yaml': plan.replace('[]', '[{id: A, title: A, date: 2019-06-20}]') } });
    expect(dated.stderr).toBe('');
  });

  it('gives a title whose fold would start a line with `::` back exactly, with no zero-width space from the CLI\'s workflow-command guard', async () => {
    const title = 'Overgang til IPv6 i helsenettet: ruter mot kjernenettet 2001:db8::1 satt i drift';
    const r = await runCli(['export', '--format', 'ics', 'ws16'], { files: { 'ws16/p.yaml': `plan: {id: p, title: Nett, status_date: 2019-06-19}\nmilestones:\n  - {id: M1, title: "${title}", date: 2019-06-20}\n` } });
    expect(r.stdout).not.toContain('\u200b');
    expect(parseEvents(r.stdout).get('p/M1@milepel')!.summary).toBe(`M1 ${title}`);
  });
});

describe('ICS export of hostile text', () => {
  it('escapes TEXT so that the parser gives back what the plan says', async () => {
    const events = parseEvents(await ics([HOSTILE]));
    expect(events.get('fiendtlig/A1@milepel')!.summary).toBe(`A1 <script>alert(1)</script> "double" 'single' & amp; a:b #hash %%{init: {'theme':'dark'}}%%`);
    expect(events.get('fiendtlig/A1@milepel')!.description).toContain('responsible: Ansvarlig, med komma; og semikolon \\ og backslash');
    expect(events.get('fiendtlig/A1@milepel')!.description).toContain('- Leveranse med\nlinjeskift');
    expect(events.get('fiendtlig/title@milepel')!.summary).toBe('title Milepæl med linjeskift section Hacked title Hacked : crit, 2019-01-01, 1d');
    expect(events.get('fiendtlig/gantt@milepel')!.summary).toBe('gantt \\x1b[31mRød\\x1b[0m tekst med ESC og \\u202eomvendt\\u202c retning og \\x07 bjelle');
    const long = events.get('fiendtlig/2019-10-01@milepel')!;
    expect(long.summary).toContain('med æøå ÆØÅ og en ganske lang hale som aldri tar slutt før den har passert syttifem oktetter flere ganger');
    const meeting = events.get('STYRE@2019-06-20@milepel')!;
    expect(meeting.summary).toBe('STYRE: Møte: "første" <i>kursiv</i> andre linje');
    expect(meeting.location).toBe('Oslo, rom 1; etasje 2 \\ bak');
    expect(events.get('STYRE-2@milepel')!.summary).toBe('STYRE: \\x1b[1mFet\\x1b[0m %%{init}%% møte');
  });
});

describe('RFC 5545 text helpers', () => {
  it('folds before a character that would cross 75 octets, never inside it', () => {
    expect(foldLine(`${'X'.repeat(73)}😀abc`)).toBe(`${'X'.repeat(73)}\r\n 😀abc`);
    expect(foldLine(`${'X'.repeat(74)}ø`)).toBe(`${'X'.repeat(74)}\r\n ø`);
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
    expect(foldLine('æ'.repeat(80)).split('\r\n').map((l) => Buffer.byteLength(l))).toEqual([74, 75, 13]);
  });

  it('escapes TEXT: backslash, semicolon, comma, line breaks; shows other control characters', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    // The visible escape's backslash is itself escaped: a parser gives back the text `\x1b[2J\u202e`.
    expect(escapeIcsText('\x1b[2J\u202e')).toBe('\\\\x1b[2J\\\\u202e');
    // A text with nothing to escape comes back as it is; a tab alone is a space; a lone surrogate is shown.
    expect(escapeIcsText('Møte — Akson/MP2 😀')).toBe('Møte — Akson/MP2 😀');
    expect(escapeIcsText('a\tb')).toBe('a b');
    expect(escapeIcsText('a\ud800b')).toBe('a\\\\ud800b');
  });

  it('writes a one-line TEXT value trimmed, its line breaks and the spaces around them as one space', () => {
    expect(escapeIcsLine('  Akson; MP2  ')).toBe('Akson\\; MP2');
    expect(escapeIcsLine('a \r\n b\u2028c')).toBe('a b c');
  });
});

describe('escapeIcsLines', () => {
  it('is escapeIcsText of the parts joined by line feeds, with or without anything to escape in them', () => {
    const cases: string[][] = [
      ['plan-0/M1 (Plan 0 — første)', 'planned 2020-01-31, projected 2020-02-03', '- Leveranse 1a'],
      ['a;b', 'c'],
      ['ends in a CR\r', 'next'],
      ['tab\there', 'bidi \u202e', 'esc \x1b'],
      ['line\u2028sep', '', 'x,y\\z'],
      [''],
    ];
    for (const parts of cases) expect(escapeIcsLines(parts)).toBe(escapeIcsText(parts.join('\n')));
  });
});
