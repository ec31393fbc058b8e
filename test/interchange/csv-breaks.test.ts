// CSV import of sheets whose rows end in a mix of CRLF, CR and LF, and of sheets with blank or separators-only lines
// before the header (tester round 21 #2 and #10). Every break ends a row, as Excel, LibreOffice and Python read such
// files; a line of nothing but separators and blanks before the header is skipped whatever the separator, in finding
// the separator too.
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { UnreadableInput } from '../../src/interchange/finding.js';
import { decodeText } from '../../src/interchange/decode.js';
import { declaredSeparator, guessSeparator, importCsv } from '../../src/interchange/sheet/csv.js';
import { runCli, REPO_ROOT } from '../helpers/fake-io.js';

const SCHEMA_ONLY = [join(REPO_ROOT, 'schemas')];

/** The ids of the milestones read and the line of each finding (every row's status is bad: one finding per row). */
const read = (text: string): { ids: string[]; lines: (number | undefined)[] } => {
  const r = importCsv(text, { name: 'x.csv' });
  return { ids: r.plans.flatMap((p) => p.milestones.map((m) => m.id)), lines: r.findings.map((f) => f.line) };
};

/** Why importCsv refuses `text`, rendered in `locale`; '' when it does not. */
const refusal = (text: string, locale: 'en' | 'nb' = 'en'): string => {
  try {
    importCsv(text, { name: 'x.csv' });
  } catch (error) {
    if (!(error instanceof UnreadableInput)) throw error;
    return renderMessage(error.reason, locale);
  }
  return '';
};

describe('importCsv: rows whose line breaks differ', () => {
  it.each([
    // [what, text, ids read, lines of their findings]
    ['CRLF file, one row ending LF (mixed1.csv)', 'id,title,date,status\r\nD,d,2024-01-01,purple\nE,"e",2024-01-01,purple\r\nF,f,2024-01-01,purple\r\n', ['D', 'E', 'F'], [2, 3, 4]],
    ['LF file, one row ending CR (mixed3.csv)', 'id,title,date,status\nA,a,2024-01-01,purple\rB,b,2024-01-02,purple\nC,c,2024-01-03,purple\n', ['A', 'B', 'C'], [2, 3, 4]],
    ['CR file, one row ending CRLF and one LF', 'id,title,date,status\rA,a,2024-01-01,purple\r\nB,b,2024-01-02,purple\nC,c,2024-01-03,purple\r', ['A', 'B', 'C'], [2, 3, 4]],
    ['CRLF cell, then a row ending LF, then a quoted id (mixed2.csv)', 'id,title,date,status\r\nC,"two\r\nlines",2024-01-10,purple\r\nD,d,2024-01-11,purple\n"E",e,2024-01-12,purple\r\nF,f,2024-01-13,purple\r\n', ['C', 'D', 'E', 'F'], [2, 4, 5, 6]],
    ['LF then CR: two breaks, a blank line between', 'id,title,date,status\nA,a,2024-01-01,purple\n\rB,b,2024-01-02,purple\n', ['A', 'B'], [2, 4]],
    ['a quoted cell ending a row that ends in CR', 'id,title,date,status\nA,"a",2024-01-01,purple\rB,b,2024-01-02,"purple"\rC,c,2024-01-03,purple', ['A', 'B', 'C'], [2, 3, 4]],
  ])('%s', (_, text, ids, lines) => expect(read(text)).toEqual({ ids, lines }));

  it('names a quote error at its physical line, not one the other breaks moved', () => {
    const text = 'id,title,date\r\nC,"x\r\ny",2024-01-01\r\nD,d,2024-01-01\nE,e"x,2024-01-01\r\n';
    expect(refusal(text)).toMatch(/^line 5, field 2 has a quote inside a field that does not start with one/);
  });

  it('names a quote never closed at its line and column, after a row that ends in LF in a CRLF file', () => {
    const text = 'id,title,date\r\nC,"x\r\ny",2024-01-01\r\nD,d,2024-01-01\n"E,e,2024-01-01\r\nF,f,2024-01-01\r\n';
    expect(refusal(text)).toMatch(/^the quote at line 5, column 1 opens a field that is never closed/);
  });

  it('finds no quote error in the tester\'s minimal file, and reads all its rows', () => {
    const text = 'id,title,date\r\nC,"x\r\ny",2024-01-01\r\nD,d,2024-01-02\n"E",e,2024-01-03\r\n';
    expect(refusal(text)).toBe('');
    expect(read(text).ids).toEqual(['C', 'D', 'E']);
  });
});

