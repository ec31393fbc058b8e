// Publishing the language server's findings (SPEC §14): a group scheduled for analysis is analysed once a turn of the
// event loop brings no further change, once however often it was scheduled, and only the files whose findings
// changed are sent again.
import { diagnosticsUpdate, type PublishedFile } from './diagnostics.js';
import type { ServerState } from './server-state.js';

/**
 * The function that schedules a group's analysis: every group scheduled until a turn of the event loop passes without
 * a change is analysed then and its diagnostics published (a failure is logged, never thrown: ServerState.guard).
 */
export function createScheduler(state: ServerState): (group: string) => void {
  const { connection, ws, touched, guard, outsideAnalysis } = state;
  /** Per group: each URI's findings as last published (see diagnosticsUpdate). */
  const published = new Map<string, Map<string, PublishedFile>>();
  const pending = new Set<string>();
  let flushing = false;
  /** Changes scheduled so far, and as many as the publish waiting had seen when it last looked. */
  let scheduled = 0;
  let seen = -1;

  // Only the files whose findings changed are sent again (and the touched ones): on 10,000 milestones most keep theirs.
  const publish = (): void => {
    // The connection hands the server one message a turn: a turn that brought another change (keystrokes that queued
    // up while an analysis ran) means more may be waiting. Analysed only after a turn without one, each burst is
    // analysed once, not a keystroke at a time with the backlog growing (tester round 42 F3: on 10,000 milestones
    // the last of a run of keystrokes 30 ms apart got its findings 3.5 s after it).
    if (seen !== scheduled) {
      seen = scheduled;
      setImmediate(publish);
      return;
    }
    flushing = false;
    for (const group of [...pending]) {
      pending.delete(group);
      guard('analysis', undefined, () => {
        const before = published.get(group) ?? new Map<string, PublishedFile>();
        const update = ws.files(group).length > 0 ? diagnosticsUpdate(ws, group, ws.analysis(group), state.settings.locale, before, touched) : undefined;
        if (update === undefined) ws.forget(group);
        const keys = update?.files ?? new Map<string, PublishedFile>();
        // The URIs no longer published are emptied first: a file the client opened under another spelling of its URI
        // than the disk's moves to that spelling, and a client that takes both for one file keeps the later list.
        for (const uri of before.keys()) if (!keys.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: outsideAnalysis(uri) });
        for (const [uri, diagnostics] of update?.send ?? []) void connection.sendDiagnostics({ uri, diagnostics });
        published.set(group, keys);
      });
    }
    touched.clear();
  };
  const schedule = (group: string): void => {
    pending.add(group);
    scheduled++;
    if (!flushing) {
      flushing = true;
      setImmediate(publish);
    }
  };
  return schedule;
}
