// Tests for formatSarif: SARIF 2.1.0 structure, rules, results, locations, related locations.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { formatGithub, formatJson, formatText } from '../../src/report/validate/index.js';
import { formatSarif, toArtifactUri } from '../../src/report/validate/sarif.js';
import { escapeControl } from '../../src/report/safe-text.js';
import { HOSTILE, PLAIN, diag, makeResult, workspace } from './validate-fixtures.js';

interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } };
  message?: { text: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: SarifLocation[];
      relatedLocations?: SarifLocation[];
    }[];
  }[];
}

describe('toArtifactUri', () => {
  it('uses forward slashes and percent-encodes each segment', () => {
    expect(toArtifactUri('plans/akson.yaml')).toBe('plans/akson.yaml');
    expect(toArtifactUri('plans/sub dir/100%.yaml')).toBe('plans/sub%20dir/100%25.yaml');
    // A backslash is part of a name (paths reach here with forward slashes on every system: cli/ci-root.ts).
    expect(toArtifactUri('plans/a\\b.yaml')).toBe('plans/a%5Cb.yaml');
    expect(toArtifactUri('a:b.yaml')).toBe('a%3Ab.yaml');
    expect(toArtifactUri('C:/work/plans/a.yaml')).toBe('file:///C:/work/plans/a.yaml');
  });

  it('percent-encodes the bytes of a last segment that is not UTF-8, not its escaped text (tester round 17 #1)', () => {
    const bytes = Buffer.concat([Buffer.from('m'), Buffer.from([0xe6]), Buffer.from('ler.yaml')]);
    expect(toArtifactUri('plans/m\\xe6ler.yaml', bytes)).toBe('plans/m%E6ler.yaml');
    expect(toArtifactUri('plans/m\\xe6ler.yaml')).toBe('plans/m%5Cxe6ler.yaml');
    // ASCII in such a name is encoded as in any other (a space, `%`, a backslash); each other byte is `%XX`.
    expect(toArtifactUri('sub dir/a b%\\\\x\\xff\\x80.yaml', Buffer.from([0x61, 0x20, 0x62, 0x25, 0x5c, 0x78, 0xff, 0x80, 0x2e, 0x79, 0x61, 0x6d, 0x6c]))).toBe('sub%20dir/a%20b%25%5Cx%FF%80.yaml');
  });
});

describe('formatSarif', () => {
  const out = formatSarif(workspace(), PLAIN, '1.2.3');
  const log = JSON.parse(out) as SarifLog;
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log, pretty-printed with a trailing newline', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(out.startsWith('{\n  "$schema": ')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('describes the tool and exactly the rules that occur, sorted', () => {
    expect(run?.tool.driver).toMatchObject({ name: 'milepel', version: '1.2.3', informationUri: 'https://github.com/milepel/milepel' });
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(['meeting-before-milestone', 'overdue', 'schema']);
    expect(run?.tool.driver.rules.every((rule) => rule.shortDescription.text.length > 0)).toBe(true);
    expect(JSON.parse(formatSarif(workspace(), PLAIN)).runs[0].tool.driver.version).toBe('0.0.0');
  });

  it('writes one result per diagnostic with level, message plus hint and location', () => {
    expect(run?.results).toHaveLength(3);
    expect(run?.results[0]).toEqual({
      ruleId: 'meeting-before-milestone',
      ruleIndex: 0,
      level: 'error',
      message: {
        text: 'listed meeting KR@2019-09-13 is 9 working days after akson/MP2 (2019-08-31)\nmove the meeting before 2019-08-31, or drop it from meetings',
      },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'plans/akson.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 31, startColumn: 16 } } },
      ],
      relatedLocations: [
        {
          id: 0,
          physicalLocation: { artifactLocation: { uri: 'plans/governance.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 9 } },
          message: { text: 'KR@2019-09-13 is defined here' },
        },
      ],
    });
    expect(run?.results[1]).toMatchObject({ ruleId: 'overdue', ruleIndex: 1, level: 'warning' });
    expect(run?.results[1]?.relatedLocations).toBeUndefined();
    // Plan text in a message is shown as text output shows it: its ESC and line break as escapes (SPEC §15), the one
    // line break between message and hint milepel's own.
    expect(run?.results[2]?.message.text).toBe(`title ${escapeControl(HOSTILE)}\nrename ${escapeControl(HOSTILE)}`);
  });

  it('writes hostile text in messages as visible escapes, never raw', () => {
    expect(out).not.toContain('\x1b');
    expect(out).toContain('title \\\\x1b[31mred\\\\x1b[0m\\\\nnext');
  });
});