describe('importCsv: blank and separators-only lines before the header', () => {
  const cases: [string, string][] = [];
  for (const sep of [',', ';', '\t']) {
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const lead of ['', ',,,', ';;;', '\t\t', ' ; , ', `""${sep}" "`]) {
        cases.push([`${JSON.stringify(sep)} ${JSON.stringify(eol)} after ${JSON.stringify(lead)}`, [lead, '', ['id', 'title', 'date', 'status'].join(sep), `A${sep}"x${eol}y"${sep}2024-01-01${sep}purple`, ['B', 'b', '2024-01-02', 'purple'].join(sep), ''].join(eol)]);
      }
    }
  }
  // Lines: the lead 1, blank 2, header 3, A 4–5 (its title holds a break), B 6.
  it.each(cases)('%s', (_, text) => expect(read(text)).toEqual({ ids: ['A', 'B'], lines: [4, 6] }));

  it('reads the tester\'s lead.csv and its UTF-16 copy u16.csv (BOM, two blank CRLF lines, `;`)', () => {
    const text = '\uFEFF\r\n\r\nid;title;date;status\r\nA;"x\r\ny";2024-01-01;L4\r\n\r\nB;b;2024-01-01;L7\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(1), 'utf16le')]);
    for (const t of [text, decodeText(utf16).text]) expect(read(t)).toEqual({ ids: ['A', 'B'], lines: [4, 7] });
  });

  it('says which line it took for the header when that line names no id or date column, not that the file holds nothing', () => {
    expect(refusal('Milepælsplan 2024;;\nid;title;date\nA;a;2024-01-01\n')).toBe('line 1, the first line that is not blank, is the header, but it names no id column (it reads "Milepælsplan 2024;;"): write the column headings on the first line that is not blank: id, title, date, forecast, actual, deadline, after, duration, responsible, status (or tittel, dato, prognose, faktisk, frist, etter, varighet, ansvarlig)');
    expect(refusal('\n\nid;tittel\nA;a\n', 'nb')).toMatch(/^linje 3, den første linjen som ikke er tom, er overskriften, men den har ingen dato \(date\)-kolonne \(den lyder "id;tittel"\)/);
  });
});

describe('guessSeparator', () => {
  it.each([
    ['the first line', 'id;title;date\nA,b,c', ';'],
    ['past blank lines', '\r\n\r\nid;title;date\r\n', ';'],
    ['past separators-only lines of another separator', ',,,\n,\nid;title;date\n', ';'],
    ['past a line of empty quoted cells', '""\t" "\nid;title;date\n', ';'],
    ['a lone CR ends the line', 'id;title;date\rA,b,c,d,e', ';'],
    ['not a separator inside quotes, over a break', '"a,\nb,c";d\n', ';'],
    ['`,` when nothing but blanks', '\n;;\n', ','],
  ])('%s', (_, text, expected) => expect(guessSeparator(text)).toBe(expected));
});

