// guardWorkflowCommands tries only the lines that hold `::`; it must escape exactly the lines that the multiline
// regular expression of SPEC §15's guard (a line start, whitespace and colour codes, then `::`) escapes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardWorkflowCommands } from '../../src/report/safe-text.js';

/** The guard as a single multiline regular expression: the reference the line-by-line search must agree with. */
// eslint-disable-next-line no-control-regex -- colour codes (ESC [ … m) are part of what the guard skips
const reference = (text: string): string => text.replace(/^([ \t\f\v]*(?:\x1b\[[0-9;]*m[ \t]*)*)::/gm, '$1\u200b::');

/** Texts made of the pieces that matter: colons, line ends of every kind, blanks, colour codes and letters. */
const pieces = fc.constantFrom(':', '::', '\n', '\r', '\r\n', '\u2028', '\u2029', ' ', '\t', '\f', '\v', '\x1b[31m', '\x1b[0;1m', '\x1b[', 'm', 'a', 'ø', '0');
const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

describe('guardWorkflowCommands', () => {
  it('escapes the same lines as the multiline regular expression', () => {
    fc.assert(fc.property(texts, (text) => guardWorkflowCommands(text) === reference(text)), { numRuns: 20_000 });
  });

  it('escapes a command after a colour code and after each kind of line end, and leaves `::` inside a line', () => {
    const text = '::error::a\n  \x1b[1m::warning::b\r::c\u2028::d\u2029x::y\r\n::e';
    expect(guardWorkflowCommands(text)).toBe('\u200b::error::a\n  \x1b[1m\u200b::warning::b\r\u200b::c\u2028\u200b::d\u2029x::y\r\n\u200b::e');
  });
});
