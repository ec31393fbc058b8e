// Tester round 32 F8: a plan file whose name has 242 bytes or more (about 120 Norwegian letters) could not be edited:
// its lock `.<name>.milepel-lock` and temporary file passed the file system's 255 bytes (ENAMETOOLONG). Their names
// are shortened, with a hash of the whole name, when they would pass it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fitName, tempPrefixOf } from '../../src/cli/atomic-temp.js';
import { lockPathOf } from '../../src/cli/edit-lock.js';
import { runCliOnDisk } from '../helpers/fake-io.js';

const root = mkdtempSync(join(tmpdir(), 'milepel-long-names-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the names milepel writes beside a plan file', () => {
  it('are the plan name itself while they fit, else its first whole characters, ~ and a hash', () => {
    expect(fitName('akson.yaml', 14)).toBe('akson.yaml');
    const long = `${'ø'.repeat(125)}.yaml`;
    const fitted = fitName(long, 14);
    expect(Buffer.byteLength(fitted) + 14).toBeLessThanOrEqual(255);
    expect(fitted).toMatch(/^ø+~[0-9a-f]{8}$/);
    expect(fitName(`${'ø'.repeat(125)}.yml`, 14)).not.toBe(fitted);
    expect(Buffer.byteLength(lockPathOf(join('/w', long)).slice(3))).toBeLessThanOrEqual(255);
    expect(Buffer.byteLength(`${tempPrefixOf(long)}zik0zj-1a-abcdefgh.tmp`)).toBeLessThanOrEqual(255);
  });

  it('let set edit a plan named with 245 bytes', async () => {
    const name = `${'a'.repeat(240)}.yaml`;
    const file = join(root, name);
    writeFileSync(file, 'plan: {id: p, title: "P", status_date: 2026-01-05}\nmilestones:\n  - id: A\n    title: a\n    date: 2026-03-31\n');
    const r = await runCliOnDisk(['set', 'p/A', '--forecast', '2026-04-08', root]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toContain('    forecast: 2026-04-08\n');
    expect(readdirSync(root)).toEqual([name]);
  });
});