// Tester round 25 F8: a first line `sep=;`, which Excel reads to pick the separator, was taken for the header.
describe('importCsv: Excel\'s `sep=` first line', () => {
  const cases: [string, string][] = [];
  for (const sep of [';', ',', '\t', '|']) {
    for (const eol of ['\r\n', '\n', '\r']) {
      for (const bom of ['', '\uFEFF']) {
        const row = (cells: string[]): string => cells.join(sep);
        cases.push([`${JSON.stringify(bom)}sep=${JSON.stringify(sep)} ${JSON.stringify(eol)}`, [`${bom}sep=${sep}`, row(['id', 'title', 'date', 'status']), row(['A', '"a, b; c"', '2024-01-01', 'purple']), row(['B', 'b', '2024-01-02', 'purple']), ''].join(eol)]);
      }
    }
  }
  // Lines: sep= 1, header 2, A 3, B 4: the line is the file's, the `sep=` line counted.
  it.each(cases)('%s', (_, text) => expect(read(text)).toEqual({ ids: ['A', 'B'], lines: [3, 4] }));

  it.each([
    ['sep=;\r\n', ';'],
    ['SEP=|\n', '|'],
    ['\uFEFFsep=\t\n', '\t'],
    ['sep=;', ';'],
    // LibreOffice reads the line as a row, and saves it with the row's empty cells.
    ['sep=;;;\n', ';'],
    ['sep=,,\r\n', ','],
  ])('%j declares %j', (text, expected) => expect(declaredSeparator(text)).toBe(expected));

  it.each([
    // Not alone on the line, not one character, a quote or nothing: no declaration, the line is the header as before.
    ['sep=;x\n'], ['sep=;,\n'], ['sep=\\t\n'], ['sep="\n'], ['sep=\n'], ['"sep=;"\n'], [' sep=;\n'], ['\nsep=;\n'], ['id;sep=;\n'],
  ])('%j declares nothing', (text) => expect(declaredSeparator(text)).toBeUndefined());

  it('honours the declared separator over the one the header uses most', () => {
    // Read with `,` (the header has more of them: a column of notes), no cell is `date`; read with the declared `;`,
    // the title keeps its commas.
    const text = 'sep=;\nid;title;date;note, if any, in full, as written\nA;Fase 1, del 2;2024-01-01;x\n';
    expect(guessSeparator(text.slice(6))).toBe(',');
    const plan = importCsv(text, { name: 'x.csv' }).plans[0];
    expect(plan?.milestones.map((m) => [m.id, m.title])).toEqual([['A', 'Fase 1, del 2']]);
  });

  it('names the header at its line, the first after the `sep=` line, when it names no id column', () => {
    expect(refusal('sep=;\r\nMilepælsplan;;\r\nid;title;date\r\n')).toMatch(/^line 2, the first line that is not blank after the sep= line, is the header, but it names no id column \(it reads "Milepælsplan;;"\): write the column headings on the first line that is not blank after it: id, /);
    expect(refusal('sep=;\r\n\r\nid;tittel\r\n', 'nb')).toMatch(/^linje 3, den første linjen som ikke er tom etter sep=-linjen, er overskriften, men den har ingen dato \(date\)-kolonne \(den lyder "id;tittel"\): skriv kolonneoverskriftene på den første linjen som ikke er tom etter den: /);
  });
});

