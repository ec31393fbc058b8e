// MS Project XML written by another tool: TaskJuggler's mspxml export, imported and scheduled, compared with tj3's own schedule.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { writePlanYaml } from '../../src/interchange/yaml-writer.js';
import { runCli } from '../helpers/fake-io.js';

const TJP = `project demo "Demo" 2024-01-08 +3m {
  timezone "UTC"
  now 2024-01-08
  workinghours mon-fri 9:00-12:00, 13:00-18:00
}
leaves holiday "Easter" 2024-03-28 +5d
resource dev "Dev"
task a "Design" { effort 5d allocate dev }
task b "Build" { depends a effort 10d allocate dev }
task c "Review" { depends a length 3d }
task d "Test" { depends c length 12d }
task m "Release" { depends b, d milestone }
taskreport "tasks" { formats csv columns id, end }
export "demo" { formats mspxml }
`;

describe.runIf(existsSync('/usr/bin/tj3'))('MS Project XML written by TaskJuggler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'milepel-tj3-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports tj3\'s export and schedules every task on the day tj3 finishes it', async () => {
    writeFileSync(join(dir, 'demo.tjp'), TJP);
    execFileSync('/usr/bin/tj3', ['--silent', 'demo.tjp'], { cwd: dir, env: { ...process.env, TZ: 'UTC' } });
    const ends = new Map(readFileSync(join(dir, 'tasks.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.replace(/"/g, '').split(';') as [string, string]));
    const xml = readFileSync(join(dir, 'demo.xml'), 'utf8');
    const imported = importMspdi(xml, { planId: 'demo' });
    const names = new Map(imported.plans[0]?.milestones.map((m) => [m.id, m.title]));
    const files = { 'ws/demo.yaml': writePlanYaml(imported.plans[0]!, 'demo.xml') };
    const cp = await runCli(['critical-path', 'ws', '--format', 'json'], { files });
    const projected = JSON.parse(cp.stdout) as { milestones: { id: string; projected: string }[] };
    const byName = new Map([...ends].map(([id, end]) => [{ a: 'Design', b: 'Build', c: 'Review', d: 'Test', m: 'Release' }[id], end]));
    const compared = projected.milestones.map((m) => [names.get(m.id), m.projected, byName.get(names.get(m.id))]);
    expect(cp.stderr).toBe('');
    expect(compared).toHaveLength(5);
    for (const [name, ours, theirs] of compared) expect(ours, String(name)).toBe(theirs);
  });
});
