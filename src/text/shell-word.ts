// A path as a word of a POSIX shell command line, for the commands milepel suggests (`Next: milepel validate …`).

/** Characters a shell reads as part of a plain word anywhere in it: a word of only these needs no quotes. */
const PLAIN_WORD = /^[A-Za-z0-9_./:@%+=,-]+$/;

/**
 * `text` as one word of a POSIX shell (sh, bash, zsh): as it is when every character is plain, else in single quotes,
 * a quote inside written '\'' (POSIX.1-2017 XCU 2.2.2). A tester pasted `milepel validate ws 🚀/æøå` and ran two
 * words. Control characters are the caller's to escape (report/safe-text.ts) before the text is shown.
 */
export function shellWord(text: string): string {
  if (text !== '' && PLAIN_WORD.test(text)) return text;
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** A path as a shell word that a command reads as a path: one starting with `-` gets `./` (it would be an option). */
export function pathWord(path: string): string {
  return shellWord(path.startsWith('-') ? `./${path}` : path);
}
