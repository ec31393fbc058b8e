// `snapshot` of a milestone whose current forecast is a year (SPEC §2: a year may be written unquoted), after an
// entry whose forecast is quoted: it refused with "did not read back as intended" (a tester's finding 4), in JSON
// and in YAML, both by the fast edit (history-fast.ts, history-flow.ts) and by the one that reads the file again.
import { describe, expect, it } from 'vitest';
import { addHistoryEntries } from '../../src/edit/history.js';
import { renderMessage } from '../../src/messages/index.js';
import { parsePlanText } from '../../src/analyze.js';
import { runCli } from '../helpers/fake-io.js';

const JSON_PLAN = (date: string, reported = '2027-01-01'): string =>
  `{"plan": {"id": "j", "title": "t", "status_date": "2027-02-01"}, "milestones": [{"id": "C", "title": "c", "date": ${date}, "history": [{"reported": "${reported}", "forecast": "2027-06-01"}]}]}\n`;

/** Runs snapshot on one file `ws/<name>` and returns the file as written (failing the test when it is not). */
async function snapshot(name: string, text: string): Promise<{ stdout: string; written: string }> {
  const r = await runCli(['snapshot', 'ws', '--today', '2027-02-01'], { files: { [`ws/${name}`]: text } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { stdout: r.stdout, written: r.io.written.get(`ws/${name}`)! };
}

describe('snapshot of a year after a quoted forecast', () => {
  it('set --forecast 2028 then snapshot in a JSON plan: the entry holds the year as JSON writes a number, and the file stays JSON', async () => {
    const set = await runCli(['set', 'j/C', '--forecast', '2028', 'ws', '--today', '2027-02-01'], { files: { 'ws/m.yaml': JSON_PLAN('"2027-03-01"') } });
    expect(set.code).toBe(0);
    const afterSet = set.io.written.get('ws/m.yaml')!;
    const r = await snapshot('m.yaml', afterSet);
    expect(r.stdout).toBe('ws/m.yaml:1: j/C history + {reported: 2027-02-01, forecast: 2028}\nsnapshot 2027-02-01: 1 entry recorded in 1 file\n');
    expect(r.written).toBe(afterSet.replace('"forecast": "2027-06-01"}]', '"forecast": "2027-06-01"}, {"reported": "2027-02-01", "forecast": 2028}]'));
    expect((JSON.parse(r.written) as { milestones: { history: unknown[] }[] }).milestones[0]!.history[1]).toEqual({ reported: '2027-02-01', forecast: 2028 });
    const again = await runCli(['snapshot', 'ws', '--today', '2027-02-02'], { files: { 'ws/m.yaml': r.written } });
    expect(again.stdout).toBe('snapshot 2027-02-02: nothing to record (1 unchanged); no file written\n');
  });

  it('a date written as a number or as a quoted year, in JSON', async () => {
    for (const date of ['2027', '"2027"']) {
      const r = await snapshot('m.yaml', JSON_PLAN(date));
      expect(r.written).toBe(JSON_PLAN(date).replace('"forecast": "2027-06-01"}]', '"forecast": "2027-06-01"}, {"reported": "2027-02-01", "forecast": 2027}]'));
    }
  });

  it("today's entry corrected in place: the quoted forecast becomes the plain year", async () => {
    const r = await snapshot('m.yaml', JSON_PLAN('2027', '2027-02-01'));
    expect(r.stdout).toContain("(today's entry updated)");
    expect(r.written).toBe(JSON_PLAN('2027', '2027-02-01').replace('"forecast": "2027-06-01"', '"forecast": 2027'));
  });

  it('YAML entries written quoted, in flow and in block style', async () => {
    const head = 'plan: {id: y, title: t, status_date: 2027-02-01}\nmilestones:\n  - id: C\n    title: c\n    date: 2027\n    history:\n';
    const flow = `${head}      - {reported: '2027-01-01', forecast: '2027-06-01'}\n`;
    expect((await snapshot('q.yaml', flow)).written).toBe(`${flow}      - {reported: '2027-02-01', forecast: 2027}\n`);
    const block = `${head}      - reported: "2027-01-01"\n        forecast: "2027-06-01"\n`;
    expect((await snapshot('b.yaml', block)).written).toBe(`${block}      - reported: "2027-02-01"\n        forecast: 2027\n`);
  });

  it('the edit that reads the whole file again does the same, for an appended and a corrected entry', () => {
    const text = JSON_PLAN('2027');
    const added = addHistoryEntries(text, [{ milestone: 0, reported: '2027-02-01', forecast: '2027', replace: null }]);
    expect(added.ok && added.text).toBe(text.replace('"2027-06-01"}]', '"2027-06-01"}, {"reported": "2027-02-01", "forecast": 2027}]'));
    const same = JSON_PLAN('2027', '2027-02-01');
    const replaced = addHistoryEntries(same, [{ milestone: 0, reported: '2027-02-01', forecast: '2027', replace: 0 }]);
    expect(replaced.ok && replaced.text).toBe(same.replace('"forecast": "2027-06-01"', '"forecast": 2027'));
    expect(parsePlanText('m.yaml', replaced.ok ? replaced.text : '').problems).toEqual([]);
  });

  it('a refusal of the edit does not say "nothing written": snapshot says it once, after the file name', () => {
    // A report date that reads as null when written plain cannot read back as itself: the edit refuses.
    const r = addHistoryEntries(JSON_PLAN('2027'), [{ milestone: 0, reported: 'null', forecast: '2027', replace: null }]);
    expect(r.ok ? 'edited' : renderMessage(r.message)).toBe('the edited file did not read back as intended');
  });
});

// Tester round 70 F1: a year before 1000 written plain (`0999`) reads as the number 999, which the schema refuses.
describe('a year before 1000', () => {
  const BLOCK = 'plan: {id: f1, title: T, status_date: 2019-06-19}\nmilestones:\n  - id: A\n    title: a\n    date: 2019-06-28\n';

  it('set --forecast 0999 writes it quoted, new or replacing a plain forecast, and the file validates without a schema error', async () => {
    for (const text of [BLOCK, `${BLOCK}    forecast: 2019-07-01\n`]) {
      const r = await runCli(['set', 'f1/A', '--forecast', '0999', 'ws'], { files: { 'ws/p.yaml': text } });
      expect(r.code, r.stderr).toBe(0);
      const written = r.io.written.get('ws/p.yaml')!;
      expect(written).toBe(`${BLOCK}    forecast: "0999"\n`);
      expect(parsePlanText('ws/p.yaml', written).data).toMatchObject({ milestones: [{ forecast: '0999' }] });
      const check = await runCli(['validate', 'ws'], { files: { 'ws/p.yaml': written } });
      expect(check.stdout).not.toContain('[schema]');
    }
  });

  it('snapshot records it quoted; a year from 1000 on stays plain', async () => {
    const r = await snapshot('p.yaml', `${BLOCK}    forecast: "0999"\n`);
    expect(r.written).toContain('    history:\n      - {reported: 2027-02-01, forecast: "0999"}\n');
    const year = await runCli(['set', 'f1/A', '--forecast', '2028', 'ws'], { files: { 'ws/p.yaml': BLOCK } });
    expect(year.io.written.get('ws/p.yaml')).toBe(`${BLOCK}    forecast: 2028\n`);
  });
});
