// The columns of a milestone sheet (SPEC §10), in English or Norwegian, case-insensitive.

export type ColumnKey = 'id' | 'title' | 'date' | 'forecast' | 'actual' | 'deadline' | 'after' | 'duration' | 'responsible' | 'status';

const NAMES: ReadonlyMap<string, ColumnKey> = new Map([
  ['id', 'id'],
  ['title', 'title'], ['tittel', 'title'],
  ['date', 'date'], ['dato', 'date'],
  ['forecast', 'forecast'], ['prognose', 'forecast'],
  ['actual', 'actual'], ['faktisk', 'actual'],
  ['deadline', 'deadline'], ['frist', 'deadline'],
  ['after', 'after'], ['etter', 'after'],
  ['duration', 'duration'], ['varighet', 'duration'],
  ['responsible', 'responsible'], ['ansvarlig', 'responsible'],
  ['status', 'status'],
]);

/** The column names in English, then the Norwegian names of the same columns (id and status are the same in both). */
export const COLUMNS_EN: readonly string[] = ['id', 'title', 'date', 'forecast', 'actual', 'deadline', 'after', 'duration', 'responsible', 'status'];
export const COLUMNS_NB: readonly string[] = ['tittel', 'dato', 'prognose', 'faktisk', 'frist', 'etter', 'varighet', 'ansvarlig'];

export function columnKey(header: string): ColumnKey | undefined {
  return NAMES.get(header.trim().toLowerCase());
}
