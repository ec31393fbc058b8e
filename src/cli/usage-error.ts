// An error the user caused that stops the command: printed as one `milepel:` line, exit 2.
import { renderMessage, type Locale, type Message } from '../messages/index.js';

export class UsageError extends Error {
  /** The message as an id and data, when it has one: printed in the locale of the run. */
  readonly detail: Message | undefined;

  constructor(message: string | Message) {
    super(typeof message === 'string' ? message : renderMessage(message));
    this.name = 'UsageError';
    this.detail = typeof message === 'string' ? undefined : message;
  }

  /** The text in `locale` (English for a message written as plain text). */
  textIn(locale: Locale): string {
    return this.detail === undefined ? this.message : renderMessage(this.detail, locale);
  }
}
