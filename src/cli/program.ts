// The command tree on commander: each command with its options, help examples and action, each command's code
// imported when it runs; the commands without the common report options are in program-tools.ts.
import { Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { Io } from './io.js';
import { FORMATS } from './formats.js';
import type { CommonOptions } from './options.js';
import { examples, localizeHelp } from './help-locale.js';
import { localeOfRun, refuseRepeatedValues } from './args.js';
import { addToolCommands } from './program-tools.js';

type Action = (paths: string[], options: CommonOptions & Record<string, unknown>) => number | Promise<number>;

/** The command tree, its help in the run's locale: the whole tree, or the program with only the command `only`
 * (see commandOf). Exported for the help catalogue's test. */
export function buildProgram(io: Io, setCode: (code: number) => void, argv: readonly string[], only?: string): Command {
  const locale = localeOfRun(argv, io);
  const has = (name: string): boolean => only === undefined || only === name;
  const program = new Command('milepel')
    .description('Milestone, dependency and governance planning for YAML plans.')
    .version(pkg.version, '-V, --version')
    .showSuggestionAfterError(true)
    // Subcommands inherit these: errors come back as exceptions (handleError prints one line), help goes to io.
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: () => {}, outputError: () => {} });
  localizeHelp(program, locale);

  // validate wraps only when asked: its findings are searched in logs, and terminals wrap anyway.
  const widthHelp = (cmd: Command): string =>
    cmd.name() === 'validate' ? 'wrap findings at this width in columns (default: lines stay whole)' : 'width of text reports in columns (default: the terminal width, 100 when not a terminal)';
  const common = (cmd: Command, formats: readonly string[]): Command =>
    cmd
      .argument('[paths...]', 'plan files or directories (default: ./plans)')
      .addOption(new Option('--format <format>', `output format: ${formats.join(', ')}`).default(formats[0]))
      .option('--today <date>', 'status date T, YYYY-MM-DD or DD.MM.YYYY (default: the latest status_date, else the system date)')
      .option('--plan <id>', 'report on one plan only (validation always covers the whole workspace)')
      .option('--color', 'colour the output (default: each of stdout and stderr when it is a terminal and NO_COLOR is unset)')
      .option('--no-color', 'never colour the output')
      .option('--locale <locale>', 'language of text reports: nb or en (default: from LC_ALL, LC_MESSAGES or LANG)')
      .option('--width <columns>', widthHelp(cmd));
  // Each command's code is imported when it runs, so `validate` does not pay for loading gantt or HTML export.
  const act = (action: Action) => async (paths: string[], options: CommonOptions & Record<string, unknown>): Promise<void> => setCode(await action(paths, options));

  if (has('validate')) {
    common(program.command('validate').description('check the plans against every rule; exit 1 on an error'), FORMATS.validate)
      .option('--strict', 'treat warnings as errors')
      .addHelpText('after', examples(locale, 'milepel validate                         check ./plans', 'milepel validate plans/ --format github  annotations in GitHub Actions', 'milepel validate --strict --today 2019-09-01'))
      .action(act(async (paths, options) => (await import('./commands/validate.js')).runValidate(io, paths, options, pkg.version)));
  }

  if (has('critical-path')) {
    common(program.command('critical-path').description('projected and latest dates, float and driver of every milestone; the critical paths'), FORMATS['critical-path'])
      .addHelpText('after', examples(locale, 'milepel critical-path --today 2019-09-01', 'milepel critical-path --plan akson --locale nb', 'milepel critical-path --format json'))
      .action(act(async (paths, options) => (await import('./commands/critical-path.js')).runCriticalPath(io, paths, options)));
  }

  if (has('meetings')) {
    common(program.command('meetings').description('board meetings before milestones: for each milestone and body, the admissible meeting or what is missing'), FORMATS.meetings)
      .addHelpText('after', examples(locale, 'milepel meetings', 'milepel meetings --plan akson --format json'))
      .action(act(async (paths, options) => (await import('./commands/meetings.js')).runMeetings(io, paths, options)));
  }

  if (has('gantt')) {
    common(program.command('gantt').description('Gantt chart of milestones and meetings in the terminal'), FORMATS.gantt)
      .option('--from <date>', 'first day of the chart: YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, YYYY-Qn or YYYY')
      .option('--to <date>', 'last day of the chart, likewise')
      .option('--scale <scale>', 'time scale: day, week, month, quarter or year (default: fits the range)')
      .option('--ascii', 'draw with ASCII characters only')
      .option('--baseline <path>', 'draw planned dates from a baseline: a file, a directory, <git-rev>:<path>, or gate:<ref> (the plan approved at that gate)')
      .addHelpText('after', examples(locale, 'milepel gantt --today 2019-09-01', 'milepel gantt --plan akson --from 2019-06 --to 2020-01 --scale week'))
      .action(act(async (paths, options) => (await import('./commands/gantt.js')).runGantt(io, paths, options)));
  }

  if (has('roadmap')) {
    common(program.command('roadmap').description('roadmap: goals by year with status and progress, measures and who is responsible'), FORMATS.roadmap)
      .addHelpText('after', examples(locale, 'milepel roadmap --locale nb', 'milepel roadmap --format json'))
      .action(act(async (paths, options) => (await import('./commands/roadmap.js')).runRoadmap(io, paths, options)));
  }

  if (has('slippage')) {
    common(program.command('slippage').description('slip, status, driver and BEI of every milestone against the plan or a baseline'), FORMATS.slippage)
      .option('--baseline <path>', 'compare with the workspace in a file, a directory, <git-rev>:<path> (e.g. origin/main:plans), or gate:<ref> (the plan approved at that gate)')
      .option('--trend', 'add the milestone trend analysis (forecast history)')
      .addHelpText('after', examples(locale, 'milepel slippage --today 2019-09-01', 'milepel slippage --baseline origin/main:plans --format json', 'milepel slippage --trend --plan akson'))
      .action(act(async (paths, options) => (await import('./commands/slippage.js')).runSlippage(io, paths, options)));
  }

  if (has('gates')) {
    common(program.command('gates').description('decision points: the deciding body\'s meeting and the readiness margin of every gate'), FORMATS.gates)
      .addHelpText('after', examples(locale, 'milepel gates --today 2019-09-01', 'milepel gates --plan akson --locale nb', 'milepel gates --format json'))
      .action(act(async (paths, options) => (await import('./commands/gates.js')).runGates(io, paths, options)));
  }

  if (has('health')) {
    common(program.command('health').description('schedule health: the DCMA checks for a milestone network, per plan; exit 1 when one fails'), FORMATS.health)
      .addHelpText('after', examples(locale, 'milepel health --today 2019-09-01', 'milepel health --plan akson --locale nb', 'milepel health --format github   failing checks as annotations'))
      .action(act(async (paths, options) => (await import('./commands/health.js')).runHealth(io, paths, options, pkg.version)));
  }

  if (has('explain')) {
    common(program.command('explain').argument('<ref>', 'the milestone or gate: plan/ID, or ID when one plan has it')
      .description('why a milestone or gate has its dates: the driving chain, holidays crossed, what binds its latest date, the meetings'), FORMATS.explain)
      .addHelpText('after', examples(locale, 'milepel explain akson/MP9', 'milepel explain MP3 plans/ --locale nb', 'milepel explain akson/SSD-HOD --format json'))
      .action(async (ref: string, paths: string[], options: CommonOptions & Record<string, unknown>) => setCode(await (await import('./commands/explain.js')).runExplain(io, ref, paths, options)));
  }

  // snapshot writes T into every entry it appends, `set` only checks against it (tester round 92 F3: snapshot's help
  // said "for the diagnostics", which it prints none of).
  const edit = (cmd: Command, today = 'status date T for the diagnostics'): Command => cmd
    .option('--today <date>', `${today}, YYYY-MM-DD or DD.MM.YYYY (default: the latest status_date, else the system date)`)
    .option('--locale <locale>', 'language of messages: nb or en (default: from LC_ALL, LC_MESSAGES or LANG)')
    .option('--color', 'colour the diagnostics on stderr (default: when stderr is a terminal and NO_COLOR is unset)')
    .option('--no-color', 'never colour the diagnostics');

  if (has('set')) {
    edit(program.command('set').description('edit a milestone\'s forecast, actual or status in its file, changing only that value'))
      .argument('<ref>', 'the milestone: plan/ID, or ID when one plan has it')
      .argument('[paths...]', 'plan files or directories (default: ./plans)')
      .option('--forecast <date>', 'new forecast: YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, YYYY-Qn or YYYY')
      .option('--actual <date>', 'date achieved: YYYY-MM-DD or DD.MM.YYYY')
      .option('--status <status>', 'reported status: green, yellow or red (grønn, gul, rød and amber are written as these)')
      .option('--plan <id>', 'the plan of a bare milestone id: set MP1 --plan akson is set akson/MP1')
      .addHelpText('after', examples(locale, 'milepel set akson/MP2 --forecast 2019-09-13', 'milepel set MP1 --actual 2019-06-18 --status green'))
      .action(async (ref: string, paths: string[], options: CommonOptions & Record<string, unknown>) => setCode(await (await import('./commands/set.js')).runSet(io, ref, paths, options)));
  }

  if (has('snapshot')) {
    edit(program.command('snapshot').description('append {reported: T, forecast: current} to each open milestone\'s history when its forecast changed'), 'the status date T written as each new entry\'s reported')
      .argument('[paths...]', 'plan files or directories (default: ./plans)')
      .option('--plan <id>', 'record only this plan\'s milestones')
      .addHelpText('after', examples(locale, 'milepel snapshot --today 2019-09-01'))
      .action(act(async (paths, options) => (await import('./commands/snapshot.js')).runSnapshot(io, paths, options)));
  }

  if (has('export')) {
    common(program.command('export').description('export to Mermaid, iCalendar (ics), JSON, a self-contained HTML page, or one plan as MS Project XML (mspdi), on stdout'), FORMATS.export)
      .addHelpText('after', examples(locale, 'milepel export --format mermaid > plan.mmd', 'milepel export --format html --locale nb > plan.html', 'milepel export --format mspdi --plan akson > akson.xml'))
      .action(act(async (paths, options) => (await import('./commands/export.js')).runExport(io, paths, options, pkg.version)));
  }

  if (has('risk')) {
    common(program.command('risk').description('Monte Carlo schedule risk: P50 (styringsdato) and P85 (rammedato) of every milestone, probabilities, criticality and drivers'), FORMATS.risk)
      .option('--iterations <n>', 'number of iterations (default: 10000)')
      .option('--seed <s>', 'seed of the random draws, a whole number (default: 1)')
      .option('--jobs <j>', 'worker threads (default: the number of CPUs; more is clamped to it)')
      .option('--milestone <ref>', 'show the distribution of one milestone as a histogram and an S-curve')
      .addHelpText('after', examples(locale, 'milepel risk --today 2019-09-01', 'milepel risk --plan akson --milestone akson/MP9 --locale nb', 'milepel risk --iterations 50000 --seed 7 --format json', 'milepel risk --format html > risk.html'))
      .action(act(async (paths, options) => (await import('./commands/risk.js')).runRisk(io, paths, options)));
  }

  addToolCommands(program, { io, setCode, argv, locale, has });
  for (const cmd of program.commands) refuseRepeatedValues(cmd);

  program.addHelpText('after', examples(locale, 'milepel init                 write an example workspace into ./plans', 'milepel validate             check every plan in ./plans', 'milepel critical-path --today 2019-09-01'));
  return program;
}
