// English texts of the `milepel:` lines about options, paths, files and the file system.
// Commander's parse errors keep commander's own English wording, which scripts may already match.
import type { CliInputMessages, PathKind } from '../data/cli-input.js';
import { quoteText } from '../../text/quote.js';
import type { CataloguePart } from '../types.js';
import { firstOf } from '../first-of.js';

const KIND: Readonly<Record<PathKind, string>> = {
  file: 'file',
  directory: 'directory',
  'FIFO (named pipe)': 'FIFO (named pipe)',
  'character device': 'character device',
  'block device': 'block device',
  socket: 'socket',
  other: 'special file',
  'special file': 'special file',
};

const list = (items: readonly string[]): string => items.join(', ');
const firstTen = (items: readonly string[]): string => firstOf(items, 10, 'en');
/** The first three of `items`, then how many more. */
const named = (items: readonly string[]): string => firstOf(items, 3, 'en');

export const cliInputEn: CataloguePart<keyof CliInputMessages> = {
  __proto__: null,
  'cli.warning': (d, f) => `warning: ${f.render(d.text)}`,
  'cli.note': (d) => `note: ${d.text}`,
  'cli.no-command': () => 'no command given: run `milepel --help` for the list of commands',
  'cli.unknown-option': (d) => `unknown option '${d.name}'${d.suggestion !== null ? ` (Did you mean ${d.suggestion}?)` : `: \`${helpOf(d.command)}\` lists the options`}`,
  'cli.unknown-command': (d) => `unknown command '${d.name}'${d.suggestion !== null ? ` (Did you mean ${d.suggestion}?)` : ': `milepel --help` lists the commands'}`,
  'cli.missing-argument': (d) => `missing required argument '${d.name}'${d.command == null ? '' : `: write it after \`milepel ${d.command}\`; \`${helpOf(d.command)}\` shows how`}`,
  'cli.option-missing-argument': (d) => `option '${d.name}' argument missing${d.command == null ? '' : `: write its value after it; \`${helpOf(d.command)}\` shows what it takes`}`,
  'cli.excess-arguments': (d, f) => `too many arguments for '${d.command}'. Expected ${f.count(d.expected, 'argument', 'arguments')} but got ${d.got}: \`${helpOf(d.command)}\` shows how to call it`,
  'cli.internal-error': (d) => `internal error: ${d.detail}\nThis is a bug in milepel ${d.version}, not in your plan. Please report it at ${d.url} with the command you ran${d.debug ? '' : ' (set MILEPEL_DEBUG=1 for the stack trace)'}.`,

  'cli.locale.unknown': (d) => `--locale ${d.flag} is not supported: use nb or en`,
  'cli.width.bad': (d) => `--width ${d.flag} is not a width: use a whole number of columns from 40 to 1000`,
  'cli.date.nonexistent': (d, f) => `${d.flag} ${f.render(d.problem)}`,
  'cli.today.bad': (d) => `--today ${quoteText(d.text)} is not a date: use YYYY-MM-DD or DD.MM.YYYY (e.g. 2019-09-01 or 01.09.2019)`,
  'cli.format.missing': (d) => `option '${d.name}' argument missing: write ${d.allowed.length === 1 ? d.allowed[0] : `one of ${list(d.allowed)}`} after it`,
  'cli.format.unknown': (d) => `--format ${d.format}: ${d.command} has no format ${d.format}; use one of ${list(d.allowed)}`,
  'cli.plan.unknown': (d) => `--plan ${d.plan}: no such plan in the workspace${d.nearest !== null ? `; did you mean ${d.nearest}?` : ''}${d.known.length > 0 ? ` (plans: ${firstTen(d.known)})` : ''}`,
  'cli.xlsx.terminal': (d) => `${d.command} --format xlsx writes a binary workbook: redirect it to a file (milepel ${d.command} --format xlsx > ${d.command}.xlsx)`,
  'cli.step-summary.not-regular': (d) => `cannot write the step summary GITHUB_STEP_SUMMARY=${d.file}: it is a ${KIND[d.kind]}, not a regular file; point the variable at a file (GitHub Actions sets it to one) or unset it`,
  'cli.step-summary.unwritable': (d, f) => `cannot write the step summary GITHUB_STEP_SUMMARY=${d.file} (${f.render(d.reason)}); unset the variable or make the file writable`,

  'cli.path.missing': (d) => `${d.path}: no such file or directory${!d.defaulted ? '' : d.here === true ? ' (with no path given, milepel reads ./plans; this folder holds plan files itself: give it as the path, `.`)' : ' (with no path given, milepel reads ./plans; run `milepel init` to create it)'}${d.near === undefined ? '' : `; did you mean ${d.near}?`}`,
  'cli.path.special': (d) => `${d.path}: is a ${KIND[d.kind]}, not a plan file; give a .yaml file or a directory`,
  'cli.path.no-plans': (d) => `no plan files (*.yaml, *.yml) found in ${list(d.paths)}`,
  'cli.path.no-plans-skipped': (d, f) => `no plan files (*.yaml, *.yml) found in ${list(d.paths)}: ${f.render(d.skipped)}${d.more > 0 ? ` (and ${d.more} more skipped)` : ''}`,
  'cli.path.symlink-loop': (d) => `${d.path}: is a symbolic link loop (ELOOP: the link leads back to itself); point it at a plan file or remove it`,
  'cli.path.broken-link': (d) => `${d.path}: cannot be read: ${d.loop ? `it is a symbolic link loop (it points at ${d.target ?? '?'}, which leads back to it: ELOOP)` : `it is a symbolic link to ${d.target ?? '?'}${d.end === null ? '' : `, a link whose chain ends at ${d.end}`}, which does not exist`}; remove it or point it at a plan file or a directory of plan files`,
  'cli.dir.unreadable': (d, f) => `${d.path}: cannot read directory (${f.render(d.reason)})`,
  'cli.file.not-regular': (d) => `${d.path}: not a regular file; give a .yaml file or a directory`,
  'cli.file.unreadable': (d, f) => `${d.path}: cannot read file (${f.render(d.reason)})`,
  'cli.too-large': (d) => `${d.total ? `the plan files up to ${d.file} are ${d.megabytes} MB,` : `${d.file}: ${d.megabytes} MB is`} more than milepel reads at once (${d.limit} MB); split the plans, or validate them in parts`,
  'cli.walk.non-utf8-name': (d) => `${d.path}: skipped: the name is not valid UTF-8; rename it`,
  'cli.walk.link-loop': (d) => `${d.path}: skipped: a symbolic link to a directory already read (a loop)`,
  'cli.walk.broken-link': (d, f) => `${d.path}: cannot read this plan file: ${d.loop ? `it is a symbolic link loop (it points at ${d.target ?? '?'}, which leads back to it: ELOOP)` : `it is a symbolic link to ${d.target ?? '?'}${d.end === null ? '' : `, a link whose chain ends at ${d.end}`}, which does not exist`}; remove it or point it at a plan file${d.more > 0 ? ` (and ${f.count(d.more, 'more such link', 'more such links')})` : ''}`,
  'cli.walk.special': (d) => `${d.path}: skipped: a ${KIND[d.kind]}, not a plan file`,

  'cli.fs.permission': () => 'permission denied',
  'cli.fs.is-directory': () => 'is a directory',
  'cli.fs.in-the-way': () => 'a file is in the way of the directory',
  'cli.fs.in-the-way-at': (d) => `${d.path} is a file where a directory is to be made`,
  'cli.fs.exists-at': (d) => `${d.path} already exists`,
  'cli.fs.directory-at': (d) => `${d.path} is a directory where a file is to be written; move it aside`,
  'cli.fs.dangling-link': (d) => `a symbolic link to ${d.target}, which does not exist, is in the way of the directory: remove the link or make its target`,
  'cli.fs.no-space': () => 'no space left on the device',
  'cli.fs.read-only': () => 'read-only file system',
  'cli.fs.busy': () => 'the file is busy or a mount point: a file mounted on its own (a container\'s bind mount) cannot be replaced; mount its folder instead',
  'cli.fs.too-big': () => 'the file would pass the largest size allowed (ulimit -f or the file system\'s)',
  'cli.fs.name-too-long': () => 'the name is too long for the file system',
  'cli.fs.missing': () => 'no such file or directory',
  'cli.fs.not-open': () => 'it is not open for writing',
  'cli.fs.other': (d) => d.code,
  'cli.output-failed': (d, f) => `cannot write to standard output: ${f.render(d.reason)}${d.reason.id === 'cli.fs.other' ? '' : ` (${d.code})`}; ${d.written.length > 0 ? `what this run wrote stays written (${named(d.written)}), only its report is cut short` : 'nothing more is written'}: send the output where it can be written${d.code === 'ENOSPC' || d.code === 'EDQUOT' ? ', or free the space' : ''}`,
  'cli.interrupted': (d) => `interrupted (${d.signal}); temporary and lock files removed, nothing more written`,
};

/** The help command for `command`'s options (milepel's own when null). */
function helpOf(command: string | null): string {
  return command === null ? 'milepel --help' : `milepel ${command} --help`;
}
