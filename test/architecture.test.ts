// Keeps the architecture honest: the rule registry, the README's rule table and the fixtures in step;
// only src/cli/ touches the file system, the process and the clock.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';

const ROOT = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const SPEC_RULES = [
  'yaml-syntax', 'schema', 'invalid-date', 'duplicate-id', 'unknown-reference', 'dependency-cycle', 'dependency-order',
  'meeting-before-milestone', 'actual-in-future', 'overdue', 'negative-float', 'non-working-day', 'unassigned', 'progress-range',
  'lead',
];
const SPEC_SEVERITY: Readonly<Record<string, string>> = { overdue: 'warning', 'negative-float': 'warning', 'non-working-day': 'warning', unassigned: 'warning', lead: 'warning' };

describe('architecture', () => {
  it('registers exactly the rules of the spec, alphabetically, each with the spec default severity', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...SPEC_RULES].sort());
    for (const rule of RULES) expect(rule.severity, rule.id).toBe(SPEC_SEVERITY[rule.id] ?? 'error');
  });

  it('has one file per rule named after its id', () => {
    const files = readdirSync(join(ROOT, 'src', 'rules')).filter((f) => !['index.ts', 'rule.ts', 'where.ts'].includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...SPEC_RULES].sort());
  });

  it('documents every rule in the README table with its severity', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const rule of RULES) expect(readme, rule.id).toMatch(new RegExp(`^\\| \`${rule.id}\` \\| ${rule.severity} \\|`, 'm'));
  });

  it('has a fixture expecting every rule', () => {
    const fixtures = join(ROOT, 'test', 'fixtures');
    const all = listYaml(fixtures).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const rule of RULES) expect(all, `no fixture line says # expect: ${rule.id}`).toMatch(new RegExp(`# expect:[^\\n]*\\b${rule.id}\\b`));
  });

  it('keeps file system, process and clock out of everything but src/cli/', () => {
    const offenders: string[] = [];
    for (const file of sources(join(ROOT, 'src'))) {
      const rel = relative(ROOT, file).split('\\').join('/');
      if (rel.startsWith('src/cli/')) continue;
      const text = readFileSync(file, 'utf8');
      if (/from ['"](node:)?(fs|child_process|fs\/promises)['"]/.test(text)) offenders.push(`${rel}: imports the file system`);
      if (/\bprocess\.(env|argv|stdout|stderr|exit|cwd)/.test(text)) offenders.push(`${rel}: reads process`);
      if (/new Date\(\)|Date\.now\(\)/.test(text)) offenders.push(`${rel}: reads the clock`);
      if (/from ['"](graphlib|@dagrejs\/graphlib|graphology[^'"]*)['"]/.test(text)) offenders.push(`${rel}: imports a graph library`);
    }
    expect(offenders).toEqual([]);
  });
});

function listYaml(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listYaml(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}
