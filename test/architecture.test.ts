// Keeps the architecture honest: the rule registry, the README's rule table and the fixtures in step;
// only src/cli/ touches the file system, the process and the clock; one adapter imports the yaml library and one entry
// point chooses the parsers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { staticClosure, staticImportGraph } from './helpers/imports.js';
import { findFiles, fromRoot } from './helpers/walk.js';

const ROOT = join(import.meta.dirname, '..');

/** Reading the clock in any form: a Date built from anything (now, a string, a number), Date.now, performance.now. */
const CLOCK = /\bnew\s+Date\b|\bDate\.now\b|\bperformance\.now\b/;

const SPEC_RULES = [
  'yaml-syntax', 'schema', 'invalid-date', 'duplicate-id', 'unknown-reference', 'dependency-cycle', 'dependency-order', 'gate-decision', 'gate-readiness',
  'meeting-before-milestone', 'actual-in-future', 'overdue', 'negative-float', 'non-working-day', 'unassigned', 'progress-range',
  'lead', 'encoding', 'date-range',
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
    const all = findFiles('test/fixtures', /\.ya?ml$/).map((f) => readFileSync(fromRoot(f), 'utf8')).join('\n');
    for (const rule of RULES) expect(all, `no fixture line says # expect: ${rule.id}`).toMatch(new RegExp(`# expect:[^\\n]*\\b${rule.id}\\b`));
  });

  it('keeps file system, process and clock out of everything but src/cli/', () => {
    const offenders: string[] = [];
    for (const rel of findFiles('src', /\.ts$/)) {
      if (rel.startsWith('src/cli/')) continue;
      const text = readFileSync(fromRoot(rel), 'utf8');
      if (/from ['"](node:)?(fs|child_process|fs\/promises)['"]/.test(text)) offenders.push(`${rel}: imports the file system`);
      if (/\bprocess\.(env|argv|stdout|stderr|exit|cwd)/.test(text)) offenders.push(`${rel}: reads process`);
      if (CLOCK.test(text)) offenders.push(`${rel}: reads the clock or builds a Date`);
      if (/from ['"](graphlib|@dagrejs\/graphlib|graphology[^'"]*)['"]/.test(text)) offenders.push(`${rel}: imports a graph library`);
    }
    expect(offenders).toEqual([]);
  });

  it('imports the yaml library only in its adapter, src/source/yaml.ts', () => {
    const offenders = findFiles('src', /\.ts$/).filter((rel) => rel !== 'src/source/yaml.ts' && /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]yaml(?:\/[^'"]*)?['"]/.test(readFileSync(fromRoot(rel), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('chooses between the fast YAML path and the full parser only in the analysis entry point', () => {
    // The parsers are src/source/'s; outside it only the entry point (and its synchronous form) may call them.
    const entry = new Set(['src/analyze-texts.ts', 'src/analyze.ts']);
    const offenders: string[] = [];
    for (const rel of findFiles('src', /\.ts$/)) {
      if (rel.startsWith('src/source/') || entry.has(rel)) continue;
      const text = readFileSync(fromRoot(rel), 'utf8');
      if (/['"][./]*\/?source\/(full-parse|fast-yaml)\.js['"]/.test(text) || /\bparseFastSource\b/.test(text)) offenders.push(`${rel}: parses YAML itself; call analyzeTexts (or analyze, parsePlanText) instead`);
    }
    expect(offenders).toEqual([]);
  });

  it('loads the yaml library for no command that reads plans until a file needs it (startup)', () => {
    const graph = staticImportGraph();
    expect(staticClosure(graph, 'src/edit/yaml-source.ts').has('src/source/yaml.ts'), 'the walk sees the edit path reach the adapter').toBe(true);
    for (const command of ['validate', 'critical-path', 'meetings', 'gantt', 'roadmap', 'slippage', 'gates', 'health', 'export', 'risk']) {
      const reached = staticClosure(graph, `src/cli/commands/${command}.ts`);
      expect(reached.size, command).toBeGreaterThan(10);
      expect(reached.has('src/source/yaml.ts'), `${command} imports the yaml adapter statically`).toBe(false);
    }
  });

  it('the clock check sees every form of reading the clock, and not the word Date alone', () => {
    for (const text of ['new Date()', 'new Date(text)', "new Date('2019-09-01')", 'new Date(Date.UTC(2019, 0, 1))', 'new  Date', 'Date.now()', 'const now = Date.now;', 'performance.now()']) {
      expect(CLOCK.test(text), text).toBe(true);
    }
    for (const text of ['type DateValue = string;', 'formatDate(d)', 'isDateLike', '// no Date objects']) expect(CLOCK.test(text), text).toBe(false);
  });
});