describe('a finding at a name that is not UTF-8 (Diagnostic.nameBytes, tester round 17 #1)', () => {
  const shown = 'plans/m\\xe6ler.yaml';
  const bytes = new Uint8Array([0x6d, 0xe6, 0x6c, 0x65, 0x72, 0x2e, 0x79, 0x61, 0x6d, 0x6c]);
  const uris = (diagnostics: Diagnostic[]): object[] => (JSON.parse(formatSarif(makeResult([shown], diagnostics), PLAIN)) as SarifLog).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);

  it('has its bytes as its uri, another than that of the file really named by the escaped text', () => {
    const encoding = diag({ rule: 'encoding', file: shown, line: 1, column: 1, nameBytes: bytes });
    const other = diag({ rule: 'schema', file: shown, line: 2, column: 3 });
    expect(uris([encoding, other])).toEqual([{ uri: 'plans/m%E6ler.yaml', uriBaseId: '%SRCROOT%' }, { uri: 'plans/m%5Cxe6ler.yaml', uriBaseId: '%SRCROOT%' }]);
  });

  it('outside the root too (an absolute path), its bytes the last segment after the path before it', () => {
    expect(uris([diag({ rule: 'encoding', file: `/ci/a b/${shown}`, line: 1, column: 1, nameBytes: bytes })])).toEqual([{ uri: 'file:///ci/a%20b/plans/m%E6ler.yaml' }]);
  });

  it('leaves the other formats\' text as it was: json, text and github show the escaped name', () => {
    const result = makeResult([shown], [diag({ rule: 'encoding', file: shown, line: 1, column: 1, nameBytes: bytes })]);
    const plain = makeResult([shown], [diag({ rule: 'encoding', file: shown, line: 1, column: 1 })]);
    for (const format of [formatGithub, formatJson, formatText]) expect(format(result, PLAIN)).toBe(format(plain, PLAIN));
    expect(formatGithub(result, PLAIN)).toContain('file=plans/m\\xe6ler.yaml,line=1,col=1');
  });
});

describe('an encoding finding after characters outside the BMP (a tester\'s finding)', () => {
  it('counts its column in characters in text (SPEC §10) and in UTF-16 units in SARIF, as columnKind says', async () => {
    const { runCli } = await import('../helpers/fake-io.js');
    const bytes = Buffer.concat([Buffer.from('plan: {id: u, title: "🐣🐣 Bl', 'utf8'), Buffer.from([0xe5]), Buffer.from('"}\n', 'utf8')]);
    const text = await runCli(['validate', 'ws', '--no-color'], { binaryFiles: { 'ws/p.yaml': bytes } });
    expect(text.stdout).toContain('ws/p.yaml:1:28: error: the file is not valid UTF-8');
    const sarif = JSON.parse((await runCli(['validate', 'ws', '--format', 'sarif'], { binaryFiles: { 'ws/p.yaml': bytes } })).stdout) as SarifLog & { runs: { columnKind: string }[] };
    expect(sarif.runs[0]!.columnKind).toBe('utf16CodeUnits');
    const encoding = sarif.runs[0]!.results.find((r) => r.ruleId === 'encoding')!;
    expect(encoding.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 30 });
  });
});
