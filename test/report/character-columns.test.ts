// Columns on a line with a character outside the BMP (tester round 94 F10): the text, JSON, GitHub and JUnit formats
// count characters for every rule, as SPEC §15 counts `encoding`'s; SARIF (utf16CodeUnits) and the language server
// count UTF-16 units. Until 8 Dec 2026 only `encoding` was in characters there, every other rule in UTF-16 units.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { characterColumn, utf16Column } from '../../src/text/utf16-column.js';
import { mapResultPaths } from '../../src/report/validate/scope.js';
import type { ValidateResult } from '../../src/diagnostics/types.js';

const EMOJI_LINE = '  - {id: E1, title: "🙂🙂 Målbilde", date: 31.07.2019}';
const AFTER_LINE = '  - {id: A2, title: "🙂 Etter", date: 2019-09-02, after: [A1]}';
const PLAN = ['plan: {id: p, title: P}', 'milestones:', EMOJI_LINE, '  - {id: A1, title: A1, date: 2019-09-20}', AFTER_LINE, ''].join('\n');

/** The 1-based column of `token` in `line`, in UTF-16 units and in characters. */
function columnsOf(line: string, token: string): { units: number; characters: number } {
  const at = line.indexOf(token);
  return { units: at + 1, characters: [...line.slice(0, at)].length + 1 };
}

const date = columnsOf(EMOJI_LINE, '31.07.2019');
const a2Date = columnsOf(AFTER_LINE, '2019-09-02');
const a2After = columnsOf(AFTER_LINE, 'A1]');

interface JsonFinding {
  rule: string;
  line: number;
  column: number;
  related: { line: number; column: number }[];
}

async function validate(format: string): Promise<string> {
  return (await runCli(['validate', '--format', format, 'plans'], { files: { 'plans/p.yaml': PLAN } })).stdout;
}

describe('columns after an emoji on the line', () => {
  it('are characters in JSON, for the finding and its related places', async () => {
    const findings = (JSON.parse(await validate('json')) as { diagnostics: JsonFinding[] }).diagnostics;
    expect(date.units).not.toBe(date.characters);
    expect(findings.find((d) => d.line === 3)).toMatchObject({ column: date.characters });
    const order = findings.find((d) => d.rule === 'dependency-order')!;
    expect(order).toMatchObject({ line: 5, column: a2Date.characters });
    expect(order.related.find((r) => r.line === 5)).toMatchObject({ column: a2After.characters });
  });

  it('are characters in the text, GitHub and JUnit formats', async () => {
    expect(await validate('text')).toContain(`plans/p.yaml:3:${date.characters}: error`);
    expect(await validate('text')).toContain(`plans/p.yaml:5:${a2After.characters}: `);
    expect(await validate('github')).toContain(`line=3,col=${date.characters},`);
    expect(await validate('junit')).toContain(`plans/p.yaml:3:${date.characters}`);
  });

  it('are UTF-16 units in SARIF, as its columnKind says', async () => {
    const sarif = JSON.parse(await validate('sarif')) as { runs: { results: { locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const regions = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region);
    expect(regions).toContainEqual({ startLine: 3, startColumn: date.units });
  });

  it('count an invalid byte after an emoji in characters in every text format, in units in SARIF', async () => {
    const bytes = Buffer.concat([Buffer.from('plan: {id: p, title: P}\nmilestones:\n  - {id: E1, title: "🙂🙂 Referansebes'), Buffer.from([0xf8]), Buffer.from('k", date: 2019-09-02}\n')]);
    const line = '  - {id: E1, title: "🙂🙂 Referansebes';
    const characters = [...line].length + 1;
    const units = line.length + 1;
    const run = async (format: string): Promise<string> => (await runCli(['validate', '--format', format, 'plans'], { binaryFiles: { 'plans/p.yaml': bytes } })).stdout;
    const json = (JSON.parse(await run('json')) as { diagnostics: JsonFinding[] }).diagnostics;
    expect(json.find((d) => d.rule === 'encoding')).toMatchObject({ line: 3, column: characters });
    expect(await run('text')).toContain(`plans/p.yaml:3:${characters}: error`);
    expect(await run('text')).toContain(`column ${characters} is not part of a UTF-8 character`);
    expect(await run('sarif')).toContain(`"startColumn": ${units}`);
  });
});

describe('characterColumn', () => {
  it('undoes utf16Column on lines of BMP characters, surrogate pairs and lone surrogates', () => {
    const lines = ['', 'abc', '🙂', '🙂a🙂b', 'æ🙂ø—🙂🙂å', 'a\ud800b', '\udc00🙂'];
    for (const line of lines) {
      const count = [...line].length;
      for (let column = 1; column <= count + 3; column++) expect(characterColumn(line, utf16Column(line, column)), `${JSON.stringify(line)} ${column}`).toBe(column);
    }
  });

  it('counts a column inside a pair as the pair itself', () => {
    expect(characterColumn('a🙂b', 3)).toBe(2);
  });
});

describe('the files with a character outside the BMP', () => {
  it('are mapped with the paths for a CI root, so that the other files still convert nothing', () => {
    const result: ValidateResult = { files: ['/ci/plans/p.yaml', '/ci/plans/q.yaml'], diagnostics: [], summary: { errors: 0, warnings: 0 }, sourceLine: () => undefined, astralFiles: new Set(['/ci/plans/p.yaml']) };
    expect(mapResultPaths(result, (f) => f.replace('/ci/', '')).astralFiles).toEqual(new Set(['plans/p.yaml']));
  });
});
