// Array helpers for reports of many rows: neither spreads the items into arguments (which overflows the stack).

/** The largest of `values` and `floor`, without spreading them into Math.max (which overflows the stack for large arrays). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Appends `items` to `target` one at a time, not as the arguments of one push (which overflows the stack for large arrays). */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
