// Regular expressions made when first used, not as their module loads (issue #18).

/**
 * The regular expression `make` returns, made on the first call and the same object after (a `g` or `y` one keeps its
 * lastIndex between calls, as a module constant would). V8 parses a pattern when the RegExp is made, and a `\p{…}`
 * class makes it build ICU's set of that property: about 1 M instructions each, which every module-level constant
 * cost every run that loaded its module (seven of them were 5 % of a `validate` on the shipped plans, measured with
 * valgrind cachegrind), though most serve hints for input a run seldom has.
 */
export function onFirstUse(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
