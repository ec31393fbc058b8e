// The words a RAG status is read from (SPEC §1.3: green, yellow, red), in one place for every reader: `set --status`,
// import's status column and the schema's hint for a word the file does not take.

/**
 * Lower-cased words → the status they mean: the plan's own, the Norwegian ones with and without their letters æøå
 * (grønn, gronn, gul, rød, rod), and amber, the A of RAG, which is yellow. `set --status amber` was taken while the
 * same word in an imported sheet was dropped (tester round 27 F6).
 */
export const STATUS_WORDS: ReadonlyMap<string, 'green' | 'yellow' | 'red'> = new Map([
  ['green', 'green'], ['yellow', 'yellow'], ['red', 'red'],
  ['grønn', 'green'], ['gronn', 'green'], ['gul', 'yellow'], ['rød', 'red'], ['rod', 'red'],
  ['amber', 'yellow'],
]);
