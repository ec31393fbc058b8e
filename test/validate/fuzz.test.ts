// Fuzz (fast-check, seeded): mutated shipped plans never crash validate; exit 2 only for command-line problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { readRepoFile, runCli } from '../helpers/fake-io.js';
import { mutate, mutation } from './mutations.js';
import { GITHUB_COUNT } from './no-crash.js';

const FILES = ['plans/akson.yaml', 'plans/felles-grunnmur.yaml', 'plans/governance.yaml'] as const;
const ORIGINAL = new Map(FILES.map((f) => [f, readRepoFile(f)]));
const RULE_IDS = new Set<string>(RULES.map((r) => r.id));
/** MILEPEL_FUZZ_RUNS / MILEPEL_FUZZ_SEED run a longer or different session; CI uses the defaults. */
const SEED = Number(process.env['MILEPEL_FUZZ_SEED'] ?? 20190619);
const RUNS = Number(process.env['MILEPEL_FUZZ_RUNS'] ?? 300);

const FORMATS = ['text', 'json', 'github', 'junit', 'sarif'] as const;

describe('fuzzing validate with mutated shipped plans', () => {
  it('never throws, exits 0 or 1, and JSON findings point into the files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.constantFrom(...FORMATS), fc.boolean(),
        async (target, mutations, format, strict) => {
          const files = new Map(ORIGINAL);
          files.set(target, mutations.reduce(mutate, ORIGINAL.get(target)!));
          const argv = ['validate', 'plans', '--today', '2019-09-01', '--format', format, ...(strict ? ['--strict'] : [])];
          const r = await runCli(argv, { files, diskRoots: [] });
          if (format === 'github') expect(r.stderr).toMatch(GITHUB_COUNT);
          else expect(r.stderr).toBe('');
          expect([0, 1]).toContain(r.code);
          if (format !== 'json') return;
          const json = JSON.parse(r.stdout) as { summary: { errors: number }; diagnostics: { rule: string; file: string; line: number; column: number }[] };
          expect(r.code).toBe(json.summary.errors > 0 ? 1 : 0);
          for (const d of json.diagnostics) {
            expect(RULE_IDS.has(d.rule)).toBe(true);
            // A lone CR is a line break, as YAML and editors read it (a soak at 8 × the runs put one in a file).
            const lineCount = files.get(d.file as (typeof FILES)[number])!.split(/\r\n|\r|\n/).length;
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lineCount);
            expect(d.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, Math.max(120_000, RUNS * 500));

  it('exits 2 exactly when the command line is wrong', async () => {
    const good = fc.constantFrom<readonly string[]>(['--today', '2019-09-01'], ['--today', '01.09.2019'], ['--strict'], ['--format', 'json'], ['--format', 'sarif'], ['--color'], ['--no-color'], ['--plan', 'akson'], ['--locale', 'nb'], ['plans'], ['plans/akson.yaml']);
    const bad = fc.constantFrom<readonly string[]>(['--today', '2019-02-30'], ['--today', 'x'], ['--format', 'csv'], ['--plan', 'ghost'], ['--locale', 'de'], ['--strcit'], ['-x'], ['no/such/path'], ['--format'], ['--today']);
    await fc.assert(
      fc.asyncProperty(fc.array(good, { maxLength: 4 }), fc.option(bad, { nil: undefined }), async (goods, wrong) => {
        const args = [...goods.flat(), ...(wrong ?? [])];
        const r = await runCli(['validate', ...args]);
        // An option given twice with different values is wrong too (tester round 73 F1), the same day in two spellings
        // included: which one was meant is not the command's to guess.
        const first = new Map<string, string>();
        let repeated = false;
        for (const [flag, value] of goods) {
          if (value === undefined) continue;
          const seen = first.get(flag!);
          if (seen === undefined) first.set(flag!, value);
          else if (seen !== value) repeated = true;
        }
        if (wrong || repeated) {
          expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
          expect(r.stderr).toMatch(/^milepel: [^\n]+\n$/);
          expect(r.stdout).toBe('');
        } else {
          expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
          expect(r.stderr).toBe('');
        }
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 2) },
    );
  }, Math.max(120_000, RUNS * 500));
});
