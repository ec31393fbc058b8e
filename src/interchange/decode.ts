// Bytes of a foreign file → text: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252 (P6's default code page).

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

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
    const parts: string[] = [];
    // In chunks: String.fromCharCode over a user-sized array would overflow the stack.
    for (let at = 0; at < bytes.length; at += 8192) {
      const chunk = bytes.subarray(at, at + 8192);
      const codes = new Array<number>(chunk.length);
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i] ?? 0;
        codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
      }
      let text = '';
      for (const c of codes) text += String.fromCharCode(c);
      parts.push(text);
    }
    return { text: parts.join(''), encoding: 'windows-1252' };
  }
}
