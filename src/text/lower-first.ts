/** The text with its first character lower-cased, to continue a sentence ("Plan id …" → "plan id …"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A sentence (a schema `description`) as the clause of a hint: lower-cased first, its final full stop dropped, as
 * milepel's own hints end ("probability that the event occurs, more than 0 and at most 1"). An ellipsis stays.
 */
export function asClause(sentence: string): string {
  const text = lowerFirst(sentence);
  return text.endsWith('.') && !text.endsWith('..') ? text.slice(0, -1) : text;
}
