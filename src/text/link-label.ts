// How messages write a dependency's link in short: its type and, when not zero, its lag with a sign ("FS +10d",
// "SS -2d", "FF"). The same in every locale (the SPEC's own notation, §5).

/** `type` (FS/SS/FF/SF) and the lag as written (`10d`, `-2d`), or null for no lag. */
export function linkLabel(type: string, lag: string | null): string {
  return `${type}${lag === null ? '' : ` ${lag.startsWith('-') ? lag : `+${lag}`}`}`;
}
