// Where an empty value's explicit tag (`forecast: !!null`) stands, so that an edit replaces the tag with the value.

/**
 * The tag of an empty tagged value: from the first `!` after the key's ':' (keyEnd: the key's end), with nothing but
 * spaces between them, to the end of its characters, with only spaces after it up to the value at `valueAt`. Undefined
 * when the text is not so laid out (the value is then edited as it is).
 */
export function tagSpan(body: string, keyEnd: number | undefined, valueAt: number): { start: number; end: number } | undefined {
  if (keyEnd === undefined) return undefined;
  const colon = body.indexOf(':', keyEnd);
  if (colon < 0 || colon >= valueAt) return undefined;
  let at = colon + 1;
  while (body[at] === ' ' || body[at] === '\t') at++;
  // A shorthand tag (`!!null`, `!local`) or a verbatim one (`!<tag:yaml.org,2002:str>`).
  const tag = /^!(?:<[^>\s]*>|[^\s,[\]{}]*)(?=[ \t]*$)/.exec(body.slice(at, valueAt));
  return tag === null ? undefined : { start: at, end: at + tag[0].length };
}
