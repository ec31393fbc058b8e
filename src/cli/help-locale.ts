// commander's help in the run's locale (SPEC §15: every text output follows --locale / LANG): the titles, each
// command's, option's and argument's description, and the example comments. English stays commander's own output.
import type { Command, Help, Option, Argument } from 'commander';
import { helpTextNb, helpTitlesNb, usageWordsNb } from '../messages/nb/help.js';
import type { Locale } from '../messages/index.js';

/** The help text in the locale; an English text without a Norwegian entry stays English (the test lists them). */
function translate(text: string, locale: Locale): string {
  return locale === 'nb' ? helpTextNb(text) ?? text : text;
}

/**
 * A usage line or a command's term in the list of commands with commander's own placeholders in the locale
 * (`milepel validate [valg] [paths...]`); the names of arguments stay as the argument lists show them.
 */
function translateUsage(usage: string): string {
  const words = usageWordsNb();
  return usage.split(' ').map((word) => words.get(word) ?? word).join(' ');
}

/**
 * Sets the help formatting of `program` for `locale`; call it before adding subcommands, which inherit it.
 * Only `nb` changes anything: descriptions come from the catalogue, `(default: x)` reads `(standard: x)`, and
 * commander's `[options]` and `[command]` in usage lines read `[valg]` and `[kommando]`. The usage goes through the
 * style hooks, which commander also measures the column of the command list with (they only colour by default, and
 * milepel colours no help).
 */
export function localizeHelp(program: Command, locale: Locale): void {
  if (locale === 'en') return;
  program.configureHelp({
    styleTitle: (title: string) => helpTitlesNb().get(title) ?? title,
    commandDescription: (cmd: Command) => translate(cmd.description(), locale),
    subcommandDescription: (cmd: Command) => translate(cmd.summary() || cmd.description(), locale),
    optionDescription(this: Help, option: Option) {
      const own = translate(option.description, locale);
      const shown = option.defaultValue !== undefined && (option.required || option.optional) ? ` (standard: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)})` : '';
      return `${own}${shown}`;
    },
    argumentDescription: (argument: Argument) => translate(argument.description, locale),
    styleUsage: translateUsage,
    styleSubcommandTerm: translateUsage,
  });
}

/** The help epilogue: real command lines, each with an optional comment after two or more spaces. */
export function examples(locale: Locale, ...lines: readonly string[]): string {
  const shown = lines.map((line) => {
    const m = /^(.*?\S)(\s{2,})(\S.*)$/.exec(line);
    return m ? `${m[1]}${m[2]}${translate(m[3]!, locale)}` : line;
  });
  return `\n${locale === 'nb' ? 'Eksempler:' : 'Examples:'}\n${shown.map((line) => `  ${line}\n`).join('')}`;
}
