// The element tree both MSPDI readers build (saxes in xml.ts, the common shape in xml-common.ts): records, lines, arrays.

/** An element: child elements by name (arrays for the repeated ones), text as strings. */
export type XmlNode = { readonly [name: string]: XmlValue };
export type XmlValue = string | XmlNode | readonly XmlNode[];

/**
 * How deep elements may nest, the root <Project> at depth 1: MS Project writes about 10 levels. A file nested deeper is
 * refused (import.unreadable.xml-too-deep) by both readers: saxes resolves a start tag's namespace prefix by walking
 * every open element, and 40,000 levels took 19 s (tester round 38 F10). 1,000 still let a 21 MB file of tags 999
 * deep take 16 s (tester round 41 F3); at 100 a tag costs saxes at most 100 steps.
 */
export const MAX_XML_DEPTH = 100;

/** Elements always read as arrays, even when one occurs; any other element becomes an array from its second one. */
const REPEATED = new Set(['Task', 'PredecessorLink', 'Calendar', 'WeekDay', 'WorkingTime', 'Exception', 'Baseline', 'Assignment', 'Resource', 'ExtendedAttribute', 'TimephasedData']);
/**
 * Elements whose text is kept as written, blanks around it included (unless it is all blanks, which is no text): MS
 * Project keeps a WBS code verbatim, and `A-100 ` is another code than `A-100`. Trimmed, a task whose code is `A-100 `
 * took the id A-100 from the task whose code it is, and that task was said to repeat it (IdAllocator holds a code with
 * blanks around it only after the same code written without them, as it does a sheet's id cell). A `Name` (a task's
 * title, the project's) is text as written too: milepel's own export writes a title `  indented ` as it is, and the
 * import trimmed it, so a round trip changed it without a word (tester round 66 F10); the project's `Title` likewise. Every other element's text is
 * trimmed (numbers, dates, flags).
 */
const VERBATIM: ReadonlySet<string> = new Set(['WBS', 'Name', 'Title']);

/** Whether elements named `name` (a local name of the MSPDI namespace) keep their text as written (VERBATIM). */
export function isVerbatim(name: string): boolean {
  return VERBATIM.has(name);
}

/** An element's text as the tree holds it: as written for an element `isVerbatim` names, else trimmed; '' when blank. */
export function leafText(text: string, verbatim: boolean): string {
  const trimmed = text.trim();
  return verbatim && trimmed !== '' ? text : trimmed;
}

/** The 1-based line of an element's start tag, kept on the element (elements have no prototype, so no key clashes). */
export const LINE = Symbol('line');

/** An element being read: its name, its start line, its children so far (made at the first one) and its text. */
export interface Open {
  readonly name: string;
  readonly line: number;
  node: Record<string, unknown> | undefined;
  text: string;
}

/**
 * The prototype of every element record: empty, frozen and itself without one, so no element name reaches
 * Object.prototype. Records made by Object.create(null) were dictionaries: 135 MB more for a 100,000-task file.
 */
const ELEMENT: object = Object.freeze(Object.create(null) as object);

/** 1-based line of an element's start tag; undefined for an element read as its text. */
export function lineOf(node: XmlValue | undefined): number | undefined {
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as unknown as { [LINE]?: number })[LINE] : undefined;
}

export function newNode(line: number): Record<string, unknown> {
  const node = Object.create(ELEMENT) as Record<string | symbol, unknown>;
  node[LINE] = line;
  return node;
}

/** An element `name` read to its end: its record (text beside children under `#text`, trimmed), or its text (leafText). */
export function valueOf(element: Open, name: string): unknown {
  if (element.node === undefined) return leafText(element.text, isVerbatim(name));
  const text = element.text.trim();
  if (text !== '') element.node['#text'] = text;
  return element.node;
}

export function addChild(node: Record<string, unknown>, name: string, value: unknown): void {
  const previous = node[name];
  if (previous === undefined) node[name] = REPEATED.has(name) ? [value] : value;
  else if (Array.isArray(previous)) previous.push(value);
  else node[name] = [previous, value];
}
