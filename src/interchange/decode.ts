// Bytes of a foreign file → text: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252 (P6's default code page).

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Byte n → U+00nn for every byte (WHATWG's "latin1" label, which Node decodes as ISO-8859-1). */
const LATIN1 = new TextDecoder('latin1');
const C1 = /[\x80-\x9f]/g;

/** Windows-1252's 0x80–0x9F (Node's decoder treats the label as Latin-1 and leaves these as C1 controls); undefined bytes stay U+0080… */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Latin-1 in native code, then 0x80–0x9F remapped: a character at a time in JavaScript took 0.5 s for P6's 3 MB
    // sample file.
    const text = LATIN1.decode(bytes).replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
    return { text, encoding: 'windows-1252' };
  }
}
