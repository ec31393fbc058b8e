// A number in a finding is quoted as the plan file writes it: YAML reads `date: 12.2020` as 12.202, and the finding
// said "date of milestone M1 is 12.202", a value nobody wrote (session 38's note). Both readers: the fast one, and the
// full YAML parser (an anchor sends the file there).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { writtenNumbers } from '../../src/source/written-number.js';
import { show } from '../../src/schema/value-display.js';

async function schemaMessages(plan: string): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2026-12-01'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.message);
}

const PLAN = (anchor: string): string => `plan: {id: p, title: ${anchor}P}
milestones:
  - id: M1
    title: First
    date: 12.2020
  - {id: M2, title: Second, date: 06.2026, status: 1.50}
  - id: M3
    title: Third
    date: 2026-01-05
    x-weight: 1
    status: +1.0e1
  - {id: M4, title: Fourth, date: .inf, deadline: 1e309}
  - id: M5
    title: Fifth
    date: -.Inf
    deadline: .NaN
  - {id: M6, title: Sixth, date: 0x3E7, deadline: 0o17, after: [0x5]}
`;

describe('a number a finding quotes', () => {
  for (const [reader, anchor] of [['the fast reader', ''], ['the full YAML parser', '&t ']] as const) {
    it(`is shown as written, read by ${reader}`, async () => {
      expect(await schemaMessages(PLAN(anchor))).toEqual([
        'date of milestone M1 is 12.2020, which is not a date or period',
        'date of milestone M2 is 06.2026, which is not a date or period',
        'status of milestone M2 is 1.50, which is not one of "green", "yellow", "red"',
        'status of milestone M3 is +1.0e1, which is not one of "green", "yellow", "red"',
        // YAML's infinities and NaN as written, not as JavaScript prints them (tester round 73 F3: "is Infinity").
        'date of milestone M4 is .inf, which is not a date or period',
        'deadline of milestone M4 is 1e309, which is not a date or period',
        'date of milestone M5 is -.Inf, which is not a date or period',
        'deadline of milestone M5 is .NaN, which is not a date or period',
        // Hexadecimal and octal as written, with the number YAML reads (tester round 88 N3, round 89 F1).
        'date of milestone M6 is 0x3E7 (999); it must be at least 1000',
        'deadline of milestone M6 is 0o17 (15); it must be at least 1000',
        'after[0] of milestone M6 must be text, not number 0x5 (5)',
      ]);
    });
  }

  it('is no short year when written in hexadecimal or octal: the hint says how a date is written', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2026-12-01'], { files: { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - {id: A, title: a, date: 0x3E7}\n  - {id: B, title: b, date: 999}\n' }, diskRoots: [] });
    const hints = (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint);
    expect(hints[0]).not.toMatch(/0999/);
    expect(hints[0]).toMatch(/YYYY-MM-DD/);
    expect(hints[1]).toMatch(/"0999"$/);
  });

  it('is the number as read when the text there is no number that equals it', () => {
    const text = 'a: 0x1F\nb: 12.2020\nc: 0o17\n';
    const at = (path: readonly (string | number)[]): { line: number; column: number } => ({ line: 'abc'.indexOf(String(path[0])) + 1, column: 4 });
    const written = writtenNumbers({ text, locate: at, offsetOf: undefined });
    // YAML 1.2 core's hexadecimal and octal integers as written (tester round 88 N3), when they are the value.
    expect(written(['a'], 31)?.text).toBe('0x1F');
    expect(written(['a'], 0)).toBeUndefined();
    expect(written(['c'], 15)?.text).toBe('0o17');
    expect(written(['c'], 17)).toBeUndefined();
    expect(written(['b'], 12.202)?.text).toBe('12.2020');
    expect(written(['b'], 12.5)).toBeUndefined();
    const special = writtenNumbers({ text: 'a: .inf\nb: .nan\n', locate: at, offsetOf: undefined });
    expect(special(['a'], Infinity)?.text).toBe('.inf');
    expect(special(['a'], -Infinity)).toBeUndefined();
    expect(special(['a'], NaN)).toBeUndefined();
    expect(special(['b'], NaN)?.text).toBe('.nan');
  });
});

