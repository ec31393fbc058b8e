// Output formats per command, for help texts and --format defaults (the first is the default).
// Kept here so that the program can be built without loading any command's code; a test checks that
// each command accepts exactly these.

export const FORMATS = {
  validate: ['text', 'json', 'github', 'junit', 'sarif', 'gitlab'],
  'critical-path': ['text', 'json', 'xlsx'],
  meetings: ['text', 'json', 'xlsx'],
  gantt: ['text'],
  roadmap: ['text', 'json', 'xlsx'],
  slippage: ['text', 'json', 'csv', 'xlsx'],
  export: ['mermaid', 'ics', 'json', 'html', 'mspdi'],
  risk: ['text', 'json', 'html', 'xlsx'],
  health: ['text', 'json', 'github', 'sarif', 'gitlab', 'xlsx'],
  gates: ['text', 'json'],
  explain: ['text', 'json'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
