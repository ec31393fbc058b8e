// The Mermaid export: golden diagram of the shipped plans, and hostile titles that must not break the gantt grammar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mermaidTitleText, sanitizeMermaidText } from '../../src/report/export/mermaid.js';
import { escapeControl } from '../../src/report/safe-text.js';
import { runCli } from '../helpers/fake-io.js';
import { CONTROL } from '../helpers/control.js';
import { expectGolden } from '../helpers/golden.js';

const HOSTILE = 'test/export/fixtures/hostile';

async function mermaid(args: readonly string[]): Promise<string> {
  const r = await runCli(['export', '--format', 'mermaid', ...args]);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('Mermaid export', () => {
  it('export-mermaid.txt: sections per plan and per body, milestones with crit/done tags', async () => {
    const text = await mermaid(['plans', '--today', '2019-09-01']);
    expectGolden('export-mermaid.txt', text);
    expect(text).toContain('    section akson\n');
    expect(text).toContain('    MP9 Oversendelse til HOD :crit, milestone, m_akson_MP9, 2020-01-31, 0d\n');
    expect(text).toContain('    section NEHS\n');
    expect(text).toContain('    KR 2019-05-23 :milestone, mtg_KR_2019_05_23, 2019-05-23, 0d\n');
    expect(text).toContain('    NEHS Møte i Nasjonalt e-helsestyre og styringsgruppemøte Akson :milestone, mtg_NEHS_2019_09_12, 2019-09-12, 0d\n');
  });

  it('tags done milestones and keeps task ids unique', async () => {
    const text = await mermaid(['test/gantt/fixtures/states']);
    expect(text).toContain('DONE Ferdig før tiden :done, milestone, m_states_DONE, 2019-06-24, 0d');
    expect(text).toContain('END Sluttmilepæl :crit, milestone, m_states_END, 2019-12-20, 0d');
    const ids = [...text.matchAll(/, (m_\w+|mtg_\w+), /g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves no character in hostile titles that ends or redirects a statement', async () => {
    const text = await mermaid([HOSTILE]);
    expect(text).not.toMatch(CONTROL);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('gantt');
    for (const line of lines.slice(1)) {
      expect(line).not.toContain('%%');
      if (/^ {4}(title|dateFormat|axisFormat|todayMarker|section) /.test(line)) {
        expect(line.slice(4)).not.toMatch(/[#;:]/);
        continue;
      }
      // A task: text without ':', '#' or ';', then one data part.
      expect(line).toMatch(/^ {4}[^:#;\s][^:#;]* :((crit|done|milestone), )*[A-Za-z0-9_]+, \d{4}-\d\d-\d\d, 0d$/);
    }
    // Task texts that would read as statements are prefixed.
    expect(text).toContain('    › title Milepæl med linjeskift section Hacked title Hacked ∶ crit, 2019-01-01, 1d :milestone, m_fiendtlig_title, 2019-09-20, 0d');
    expect(text).toContain('    › gantt \\x1b[31mRød\\x1b[0m tekst med ESC');
    expect(text).toContain('    › 2019-10-01 Særdeles langt norsk tittelfelt');
    expect(text).toContain('    › section % kommentar, ♯nr∶ 5 -- "sitat" \\n ikke linjeskift :milestone, m_fiendtlig_section, 2019-11-15, 0d');
  });

  it.each([
    ['a: b', 'a∶ b'],
    ['x; y # z', 'x, y ♯ z'],
    ['%%{init}%% 50%', '%{init}% 50%'],
    ['line\nbreak\r\nand\ttab', 'line break and tab'],
    ['\x1b[2J', '\\x1b[2J'],
  ])('sanitizeMermaidText(%j) = %j', (input, output) => {
    expect(sanitizeMermaidText(input)).toBe(output);
  });
});

describe('the Mermaid diagram title (tester round 16 #5)', () => {
  it("writes `&`, `<` and `>` as Mermaid's entities, which Mermaid shows as the characters after DOMPurify", async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: "Akson <utkast v2> R&D", status_date: 2019-06-19}\nmilestones:\n  - {id: A, title: "Beslutning <foreløpig> R&D", date: 2019-06-20}\n' };
    const r = await runCli(['export', 'ws', '--format', 'mermaid'], { files, diskRoots: [] });
    expect(r.stdout).toContain('\n    title Akson #lt;utkast v2#gt; R#amp;D, status 2019-06-19\n');
    // Task text is drawn as written: unchanged.
    expect(r.stdout).toContain('\n    A Beslutning <foreløpig> R&D :crit, milestone, m_p_A, 2019-06-20, 0d\n');
  });

  it.each([
    ['R&D', 'R#amp;D'],
    ['a <b> c', 'a #lt;b#gt; c'],
    // `#` and `;` of the text itself are replaced first: no entity can come from the title.
    ['#amp; & ;', '♯amp, #amp; ,'],
    ['plain', 'plain'],
  ])('mermaidTitleText(%j) = %j', (input, output) => {
    expect(mermaidTitleText(input)).toBe(output);
  });
});

/** sanitizeMermaidText without its shortcut for text it leaves as it is (issue #18). */
function sanitizeInFull(text: string): string {
  const flat = escapeControl(text.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' '));
  return flat.replace(/:/g, '∶').replace(/;/g, ',').replace(/#/g, '♯').replace(/%+/g, '%').replace(/\s+/g, ' ').trim();
}

describe('sanitizeMermaidText\'s shortcut', () => {
  it('leaves only text that the whole sanitising leaves, for every UTF-16 unit inside, at either end and doubled', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const u = String.fromCharCode(unit);
      for (const text of [`a${u}b`, `${u}ab`, `ab${u}`, `a${u}${u}b`, `a ${u}b`]) expect(sanitizeMermaidText(text)).toBe(sanitizeInFull(text));
    }
  });

  it('gives what the whole sanitising gives for any mix of letters, spaces and special characters', () => {
    const unit = fc.constantFrom('a', 'ø', ' ', '  ', '\u00a0', '\t', ':', ';', '#', '%%', '\r\n', '\x1b', '\u202e', '😀', '\ud800');
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
      const text = units.join('');
      expect(sanitizeMermaidText(text)).toBe(sanitizeInFull(text));
    }), { numRuns: 3000 });
  });
});

// Tester round 110 F4: under nb a gate was "Gate" and the axis ISO beside a Norwegian title.
describe('Mermaid in Norwegian', () => {
  it('names a gate Beslutningspunkt and writes the axis DD.MM.YYYY; English keeps Gate and ISO', async () => {
    const nb = (await runCli(['export', '--format', 'mermaid', '--locale', 'nb'])).stdout;
    expect(nb).toContain('    axisFormat %d.%m.%Y\n');
    expect(nb).toMatch(/^ {4}Beslutningspunkt \S+ /m);
    expect(nb).not.toMatch(/^ {4}Gate /m);
    const en = (await runCli(['export', '--format', 'mermaid'])).stdout;
    expect(en).toContain('    axisFormat %Y-%m-%d\n');
    expect(en).toMatch(/^ {4}Gate \S+ /m);
  });
});