describe('milepel import of CSV files with mixed line breaks or lines before the header', () => {
  it('imports every row of a CRLF sheet with a row appended with LF (tester round 21 #2, mixed1.csv)', async () => {
    const text = 'id,title,date\r\nD,d,2024-01-01\nE,"e",2024-01-01\r\nF,f,2024-01-01\r\nG,g,2024-01-01\r\n';
    const r = await runCli(['import', 'mixed1.csv', '--out', 'ws'], { files: { 'mixed1.csv': text }, diskRoots: SCHEMA_ONLY });
    expect(r.stderr).toBe('mixed1.csv: imported exactly (nothing approximated or dropped)\n');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Wrote ws/mixed1.yaml: plan mixed1, 4 milestones, 0 links.');
  });

  it('names each finding at its row\'s physical line in a file with CRLF, CR and LF (tester round 21 #2, mixed2.csv)', async () => {
    const text = 'id,title,date\r\nC,"two\r\nlines",2024-01-10\r\nD::x,d,2024-01-11\n"E::x",e,2024-01-12\rF::x,f,2024-01-13\r\n';
    const r = await runCli(['import', 'mixed2.csv', '--out', 'ws'], { files: { 'mixed2.csv': text }, diskRoots: SCHEMA_ONLY });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 3).map((l) => l.replace(/: approximated: .*/, ''))).toEqual(['mixed2.csv:4', 'mixed2.csv:5', 'mixed2.csv:6']);
  });

  it('imports a `;` sheet after a blank line and one of separators, as it does a `,` one (tester round 21 #10, lb1.csv, lb4.csv)', async () => {
    for (const lead of ['\r\n', ';;;\r\n', '\r\n;;;\r\n,,,\r\n']) {
      for (const sep of [';', ',']) {
        const text = `${lead}id${sep}title${sep}date\r\nA${sep}a${sep}2024-01-01\r\n`;
        const r = await runCli(['import', 'lb.csv', '--out', 'ws'], { files: { 'lb.csv': text }, diskRoots: SCHEMA_ONLY });
        expect(r.stderr, JSON.stringify(text)).toBe('lb.csv: imported exactly (nothing approximated or dropped)\n');
        expect(r.code).toBe(0);
      }
    }
  });

  it('imports the tester\'s sep.csv exactly as the same file without its `sep=;` line (tester round 25 F8)', async () => {
    const sheet = 'ID;Tittel;Dato\r\nM1;Første;02.03.2026\r\n';
    const files = { 'with/sep.csv': `sep=;\r\n${sheet}`, 'bom/sep.csv': `\uFEFFsep=;\r\n${sheet}`, 'without/sep.csv': sheet };
    const results = [];
    for (const dir of ['with', 'bom', 'without']) {
      const r = await runCli(['import', `${dir}/sep.csv`, '--out', `o-${dir}`], { files, diskRoots: SCHEMA_ONLY });
      results.push({ code: r.code, stdout: r.stdout.replace(`o-${dir}/`, 'o/'), stderr: r.stderr.replace(`${dir}/`, ''), yaml: r.io.written.get(`o-${dir}/sep.yaml`) });
    }
    expect(results[0]).toEqual({ code: 0, stdout: 'Wrote o/sep.yaml: plan sep, 1 milestone, 0 links.\n', stderr: 'sep.csv: imported exactly (nothing approximated or dropped)\n', yaml: expect.stringContaining('  - id: M1\n    title: Første\n    date: 2026-03-02\n') });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('refuses a sheet whose first line that is not blank is a title, naming that line (tester round 21 #10, lb7.csv)', async () => {
    const r = await runCli(['import', 'lb7.csv', '--out', 'ws'], { files: { 'lb7.csv': '\nMilepælsplan 2024;;\nid;title;date\nA;a;2024-01-01\n' }, diskRoots: SCHEMA_ONLY });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milepel: cannot import lb7\.csv: line 2, the first line that is not blank, is the header, but it names no id column \(it reads "Milepælsplan 2024;;"\)/);
  });
});

describe('a title with a line break in its cell (Excel\'s Alt+Enter), imported and reported (tester round 22 F8)', () => {
  it('is written with YAML\'s \\n escape and read as one line of words in every text report', async () => {
    const sheet = '\ufeffid;title;date;after\r\nMP1;Oppstart;2024-01-10;\r\nMP2;"Leverandørdialog\nfullført";2024-02-01;MP1\r\n';
    const imported = await runCli(['import', 'm.csv', '--out', 'ws', '--plan-id', 'akson'], { files: { 'm.csv': sheet }, diskRoots: SCHEMA_ONLY });
    expect(imported.code).toBe(0);
    const yaml = imported.io.written.get('ws/akson.yaml') ?? '';
    expect(yaml).toContain('title: "Leverandørdialog\\nfullført"');
    const files = { 'ws/akson.yaml': yaml };
    for (const argv of [['critical-path'], ['gantt', '--width', '120'], ['explain', 'MP2'], ['slippage']]) {
      const r = await runCli([...argv, 'ws', '--today', '2024-01-05'], { files, diskRoots: SCHEMA_ONLY });
      expect(r.stdout, argv.join(' ')).toContain('Leverandørdialog fullført');
      expect(r.stdout, argv.join(' ')).not.toContain('\\n');
    }
  });
});
