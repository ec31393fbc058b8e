// `milepel --help` under --locale nb / LANG=nb (issue #10.4): every help text of every command has a Norwegian
// entry, no entry is stale, and the printed help carries the translations.
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.js';
import { helpNb, helpTextNb } from '../../src/messages/nb/help.js';
import { runCli } from '../helpers/fake-io.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every description in the command tree, and the comments after the example lines in program.ts and program-tools.ts. */
function helpTexts(): Set<string> {
  const io = { env: {}, stdout: () => {}, stderr: () => {} } as unknown as Parameters<typeof buildProgram>[0];
  const program = buildProgram(io, () => {}, []);
  const texts = new Set<string>();
  const stack: Command[] = [program];
  while (stack.length > 0) {
    const cmd = stack.pop()!;
    if (cmd.description() !== '') texts.add(cmd.description());
    for (const option of cmd.options) texts.add(option.description);
    for (const argument of cmd.registeredArguments) texts.add(argument.description);
    stack.push(...cmd.commands);
  }
  const main = ['program.ts', 'program-tools.ts'].map((file) => readFileSync(join(import.meta.dirname, '..', '..', 'src', 'cli', file), 'utf8')).join('\n');
  for (const call of main.matchAll(/examples\(locale, ((?:'(?:[^'\\]|\\.)*',?\s*)+)\)/g)) {
    for (const line of call[1]!.matchAll(/'((?:[^'\\]|\\.)*)'/g)) {
      const comment = /\S\s{2,}(\S.*)$/.exec(line[1]!.replace(/\\'/g, "'"))?.[1];
      if (comment !== undefined) texts.add(comment);
    }
  }
  texts.add('display help for command');
  return texts;
}

describe('the help in Norwegian', () => {
  it('has a Norwegian text for every help text and none that is stale', () => {
    const english = helpTexts();
    expect(english.size).toBeGreaterThan(50);
    const missing = [...english].filter((t) => helpTextNb(t) === undefined);
    const stale = [...helpNb().keys()].filter((t) => !english.has(t));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each([
    [['--help', '--locale', 'nb'], {}],
    [['validate', '--help'], { LANG: 'nb_NO.UTF-8' }],
    [['import', '--help', '--locale', 'nb'], {}],
    [['risk', '--help'], { LC_ALL: 'nn_NO.UTF-8' }],
  ])('%j prints the help in Norwegian', async (argv, env) => {
    const r = await runCli(argv, { env, diskRoots: [] });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Bruk: milepel/);
    expect(r.stdout).not.toMatch(/\b(Usage|Options|Commands|Arguments|Examples|default|display help)\b/);
    expect(r.stdout).toContain('vis hjelp for kommandoen');
    // commander's placeholders too (a tester's finding: usage lines said [options] under nb).
    expect(r.stdout).not.toMatch(/\[(options|command)\]/);
  });

  it('writes commander\'s placeholders in usage lines and in the list of commands as [valg] and [kommando]', async () => {
    const validate = await runCli(['validate', '--help', '--locale', 'nb'], { diskRoots: [] });
    expect(validate.stdout).toMatch(/^Bruk: milepel validate \[valg\] \[paths\.\.\.\]\n\nsjekk planene/);
    const general = await runCli(['--help'], { env: { LANG: 'nb_NO.UTF-8' }, diskRoots: [] });
    expect(general.stdout).toMatch(/^Bruk: milepel \[valg\] \[kommando\]\n/);
    // The descriptions start in one column, measured on the Norwegian terms.
    expect(general.stdout).toMatch(/\n {2}validate \[valg\] \[paths\.\.\.\] +sjekk planene/);
    expect(general.stdout).toMatch(/\n {2}help \[kommando\] +vis hjelp for kommandoen\n/);
    const commands = general.stdout.slice(general.stdout.indexOf('Kommandoer:\n'), general.stdout.indexOf('\n\n', general.stdout.indexOf('Kommandoer:\n')));
    const columns = [...commands.matchAll(/^ {2}(\S.*?\S)  +\S/gm)].map((m) => m[0].length - 1);
    expect(columns.length).toBeGreaterThan(15);
    expect(new Set(columns).size).toBe(1);
  });

  it('keeps the English help as commander writes it', async () => {
    const r = await runCli(['validate', '--help'], { env: { LANG: 'C.UTF-8' }, diskRoots: [] });
    expect(r.stdout).toMatch(/^Usage: milepel validate \[options\] \[paths\.\.\.\]\n\ncheck the plans against every rule; exit 1 on an error\n/);
    expect(r.stdout).toContain('(default: "text")');
    expect(r.stdout).toContain('\nExamples:\n  milepel validate                         check ./plans\n');
  });
});

// Tester round 106 F10: the lsp help's example was 88 columns; every help line, in both languages, fits 80.
describe('every command\'s help', () => {
  const COMMANDS = ['', 'validate', 'critical-path', 'meetings', 'gantt', 'roadmap', 'slippage', 'gates', 'health', 'explain', 'set', 'snapshot', 'export', 'risk', 'init', 'import', 'schema', 'lsp', 'watch'];
  it.each(COMMANDS.flatMap((c) => [[c, 'C.UTF-8'], [c, 'nb_NO.UTF-8']]))('%s (LANG=%s) fits 80 columns', async (command, lang) => {
    const r = await runCli([...(command === '' ? [] : [command]), '--help'], { env: { LANG: lang }, diskRoots: [] });
    expect(r.stdout.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
  });
});
