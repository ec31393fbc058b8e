// MSPDI duration format codes (DurationFormat, LagFormat), as Microsoft's MSPDI schema documents them: 3 m, 4 em,
// 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo, 12 emo, 19 %, 20 e%, 21 null; the "estimated" variants (m? … e%?) are the
// same codes + 32. The value beside them (Duration `PT…H…M…S`, LinkLag in tenths of minutes) is always the time
// itself: working time for the working units, 24-hour days of calendar time for the elapsed ones.

/** The code without its "estimated" flag (35–52 → 3–20). */
function plainFormat(code: number): number {
  return code >= 35 && code <= 52 ? code - 32 : code;
}

/** Whether a DurationFormat / LagFormat code is elapsed time (em, eh, ed, ew, emo, estimated or not). */
export function isElapsedFormat(code: number): boolean {
  const plain = plainFormat(code);
  return plain === 4 || plain === 6 || plain === 8 || plain === 10 || plain === 12;
}

/** Whether a code is elapsed weeks (ew or ew?). */
export function isElapsedWeeksFormat(code: number): boolean {
  return plainFormat(code) === 10;
}

/** Whether a code is a percentage (%, e%, estimated or not), which is no length of time. */
export function isPercentFormat(code: number): boolean {
  const plain = plainFormat(code);
  return plain === 19 || plain === 20;
}
