// Test helpers: analyse inline YAML plans and read the schedule back by ref, with dates as text.
import { analyze, STRUCTURAL_RULES, type Analysis } from '../../src/analyze.js';
import { formatDay } from '../../src/calendar/index.js';
import { shownLatest } from '../../src/schedule/date-range.js';

export interface Row {
  readonly projected: string;
  readonly latest: string;
  readonly float: number;
  readonly driver: string | null;
  readonly critical: boolean;
}

export interface Scheduled {
  readonly analysis: Analysis;
  readonly row: (ref: string) => Row;
  readonly paths: () => string[][];
  readonly order: () => string[];
  /** Structural diagnostics (schema, cycles, …): the schedule's own findings are left out. */
  readonly rules: () => string[];
}

/** Analyses `files` (path → YAML text) and gives the schedule by milestone ref. */
export function scheduleOf(files: Readonly<Record<string, string>>): Scheduled {
  const analysis = analyze(Object.entries(files).map(([file, text]) => ({ file, text })), { today: 0, clockToday: 0 });
  const { workspace: ws, schedule: s } = analysis;
  const refOf = (i: number): string => ws.milestones[i]!.ref;
  return {
    analysis,
    row: (ref) => {
      const i = ws.milestoneIndex.get(ref);
      if (i === undefined) throw new Error(`no milestone ${ref}; diagnostics: ${analysis.diagnostics.map((d) => d.message).join('; ')}`);
      const driver = s.driver[i]!;
      return {
        projected: formatDay(s.projected[i]!),
        // As outputs show it (schedule/date-range.ts shownLatest).
        latest: formatDay(shownLatest(s, i)!),
        float: s.float[i]!,
        driver: driver >= 0 ? refOf(driver) : null,
        critical: s.critical[i] === 1,
      };
    },
    paths: () => s.paths.map((p) => p.milestones.map(refOf)),
    order: () => [...analysis.graph.order].map(refOf),
    rules: () => analysis.diagnostics.filter((d) => STRUCTURAL_RULES.has(d.rule)).map((d) => d.rule),
  };
}

/** A plan file: header lines (already indented by two) and flow-style milestone lines. */
export function planYaml(id: string, header: string, milestones: readonly string[]): string {
  return [`plan:`, `  id: ${id}`, `  title: Plan ${id}`, ...(header ? [header] : []), 'milestones:', ...milestones.map((m) => `  - ${m}`), ''].join('\n');
}
