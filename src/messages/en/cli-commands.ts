// English texts of the `milepel:` lines and notices of single commands.
import type { CliCommandMessages } from '../data/cli-commands.js';
import { quoteText } from '../../text/quote.js';
import type { CataloguePart, Fmt } from '../types.js';
import type { DayNumber } from '../../calendar/index.js';
import { pathWord } from '../../text/shell-word.js';
import { escapeControl } from '../../report/safe-text.js';
import { alternatives, firstOf } from '../first-of.js';

const list = (items: readonly string[]): string => items.join(', ');
const NOT_WRITTEN = 'nothing written';

/** ` (3 unchanged, 2 done, …)`: the milestones a snapshot left alone, or nothing. */
function skippedEn(d: { today: DayNumber; unchanged: number; done: number; ahead: readonly string[]; undated: readonly string[] }, f: Fmt): string {
  const notes = [d.unchanged > 0 ? `${d.unchanged} unchanged` : '', d.done > 0 ? `${d.done} done` : '', d.ahead.length > 0 ? `${d.ahead.length} with history after ${f.date(d.today)} left alone (${firstOf(d.ahead, 5, 'en')})` : '', d.undated.length > 0 ? `${d.undated.length} without a date to record (${firstOf(d.undated, 5, 'en')})` : ''].filter(Boolean).join(', ');
  return notes ? ` (${notes})` : '';
}

