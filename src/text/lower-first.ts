/** The text with its first character lower-cased, to continue a sentence ("Plan id …" → "plan id …"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
