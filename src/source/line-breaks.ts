// Line breaks as YAML 1.2 reads them (§5.4, production [28] b-break: CR LF, CR or LF). The yaml library and the fast
// path know only LF and CR LF, so a file saved with old Mac line ends (CR alone) read as one long line with stray
// CRs (issue #11). Both parser paths read the text with each lone CR as LF: the same length, so every offset, line
// and column they find is the one in the file as it is on disk, which is never changed (`set` keeps its CRs).

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

/** `text` with every CR that is not followed by LF replaced by LF; the text itself when it has none. */
export function normalizeLoneCr(text: string): string {
  return text.includes('\r') && LONE_CR.test(text) ? text.replace(LONE_CR_ALL, '\n') : text;
}

/** The offset at which each line starts (0 first), lines ending at CR LF, CR or LF. */
export function lineStarts(text: string): number[] {
  const lf = normalizeLoneCr(text);
  const starts = [0];
  for (let i = lf.indexOf('\n'); i >= 0; i = lf.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The lines of a text, split at CR LF, CR or LF, without their breaks. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The text with every character but line breaks (LF, CR LF) a space: the same length, the same lines. */
export function blank(text: string): string {
  let out = '';
  for (let start = 0; start < text.length; ) {
    const lf = text.indexOf('\n', start);
    const next = lf < 0 ? text.length : lf + 1;
    const end = lf < 0 ? text.length : lf > start && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    out += ' '.repeat(end - start) + text.slice(end, next);
    start = next;
  }
  return out;
}