export const cliCommandsEn: CataloguePart<keyof CliCommandMessages> = {
  __proto__: null,
  'cli.gantt.from-after-to': (d) => `--from ${d.from} is after --to ${d.to}: give a --from on or before --to`,
  'cli.gantt.bad-date': (d) => `${d.flag} ${quoteText(d.text)} is not a date: use YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, YYYY-Qn or YYYY (e.g. ${d.flag} 2019-09)`,
  'cli.gantt.bad-scale': (d) => `--scale ${d.text} is not a scale: use ${list(d.scales)}`,

  'cli.set.bad-status': (d) => `--status ${quoteText(d.status)} is not a status: use green, yellow or red (${NOT_WRITTEN})`,
  'cli.set.nothing-to-set': () => 'set needs --forecast <date>, --actual <date> or --status green|yellow|red',
  'cli.set.not-milestone': (d) => `${quoteText(d.ref)} is a ${d.kind} (roadmap), not a milestone: set edits a milestone's forecast, actual or status (${NOT_WRITTEN})`,
  'cli.set.gate': (d) => `${quoteText(d.ref)} is a gate (decision point), not a milestone: set edits milestones; write the gate's decided: date in its file (${NOT_WRITTEN})`,
  'cli.set.ambiguous': (d) => `${d.ref} names milestones in several plans (${list(d.matches)}); write plan/ID (${NOT_WRITTEN})`,
  'cli.set.unreadable': (d) => `${quoteText(d.ref)}: no such milestone could be read: ${d.at} has ${/^[aeiou]/.test(d.rule) ? 'an' : 'a'} ${d.rule} error that keeps part of the workspace out; fix it first (milepel validate shows every finding); ${NOT_WRITTEN}`,
  'cli.set.no-such': (d) => `${quoteText(d.ref)}: no such milestone in ${list(d.files)}${d.suggestions.length > 0 ? `; did you mean ${alternatives(d.suggestions, 'or', false)}?${d.more > 0 ? ` (${d.more} more as near)` : ''}` : ''} (${NOT_WRITTEN})`,
  'cli.edit.lock-not-file': (d) => `${d.file}: cannot take the edit lock ${d.lock}: a ${d.kind === 'directory' ? 'directory' : d.kind === 'link' ? 'symbolic link' : 'special file'} stands there, not a lock file milepel made; remove it if no milepel is running, then run again; ${NOT_WRITTEN}`,
  'cli.edit.lock-failed': (d, f) => `${d.file}: cannot take the edit lock ${d.lock} (${f.render(d.reason)})${d.folder !== null ? `: the folder ${d.folder} must be writable, as milepel writes the lock and the new file beside the plan` : ''}; ${NOT_WRITTEN}`,
  'cli.edit.lock-busy': (d) => `${d.file} is being edited by another milepel (${d.pid !== null ? `process ${d.pid}${d.host !== null ? ` on host ${d.host}` : ''}, ` : ''}lock file ${d.lock}); ${NOT_WRITTEN}: try again when it has finished; if no milepel is running${d.host !== null ? ' there' : ''}, remove ${d.lock}`,
  'cli.edit.lock-stale': (d) => {
    const why = {
      unrecorded: "it holds no milepel's record (a run stopped while taking it, or the file was made by hand)",
      dead: `process ${d.pid}, which took it, is no longer running`,
      reused: `process ${d.pid} is running but is not the milepel that took it (it started at another time: the process id was reused)`,
      'before-boot': 'it was taken before the system last started',
      old: `process ${d.pid}, which took it more than ${d.minutes} minutes ago, cannot be checked to be that milepel (no run takes so long)`,
      'old-elsewhere': `it was taken on host ${d.host} more than ${d.minutes} minutes ago (no run takes so long)`,
    }[d.why];
    return `took over the edit lock ${d.lock}: ${why}`;
  },
  'cli.edit.undecodable': (d, f) => `${d.at}: ${f.render(d.problem)}; milepel does not rewrite a file it could not read faithfully: save it as UTF-8 first; ${NOT_WRITTEN}`,
  'cli.edit.not-utf8': (d) => `${d.file} is ${d.encoding}; milepel edits UTF-8 files only (it would have to change every byte): save it as UTF-8 first; ${NOT_WRITTEN}`,
  'cli.edit.changed': (d) => `${d.file} changed on disk while milepel was editing it; ${NOT_WRITTEN}: run the command again`,
  'cli.edit.refused': (d, f) => `${f.render(d.reason)}; ${NOT_WRITTEN}`,
  'cli.edit.write-failed': (d, f) => {
    const why = d.reason === null ? 'it changed on disk meanwhile' : f.render(d.reason);
    const restored = d.restored.length > 0 ? `${list(d.restored)} ${d.restored.length === 1 ? 'was' : 'were'} written and then restored to the original` : '';
    const lost = d.notRestored.length > 0 ? `${list(d.notRestored)} ${d.notRestored.length === 1 ? 'holds' : 'hold'} the NEW text and could not be restored` : '';
    const after = [restored, lost].filter(Boolean).join('; ');
    return `${d.file}: could not write the file (${why})${after ? `; ${after}` : ''}${lost ? '' : restored ? '; no file changed' : '; nothing written, every file is unchanged'}`;
  },
  'cli.edit.refuse-syntax': (d) => `${d.at}: the file's YAML does not parse, so its milestones cannot be edited; fix it first (milepel validate shows how), or leave the file out by naming the others${d.plan === null ? '' : ` (--plan ${d.plan} cannot leave it out: which plan the file holds cannot be read from it)`}; nothing written`,
  'cli.edit.refuse-duplicate': (d, f) => `${d.at}: ${f.render(d.fact)}${d.first === null ? '' : ` (${d.first})`}; the edit cannot tell which one is meant: give one of them another id${d.otherFile ? ', or name only the files to edit, one definition among them' : ''}; nothing written`,
  'cli.edit.refuse-bad-status-date': (d) => `${d.at}: plan ${d.plan}'s status_date is not a valid date, so snapshot cannot tell which day to record as reported; fix it first (milepel validate shows how), or give --today; nothing written`,
  'cli.edit.refuse-unread-name': (d) => `${d.at}: the ${d.kind} name is not valid UTF-8, so milepel does not read ${d.kind === 'file' ? 'it' : 'the plan files in it'} and the edit cannot tell what ${d.kind === 'file' ? 'it holds' : 'they hold'}; rename it first (milepel validate shows how); nothing written`,
  'cli.edit.byte-name': (d) => `${d.file}: a name in its path is not valid UTF-8 (the file's or a directory's): milepel reads a file by such a path when it is given on the command line, but does not rewrite it, since it cannot write by that name safely; rename it first; ${NOT_WRITTEN}`,
  'cli.edit.refuse-bad-date': (d) => `${d.at}: ${d.ref}'s ${d.field} is not a valid date, so snapshot cannot tell what to record; fix it first (milepel validate shows how)${d.plan === null ? '' : `, or snapshot the other plans without ${d.plan} (--plan <id>, or name their files)`}; nothing written`,
  'cli.snapshot.nothing': (d, f) => `snapshot ${f.date(d.today)}: nothing to record${skippedEn(d, f)}; no file written`,
  'cli.snapshot.recorded': (d, f) => `snapshot ${f.date(d.today)}: ${f.count(d.entries, 'entry', 'entries')} recorded in ${f.count(d.files, 'file', 'files')}${skippedEn(d, f)}`,
  'cli.snapshot.entry': (d) => `${d.at}: ${d.ref} ${d.replaced ? `history {reported: ${d.reported}, forecast: ${d.forecast}} (today's entry updated)` : `history + {reported: ${d.reported}, forecast: ${d.forecast}}`}`,

  'cli.watch.has-options': (d) => `watch ${d.option}: watch takes only --locale; put the command to run and its options after --, e.g. milepel watch plans -- critical-path --today 2019-09-01`,
  'cli.watch.ran': (d) => `${d.command} exited ${d.code}; watching ${d.watched.join(', ')} (Ctrl-C to stop)`,
  'cli.watch.lost': (d) => `cannot watch ${d.dir} any more (${d.reason})`,
  'cli.watch.cannot-run': (d) => `cannot run ${d.command} (${d.reason})`,
  'cli.watch.not-watchable': (d) => `watch -- ${d.command}: watch re-runs a command that reads the plans (${list(d.allowed)}) or a program, not ${d.command}`,
  'cli.watch.unknown-command': (d) => (d.isPath ? `cannot run '${d.name}' after --: it is not an executable file` : `unknown command '${d.name}' after --: neither a milepel command nor a program found on PATH${d.suggestion !== null ? ` (Did you mean ${d.suggestion}?)` : ''}`),
  'cli.init.exists': (d) => `${list(d.paths)} already ${d.paths.length === 1 ? 'exists' : 'exist'}; init never overwrites: choose another directory (milepel init <dir>)`,
  'cli.init.has-plans': (d) => `${d.dir} already holds plan files (${list(d.files)}${d.more > 0 ? ` and ${d.more} more` : ''}), which a validate of it would read beside the example; init writes a new workspace: choose an empty or new directory (milepel init <dir>)`,
  'cli.init.inside-plans': (d) => `${d.dir} is inside ${d.workspace}, which holds plan files (${list(d.files)}${d.more > 0 ? ` and ${d.more} more` : ''}): a validate of ${d.workspace} would read the example beside them; init writes a new workspace: choose a directory outside it (milepel init <dir>)`,
  'cli.init.empty': () => "init needs a directory, and '' names none: leave it out for ./plans, or write . for the current directory",
  'cli.init.cannot-write': (d, f) => `cannot write the example workspace into ${d.target ?? d.dir}: ${d.target == null ? '' : `it cannot be made in ${d.dir}: `}${f.render(d.reason)} (${d.code}); choose another directory (milepel init <dir>)`,
  'cli.write.through-link': (d) => `${d.path} is a symbolic link to ${d.target}: ${d.command} writes nothing outside ${d.dir}, the folder it is given, nor through a link in it; remove the link, or make ${d.path} a real directory; nothing written`,
  'cli.init.wrote': (d) => `Wrote ${list(d.paths)}.${d.kept !== null ? `\nKept ${escapeControl(d.kept)}, which was there and is not this version's schema: ${d.command} schema > ${pathWord(d.kept)} replaces it.` : ''}\nNext: ${d.command} validate ${pathWord(d.dir)}`,

  'cli.import.bad-from': (d) => `--from ${d.from} is not a format import reads: use ${list(d.formats)}`,
  'cli.import.bad-plan-id': (d) => `--plan-id ${d.id} is not a plan id: use lower-case letters, digits and '-', starting with a letter or digit`,
  'cli.import.missing': (d) => `${d.file}: no such file or directory`,
  'cli.import.not-file': (d) => `${d.file} is not a file`,
  'cli.import.unreadable': (d, f) => `cannot read ${d.file}: ${f.render(d.reason)}`,
  'cli.import.cannot-import': (d) => `cannot import ${d.file}: ${d.reason}`,
  'cli.import.too-large': (d) => `cannot import ${d.file}: it is ${d.megabytes} MB, more than import reads at once (${d.limit} MB); export the schedule in parts (a project or WBS branch each) and import each`,
  'cli.import.exists': (d) => `${list(d.paths)} already ${d.paths.length === 1 ? 'exists' : 'exist'}; import never overwrites: choose another directory (--out <dir>) or plan id (--plan-id <id>); nothing was written`,
  'cli.import.plan-exists': (d) => `${d.plans.map((p, i) => (i === 0 ? `plan ${p.id} already exists in ${p.file}` : `plan ${p.id} in ${p.file}`)).join(', ')}; a plan id names one plan in a workspace: choose ${d.free !== null ? `another plan id (--plan-id ${d.free}) or directory` : 'another directory'} (--out <dir>); nothing was written`,
  'cli.import.cannot-write': (d, f) => `cannot write into ${d.target ?? d.dir}: ${d.target == null ? '' : `it cannot be made in ${d.dir}: `}${f.render(d.reason)} (${d.code})`,
  'cli.import.wrote': (d, f) => `Wrote ${d.file}: plan ${d.plan}, ${f.count(d.milestones, 'milestone', 'milestones')}, ${f.count(d.links, 'link', 'links')}.`,
  'cli.import.wrote-schema': (d) => `Wrote ${d.file}: the plan schema, which the written plans name for editors.`,
  'cli.import.kept-schema': (d, f) => `${d.file} ${d.reason === null ? "already exists and is not the plan schema of this version of milepel" : `already exists and cannot be read (${f.render(d.reason)})`}; it was kept, and the written plans' editor schema line ($schema=${d.path}) points at it: write \`milepel schema > ${d.file}\` for editors to check them against milepel's schema`,

  'cli.risk.bad-number': (d) => `${d.option} ${quoteText(d.text)} is not a valid value: use a whole number ${d.max >= Number.MAX_SAFE_INTEGER ? `of ${d.min} or more` : `from ${d.min} to ${d.max}`}`,
  'cli.risk.progress': (d) => `risk: ${d.done} of ${d.total} iterations (${Math.floor((100 * d.done) / d.total)} %${d.again ? ', again with wider dates' : ''})`,
  'cli.risk.ambiguous': (d) => `--milestone ${d.ref} is ambiguous: write one of ${list(d.matches)}`,
  'cli.risk.no-such': (d) => `--milestone ${d.ref}: no such milestone in the workspace${d.nearest.length > 0 ? `; nearest: ${d.nearest.join(', ')}${(d.more ?? 0) > 0 ? ` (${d.more} more as near)` : ''}` : ''}`,
  'cli.risk.undated-milestone': (d) => `--milestone ${d.ref}: ${d.ref} has no date, forecast or actual that exists (milepel validate shows why): it is not scheduled, so it has no dates to simulate; give it a date, or name another milestone`,
  'cli.risk.outside-plan': (d) => `--milestone ${d.ref} is not in --plan ${d.plan}, whose milestones the report shows: name a milestone of ${d.plan}, or drop --plan`,
  'cli.risk.undated-gate': (d) => `--milestone ${d.ref}: ${d.ref} is a gate with neither a date nor a decided date that exists (milepel validate shows one that does not): it is not scheduled, so it has no dates to simulate; give it a date (its planned decision), or name a milestone`,

  'cli.export.mspdi-empty': () => 'export --format mspdi: the workspace has no plan to export',
  'cli.export.ics-empty': (d) => `export --format ics: the calendar has no event, as no milestone or meeting ${d.plan === null ? 'of the workspace' : `of plan ${d.plan}`} has a date to show; a strict iCalendar reader refuses a calendar without one (RFC 5545 §3.6)`,
  'cli.export.mspdi-one-plan': (d) => `export --format mspdi writes one plan, and the workspace has ${d.plans.length}: ${firstOf(d.plans, 10, 'en')}; choose one with --plan`,
  'cli.export.mspdi-unparsed': (d) => `export --format mspdi: plan ${d.plan} is declared only in a file whose YAML does not parse (its error follows), so no MS Project file is written; fix that file first`,

  'cli.baseline.empty': () => '--baseline needs a value: a plan file, a directory, or <git-rev>:<path> such as origin/main:plans',
  'cli.baseline.in': (d, f) => `--baseline: ${f.render(d.inner)}`,
  'cli.baseline.missing': (d) => `--baseline ${d.spec}: no such file or directory; give a plan file, a directory, or <git-rev>:<path> such as origin/main:plans`,
  'cli.baseline.bad-rev': (d) => `--baseline ${d.spec}: ${quoteText(d.rev)} is not a git revision; write <git-rev>:<path>, e.g. origin/main:plans or HEAD~1:plans`,
  'cli.baseline.git-refused': (d) => `--baseline ${d.spec}: git refused: ${d.said}`,
  'cli.ci-root.git-refused': (d) => `note: git refused the repository (${d.said}); CI paths are relative to ${d.root}, ${d.found ? 'the nearest directory holding .git' : 'the working directory (no .git above it)'}; set GITHUB_WORKSPACE or CI_PROJECT_DIR, or add the repository to git's safe.directory`,
  'cli.ci-root.no-git': (d) => `note: git could not run (${d.code}); CI paths are relative to ${d.root}, the nearest directory holding .git`,
  'cli.baseline.no-repo': (d) => `--baseline ${d.spec}: the current directory is not in a git repository; run milepel inside the repository, or give a baseline file or directory`,
  'cli.baseline.other-repo-relative': (d) => `--baseline ${d.spec}: the plans ${d.path} are in the git repository ${d.repo}, which the current directory is not in, so a path from the current directory names nothing there; write the path from that repository's root (${d.instead}), or run milepel inside it`,
  'cli.baseline.gate-no-repo': (d) => `--baseline ${d.spec}: ${d.path} is not in a git repository, so the gate's baseline revision cannot be read there; give plans that are in the repository, or a baseline file or directory`,
  'cli.baseline.no-rev': (d) => `--baseline ${d.spec}: git revision ${d.rev} does not exist in this repository; check the name, or fetch it first (in CI: git fetch origin, or checkout with fetch-depth: 0)`,
  'cli.baseline.no-path-here': (d) => `--baseline ${d.spec}: ${d.path} does not exist in ${d.rev}; a path after ':' that starts with ./ or ../ is relative to the current directory, which is ${d.prefix === '' ? 'the repository root' : `${d.prefix} in the repository`}`,
  'cli.baseline.no-path': (d) => `--baseline ${d.spec}: ${d.path === '' ? 'the root' : d.path} does not exist in ${d.rev}; paths after ':' are relative to the repository root (write ${d.rev}:./${d.path || 'plans'} for one relative to the current directory)`,
  'cli.baseline.outside': (d) => `--baseline ${d.spec}: ${d.path} is outside the repository; give a path inside it, from its root (plans) or from the current directory (./plans)`,
  'cli.baseline.git-failed': (d) => `--baseline ${d.spec}: git could not ${d.listing ? 'list' : 'read'} ${d.object} (${d.said})`,
  'cli.baseline.link-not-followed': (d) => `--baseline ${d.spec}: ${d.link} is a symbolic link to ${d.target}, ${d.reason === 'outside' ? 'outside the repository, which a git revision does not hold' : d.reason === 'missing' ? 'which that revision does not have' : 'which leads back round to itself (a loop of links)'}: the plans it leads to are not in the baseline`,
  'cli.baseline.no-plans': (d) => `--baseline ${d.spec}: no plan files (*.yaml, *.yml) in ${d.object}`,
  'cli.baseline.too-large': (d) => `--baseline ${d.spec}: ${d.object} is ${d.megabytes} MB, more than milepel reads at once (${d.limit} MB in all); give a smaller baseline`,
  'cli.baseline.no-git': (d) => `--baseline ${d.spec}: git is not installed or not on PATH; install git, or give a baseline plan file or directory`,
  'cli.baseline.git-error': (d) => `--baseline ${d.spec}: could not run git (${d.code})`,
  'cli.baseline.no-milestones': (d) => `--baseline ${d.spec} holds no milestones, so every milestone would be compared with its own planned date: give the plans folder or a plan file at that revision`,
  'cli.baseline.broken': (d) => `the baseline ${d.spec} has errors in ${list(d.files)}, listed after the report; milestones that could not be read there are compared with their planned dates, as milestones missing from the baseline are, so their slips may be wrong: fix the file at that revision, or give a baseline that reads`,
  'cli.baseline.no-gate': (d) => `--baseline ${d.spec}: no gate ${d.ref} in the workspace${d.guess !== null ? `; did you mean gate:${d.guess}?` : d.hasGates ? '' : ' (it has no gates)'}`,
  'cli.baseline.gate-bad-rev': (d) => `--baseline ${d.spec}: gate ${d.gate}'s baseline ${d.rev} (${d.at}) is not a revision of this repository; tag the commit approved at the gate, correct its baseline, or fetch it first (in CI: git fetch origin --tags, or checkout with fetch-depth: 0)`,
  'cli.baseline.gate-no-path': (d) => `--baseline ${d.spec}: gate ${d.gate}'s baseline ${d.rev} (${d.at}) holds no ${d.path}; set the gate's baseline to the commit approved at the gate, one that has the plans`,
  'cli.baseline.gate-no-rev': (d) => `--baseline ${d.spec}: gate ${d.gate} names no baseline revision; add \`baseline: <tag or commit>\` to the gate (the plan as approved there)`,
};
