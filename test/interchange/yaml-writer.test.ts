// Plan texts from an import: YAML 1.2 (milepel) and YAML 1.1 readers read back the same strings.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writePlanYaml, yamlString } from '../../src/interchange/yaml-writer.js';

const TRICKY = ['yes', 'No', 'on', 'OFF', 'y', 'none', 'null', '~', '10', '010', '1e3', '0x1F', '1_000', '1:20', '.inf', 'a: b', 'a #b', '#x', '- x', '[x]', '{x}', 'x,y', '"q"', "'q'", 'tab\there', 'cr\rlf\n', 'esc\u001b[31m', 'del\u007f', 'nel\u0085', 'ls\u2028', '  lead', 'trail ', '', '*alias', '&anchor', '!tag', '%dir', '@at', '`tick', 'Ærlig, ærlig', 'a  b', 'back\\slash', 'emoji 🎉', 'Godkjent \u202efdp.exe\u202c ok', 'lrm\u200e alm\u061c', 'iso\u2066x\u2069', 'non\ufffe\uffff'];

describe('yamlString', () => {
  it.each(TRICKY)('reads back %j unchanged under YAML 1.1 and 1.2', (text) => {
    const written = `k: ${yamlString(text)}\n`;
    expect(parse(written, { version: '1.2' })).toEqual({ k: text });
    expect(parse(written, { version: '1.1' })).toEqual({ k: text });
    expect(parse(`k: [${yamlString(text)}]\n`, { version: '1.1' })).toEqual({ k: [text] });
  });

  it('leaves ordinary ids and titles plain', () => {
    expect(['A1010', 'MP-3', 'Studs and gyp', 'Ferdig (fase 2)', 'Blåbær'].map(yamlString)).toEqual(['A1010', 'MP-3', 'Studs and gyp', 'Ferdig (fase 2)', 'Blåbær']);
  });

  it('quotes text that needs no escape but " and \\ by copying it, and escapes the rest a character at a time', () => {
    expect(yamlString('say "hi": a\\b')).toBe('"say \\"hi\\": a\\\\b"');
    expect(yamlString('emoji 🎉: pair kept')).toBe('"emoji 🎉: pair kept"');
    expect(yamlString('lone \ud800: "q"')).toBe('"lone \\ud800: \\"q\\""');
  });

  it('decides plain text a character at a time as the PLAIN expression does (20,000 seeded strings)', () => {
    const PLAIN = /^[A-Za-z_\u00C0-\u024F][\p{L}\p{N} _.()/&+'-]*$/u;
    const isPlain = (t: string): boolean => PLAIN.test(t) && !/^(?:y|yes|n|no|true|false|on|off|null|none|~)$/i.test(t) && !t.endsWith(' ') && !/ {2}/.test(t);
    const alphabet = "aZ_ 0-.()/&+'\"\\:#,[]{}~!é\tyesnoYN";
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let i = Math.floor(next() * 7); i > 0; i--) t += alphabet[Math.floor(next() * alphabet.length)];
      expect(yamlString(t) === t, JSON.stringify(t)).toBe(isPlain(t));
    }
  });

  it('never lets a control character through raw', () => {
    expect(yamlString('a\u0000\u001b\u0085\u2029')).toBe('"a\\x00\\x1b\\x85\\u2029"');
  });

  // Tester round 36 F2: `cat` and a review showed a committed plan's title reordered by a raw U+202E.
  it('escapes bidi marks, embeddings, overrides and isolates as every report does', () => {
    expect(yamlString('Godkjent \u202efdp.exe\u202c ok')).toBe('"Godkjent \\u202efdp.exe\\u202c ok"');
    expect(yamlString('\u2066a\u2069 \u200f \u061c')).toBe('"\\u2066a\\u2069 \\u200f \\u061c"');
  });

  it('writes a line break, tab or CR in a title as YAML\'s named escape, which a person reads as one (tester round 22 F8)', () => {
    expect(yamlString('Leverandørdialog\nfullført')).toBe('"Leverandørdialog\\nfullført"');
    expect(yamlString('a\tb\r\nc')).toBe('"a\\tb\\r\\nc"');
  });
});

describe('writePlanYaml', () => {
  const text = writePlanYaml({
    id: 'demo', title: 'Demo: phase #1', statusDate: '2020-01-06', finish: '2020-03-31', source: 'test',
    calendar: { workdays: [1, 2, 3, 4, 6], closed: ['2020-01-01', '2020-12-24..2020-12-31'] },
    milestones: [
      { id: '10', title: 'yes', date: '2020-01-10', durationDays: 5, after: [], wbs: ['Fase 1', 'x: y'] },
      { id: 'B', title: 'B', date: '2020-01-14', forecast: '2020-01-15', deadline: '2020-02-01', after: [{ id: '10', type: 'FS', lagDays: 0 }, { id: '10', type: 'SS', lagDays: -2 }, { id: 'other/C', type: 'FF', lagDays: 3, lagUnit: 'ed' }] },
    ],
  }, 'in\nput.xer');

  it('starts with the schema comment and a comment line that a newline in the file name cannot break', () => {
    expect(text.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=../schemas/plan.schema.json', '# Imported by milepel from in put.xer (test).']);
  });

  // Tester round 39 F9: a right-to-left override in the source file's name showed the rest of the line reversed.
  it('escapes a bidi control in the file name its comment line names', () => {
    const plan = { id: 'ev', title: 'E', source: 'MS Project XML', milestones: [] };
    expect(writePlanYaml(plan, 'f9-evil\u202egnp.xml').split('\n')[1]).toBe('# Imported by milepel from f9-evil\\u202egnp.xml (MS Project XML).');
  });

  it('reads back as the plan, with holidays: none quoted for YAML 1.1 readers', () => {
    expect(text).toContain('holidays: "none"');
    // YAML 1.1 reads plain dates as timestamps (the same day); everything else must read the same.
    expect(JSON.parse(JSON.stringify(parse(text, { version: '1.1' }), (_k, v: unknown) => (typeof v === 'string' && /T00:00:00.000Z$/.test(v) ? v.slice(0, 10) : v)))).toEqual(parse(text, { version: '1.2' }));
    expect(parse(text)).toEqual({
      plan: { id: 'demo', title: 'Demo: phase #1', status_date: '2020-01-06', finish: '2020-03-31', calendar: { holidays: 'none', workdays: ['mon', 'tue', 'wed', 'thu', 'sat'], closed: ['2020-01-01', '2020-12-24..2020-12-31'] } },
      milestones: [
        { id: '10', title: 'yes', date: '2020-01-10', duration: '5d', 'x-wbs': ['Fase 1', 'x: y'] },
        { id: 'B', title: 'B', date: '2020-01-14', forecast: '2020-01-15', deadline: '2020-02-01', after: ['10', { id: '10', type: 'SS', lag: '-2d' }, { id: 'other/C', type: 'FF', lag: '3ed' }] },
      ],
    });
  });
});
