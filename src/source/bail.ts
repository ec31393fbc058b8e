// The fast YAML path's answer for "not sure: leave this text to the full parser".
export const BAIL = Symbol('bail');
export type Bail = typeof BAIL;
