// The subset of ajv's ErrorObject that milepel reads (the standalone validator has no types of its own).

export interface AjvError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
  /** Set on errors about a property name (inside `propertyNames`). */
  readonly propertyName?: string;
}
