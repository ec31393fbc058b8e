// The key the language server keeps a document under: a file once however the client percent-encodes its URI.
import { pathToFileURL } from 'node:url';
import { pathOfUri } from './params.js';

/**
 * The key of a document: a `file:` URI in the one spelling Node gives its path, so `Planer%20%282026%29` (VS Code),
 * `FoU%20%26%20drift` (Neovim) and `Planer%20(2026)` (Node) name one file; any other URI as it is.
 */
export function uriKey(uri: string): string {
  const path = pathOfUri(uri);
  return path === undefined ? uri : pathToFileURL(path).href;
}
