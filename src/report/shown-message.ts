// A finding's message as the machine formats write it: rendered, with the control and bidi characters that plan
// text, paths or arguments put in it shown as escapes, as text output shows them (SPEC §15).
import { renderMessage, type Locale, type Message } from '../messages/index.js';
import { escapeControl } from './safe-text.js';
import { showInvisible } from '../text/invisible.js';

/**
 * `m` in `locale`, every unsafe character (report/safe-text.ts: C0, C1, bidi, a lone surrogate) written as its
 * visible escape (`\x1b`, `\n`, `\u202e`). SPEC §15: "Messages never pass raw C0 or C1 control characters … from
 * arguments, paths or plan text" — JSON and SARIF wrote an unknown key's name and an invalid id raw, so a decoded
 * message could clear a terminal or start a line with `::` in a CI log (tester round 9 #3). Data fields (file paths,
 * refs) keep their exact text: the JSON writers encode what a terminal acts on as `\uXXXX`.
 */
export function shownMessage(m: Message, locale: Locale): string {
  // Characters that do not show (a zero-width space, a no-break space) too, as quoted values show them: an id pasted
  // with one read `A is overdue` of a milestone no `A` finds (tester round 72 F7).
  return showInvisible(escapeControl(renderMessage(m, locale)));
}
