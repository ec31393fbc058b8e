// The keys `set` writes and the keys beside which it writes them: one list for the edit (set-field.ts), the model it
// patches (patched-model.ts) and the skeleton that leaves every key `set` reads as written (block-skeleton.ts).

/** The keys `set` writes (SPEC §7). */
export const SETTABLE_KEYS = ['forecast', 'actual', 'status'] as const;
export type SettableKey = (typeof SETTABLE_KEYS)[number];

/** Where an inserted key goes: after the first of these siblings present, else after the last key. */
export const INSERT_AFTER: Readonly<Record<string, readonly string[]>> = {
  forecast: ['date'],
  actual: ['forecast', 'date'],
  status: ['responsible', 'progress', 'actual', 'forecast', 'date'],
};

/** Keys whose quoting an inserted value copies (a file that quotes its dates keeps doing so). */
export const STYLE_FROM: Readonly<Record<string, string>> = { forecast: 'date', actual: 'date' };

/** Every key whose value or position `set` reads: the milestone's id, the keys it writes, their siblings above. */
export const KEYS_READ_BY_SET: ReadonlySet<string> = new Set(['id', ...SETTABLE_KEYS, ...Object.values(INSERT_AFTER).flat(), ...Object.values(STYLE_FROM)]);
