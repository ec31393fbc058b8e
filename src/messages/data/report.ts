// The data of the words validate's formatters put around the findings: severity labels, note and hint labels, the summary.

type Empty = Readonly<Record<never, never>>;

export interface ReportMessages {
  'validate.error': Empty;
  'validate.warning': Empty;
  'validate.note': Empty;
  'validate.hint': Empty;
  /** `and 2,990 more notes (the text report lists them)`: the notes a CI annotation leaves out. */
  'validate.more-notes': { count: number };
  /** `3 errors, 14 warnings in 3 files`: every file of the workspace is counted. */
  'validate.summary': { errors: number; warnings: number; files: number };
  /** `3 files checked, no problems`. */
  'validate.clean': { files: number };
  'report.errors-summary': { errors: number; files: number };
}
