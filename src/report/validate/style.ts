// ANSI styling for the text formatter: real escape codes when colour is on, identity otherwise.

export type Paint = (text: string) => string;

export interface Style {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly red: Paint;
  readonly yellow: Paint;
  readonly green: Paint;
  readonly cyan: Paint;
  readonly blue: Paint;
}

// [open, close] SGR parameters; closing with the specific reset keeps nested styles intact.
const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  blue: [34, 39],
} as const satisfies Record<keyof Style, readonly [number, number]>;

const identity: Paint = (text) => text;

function paint([open, close]: readonly [number, number]): Paint {
  return (text) => (text === '' ? text : `\x1b[${open}m${text}\x1b[${close}m`);
}

/**
 * Styling decided by the caller, never by TTY detection, so output is deterministic.
 * Callers must escape user text (escapeControl) before painting it.
 */
export function createStyle(color: boolean): Style {
  return {
    bold: color ? paint(CODES.bold) : identity,
    dim: color ? paint(CODES.dim) : identity,
    red: color ? paint(CODES.red) : identity,
    yellow: color ? paint(CODES.yellow) : identity,
    green: color ? paint(CODES.green) : identity,
    cyan: color ? paint(CODES.cyan) : identity,
    blue: color ? paint(CODES.blue) : identity,
  };
}