// Tester round 34 F5: the quote hint says what YAML read (1.5), which the message shows as written (1.50).
describe('the quote hint of a number written where text goes', () => {
  it('says the number YAML read', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2026-12-01'], { files: { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - {id: B, title: 1.50, date: 2025-01-06}\n' }, diskRoots: [] });
    const d = (JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string; hint: string }[] }).diagnostics.find((x) => x.rule === 'schema');
    expect([d?.message, d?.hint]).toEqual(['title of milestone B must be text, not number 1.50', 'YAML reads the value as 1.5: put it in quotes to keep it as text, as written']);
  });

  // Tester round 89 F6: `after: [*n]` was told to quote the alias, and the quoted value was not checked.
  const ALIASED = `plan:
  id: p
  title: T
  x-n: &n 5
  x-h: &h 0x1F
milestones:
  - {id: A, title: a, date: 2026-01-05}
  - id: B
    title: b
    date: 2026-01-08
    after: [*n, *h]
  - {id: "0x1F", title: c, date: 2026-01-09, after: [B]}
`;
  const schemaFindings = async (locale: string): Promise<string[][]> => {
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2026-01-01', '--locale', locale], { files: { 'ws/p.yaml': ALIASED }, diskRoots: [] });
    return (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number; message: string; hint: string }[] }).diagnostics.filter((x) => x.rule === 'schema').map((x) => [String(x.line), x.message, x.hint]);
  };

  it('through an alias, says where the anchor writes the number, and checks what quoting it there names', async () => {
    expect(await schemaFindings('en')).toEqual([
      ['11', 'after[0] of milestone B must be text, not number 5', 'YAML reads the value as 5 where anchor &n writes it (line 4): put it in quotes there to keep it as text, as written'],
      // Quoted where &h writes it, it names milestone "0x1F", which comes after B: a cycle, not a fix.
      ['11', 'after[1] of milestone B must be text, not number 0x1F (31)', 'the nearest id, "0x1F", comes after p/B already: naming it here would make a dependency cycle'],
    ]);
    expect((await schemaFindings('nb'))[0]![2]).toBe('YAML leser verdien som 5 der ankeret &n skriver den (linje 4): sett den i anførselstegn der for å beholde den som tekst, slik den er skrevet');
  });
});

// Tester round 74 F4: an infinity or NaN inside a mapping is shown as YAML writes it, not as JSON's null; and one where
// a number goes is "the value .inf", not "number .inf" beside "must be a number".
describe('an infinity or NaN in a finding', () => {
  it('is shown as YAML writes it, inside a mapping too, and is not called a number', async () => {
    const plan = `plan: {id: p, title: P}
milestones:
  - {id: A, title: A, date: 2024-03-04, duration: {min: .inf, likely: -.inf, max: .nan}}
risks:
  - {id: R1, title: R, probability: .inf, impact: 5d, milestones: [A]}
  - {id: R2, title: "\\0.inf", probability: 0.5, impact: {min: 1d, likely: 2d, max: "\\0\\x01.inf"}, milestones: [A]}
`;
    expect(await schemaMessages(plan)).toEqual([
      'duration of milestone A is {"min":.inf,"likely":-.inf,"max":.nan}, which is not a duration or three-point estimate',
      'probability of risk R1 must be a number, not the value .inf',
      // A text that only looks like what stands for .inf inside a mapping stays a quoted text.
      'impact.max of risk R2 is "\\x00\\x01.inf", which is not a duration',
    ]);
    expect(show({ a: '\u0000\u0001.inf', b: Infinity, c: [-Infinity, NaN] })).toBe('{"a":"\\u0000\\u0001.inf","b":.inf,"c":[-.inf,.nan]}');
  });
});
