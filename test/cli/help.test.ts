// Help that teaches: every command's --help ends with real examples; typos get the closest spelling.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { COMMAND_NAMES } from '../../src/cli/args.js';
import { fakeIo, runCli } from '../helpers/fake-io.js';

const COMMANDS = ['validate', 'critical-path', 'meetings', 'slippage', 'gantt', 'roadmap', 'export', 'set', 'snapshot', 'schema', 'init'];

describe('help', () => {
  it('lists every command and ends with examples', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const command of COMMANDS) expect(r.stdout).toContain(`  ${command}`);
    expect(r.stdout).toMatch(/Examples:\n( {2}milepel .+\n){2,}\n?$/);
  });

  for (const command of COMMANDS) {
    it(`milepel ${command} --help ends with two or three examples of milepel ${command}`, async () => {
      const r = await runCli([command, '--help']);
      expect(r.code).toBe(0);
      const examples = /\nExamples:\n((?: {2}.+\n)+)\n?$/.exec(r.stdout);
      expect(examples, r.stdout).not.toBeNull();
      const lines = examples![1]!.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(line).toMatch(new RegExp(`^  milepel ${command}\\b`));
    });
  }

  it("--width says what it does: validate wraps only when given it, the reports default to the terminal's width", async () => {
    const flat = async (args: string[]): Promise<string> => (await runCli(args)).stdout.replace(/\s+/g, ' ');
    expect(await flat(['validate', '--help'])).toContain('--width <columns> wrap findings at this width in columns (default: lines stay whole)');
    expect(await flat(['gantt', '--help'])).toContain('--width <columns> width of text reports in columns (default: the terminal width, 100 when not a terminal)');
  });

  // Tester round 92 F3: snapshot's --today was "for the diagnostics", which it prints none of; it is the date it writes.
  it('--today says what each editing command does with it: set checks against it, snapshot writes it', async () => {
    const flat = async (args: string[]): Promise<string> => (await runCli(args)).stdout.replace(/\s+/g, ' ');
    expect(await flat(['set', '--help'])).toContain('--today <date> status date T for the diagnostics, YYYY-MM-DD');
    expect(await flat(['snapshot', '--help'])).toContain("--today <date> the status date T written as each new entry's reported, YYYY-MM-DD");
    expect(await flat(['snapshot', '--help', '--locale', 'nb'])).toContain('--today <date> statusdatoen T, som skrives som reported i hver ny oppføring,');
    // Tester round 92: set --status takes the Norwegian words and amber too, which the help left unsaid.
    expect(await flat(['set', '--help'])).toContain('--status <status> reported status: green, yellow or red (grønn, gul, rød and amber are written as these)');
  });

  it('suggests the closest command and option', async () => {
    const command = await runCli(['valdate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe("milepel: unknown command 'valdate' (Did you mean validate?)\n");
    const option = await runCli(['validate', '--formt', 'json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("milepel: unknown option '--formt' (Did you mean --format?)\n");
  });

  it('help with a misspelt command suggests the command, and help with a real one shows its help', async () => {
    const typo = await runCli(['help', 'valdate']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe("milepel: unknown command 'valdate' (Did you mean validate?)\n");
    const far = await runCli(['help', 'zzzzqq']);
    expect(far.code).toBe(2);
    // Where the commands are listed (tester round 60 F7: the line said only that it was unknown).
    expect(far.stderr).toBe("milepel: unknown command 'zzzzqq': `milepel --help` lists the commands\n");
    const real = await runCli(['help', 'gantt']);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/^Usage: milepel gantt /);
  });
  it('COMMAND_NAMES lists the whole tree, in order', () => {
    const program = buildProgram(fakeIo(), () => {}, []);
    expect(program.commands.map((c) => c.name())).toEqual(COMMAND_NAMES);
  });

  // A run that names a command builds only that command (program.ts, commandOf); `help <command>` builds the whole tree.
  for (const locale of ['en', 'nb']) {
    it(`milepel <command> --help with only that command built is the help of the whole tree (${locale})`, async () => {
      for (const command of COMMAND_NAMES) {
        const alone = await runCli([command, '--help', '--locale', locale]);
        const whole = await runCli(['help', command], { env: { LANG: locale === 'nb' ? 'nb_NO.UTF-8' : 'C' } });
        expect(alone.code).toBe(0);
        expect(alone.stdout).toBe(whole.stdout);
      }
    });
  }
});
