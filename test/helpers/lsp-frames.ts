// The messages a language server wrote on stdout, read back from their Content-Length frames (LSP base protocol):
// for tests that talk to `milepel lsp` in raw bytes, where a JSON-RPC client would correct what they send.

/** Every message in `bytes`, parsed, in order. */
export function lspMessages(bytes: Buffer): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf('\r\n\r\n', at);
    const length = Number(/Content-Length: (\d+)/.exec(bytes.toString('latin1', at, end))![1]);
    out.push(JSON.parse(bytes.toString('utf8', end + 4, end + 4 + length)));
    at = end + 4 + length;
  }
  return out;
}
