// An error the user caused that stops the command: printed as one `milepel:` line, exit 2.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
