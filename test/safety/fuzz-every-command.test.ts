// Fuzz (fast-check, seeded) over every command, not only validate: mutated shipped plans never give exit 3 or a stack trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRepoFile, runCli } from '../helpers/fake-io.js';
import { mutate, mutation } from '../validate/mutations.js';

const FILES = ['plans/akson.yaml', 'plans/felles-grunnmur.yaml', 'plans/governance.yaml'] as const;
const ORIGINAL = new Map(FILES.map((f) => [f, readRepoFile(f)]));
const SEED = Number(process.env['MILEPEL_FUZZ_SEED'] ?? 20191101);
const RUNS = Number(process.env['MILEPEL_FUZZ_RUNS'] ?? 120);

/** Every command with its formats; set and snapshot edit the in-memory files of the fake Io. */
const COMMANDS: readonly (readonly string[])[] = [
  ['critical-path'], ['critical-path', '--format', 'json'],
  ['slippage'], ['slippage', '--format', 'json', '--trend'], ['slippage', '--format', 'csv'],
  ['meetings'], ['meetings', '--format', 'json'],
  ['gantt', '--width', '90'], ['roadmap'], ['roadmap', '--format', 'json'],
  ['export', '--format', 'json'], ['export', '--format', 'mermaid'], ['export', '--format', 'ics'], ['export', '--format', 'html'],
  ['set', 'akson/MP2', '--forecast', '2019-09-13'], ['set', 'MP1', '--actual', '2019-06-28', '--status', 'green'], ['snapshot'],
];
/** Edits may refuse a broken file (exit 2, one line); reports show what they can (exit 0 or 1). */
const EDITS = new Set(['set', 'snapshot']);

describe('fuzzing every command with mutated shipped plans', () => {
  it('never exit 3, never a stack trace; reports exit 0 or 1, edits 0 or a one-line refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom(...COMMANDS), fc.constantFrom('en', 'nb'), async (target, mutations, command, locale) => {
        const files = new Map(ORIGINAL);
        files.set(target, mutations.reduce(mutate, ORIGINAL.get(target)!));
        const [name, ...rest] = command;
        const isEdit = EDITS.has(name!);
        const argv = name === 'set' ? [name, rest[0]!, 'plans', ...rest.slice(1), '--today', '2019-09-01', '--locale', locale] : [name!, 'plans', ...rest, '--today', '2019-09-01', ...(isEdit ? [] : ['--locale', locale])];
        const r = await runCli(argv, { files, diskRoots: [] });
        const context = `${argv.join(' ')}\n${r.stderr.slice(0, 500)}`;
        expect(r.stderr, context).not.toMatch(/internal error|\n\s+at .*\(.*:\d+:\d+\)/);
        if (isEdit) {
          expect([0, 2], context).toContain(r.code);
          if (r.code === 2) expect(r.stderr, context).toMatch(/^milepel: [^\n]+\n$/);
        } else {
          expect([0, 1], context).toContain(r.code);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, Math.max(120_000, RUNS * 1000));
});
