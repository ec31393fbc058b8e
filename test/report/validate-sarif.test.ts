// Tests for formatSarif: SARIF 2.1.0 structure, rules, results, locations, related locations.

import { describe, expect, it } from 'vitest';
import { formatSarif, toArtifactUri } from '../../src/report/validate/sarif.js';
import { escapeControl } from '../../src/report/safe-text.js';
import { HOSTILE, PLAIN, workspace } from './validate-fixtures.js';

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
