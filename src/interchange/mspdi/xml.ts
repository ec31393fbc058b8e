// MS Project XML text → a checked element tree (fast-xml-parser), each element's 1-based source line on demand.
import { msg, msg0 } from '../../messages/index.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UnreadableInput } from '../finding.js';

/** An element: child elements by name (arrays for the repeated ones), text as strings. */
export type XmlNode = { readonly [name: string]: XmlValue };
export type XmlValue = string | XmlNode | readonly XmlNode[];

const REPEATED = new Set(['Task', 'PredecessorLink', 'Calendar', 'WeekDay', 'WorkingTime', 'Exception', 'Baseline', 'Assignment', 'Resource', 'ExtendedAttribute', 'TimephasedData']);
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export interface MspdiDocument {
  readonly project: XmlNode;
  /** 1-based line of an element of the tree. */
  readonly lineOf: (node: XmlNode) => number | undefined;
}

export function readMspdi(text: string): MspdiDocument {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trimStart().startsWith('<')) throw new UnreadableInput(msg0('import.unreadable.not-xml'));
  // Entity declarations are how XML bombs and external reads work; MS Project never writes them.
  if (/<!ENTITY/i.test(body)) throw new UnreadableInput(msg0('import.unreadable.xml-entities'));
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    // The validator lists unclosed elements as "Invalid '[\"Project\",\"Tasks\"]' found": a truncated file.
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(valid.err.msg)?.[1]?.match(/"[^"]*"/g)?.map((n) => n.slice(1, -1));
    throw new UnreadableInput(unclosed !== undefined
      ? msg('import.unreadable.xml-truncated', { open: unclosed })
      : msg('import.unreadable.xml-malformed', { line: valid.err.line, column: valid.err.col, reason: valid.err.msg }));
  }
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, captureMetaData: true, isArray: (name) => REPEATED.has(name), processEntities: true });
  const tree = parser.parse(body) as Record<string, unknown>;
  const project = tree['Project'];
  if (project === undefined || typeof project !== 'object' || project === null) throw new UnreadableInput(msg0('import.unreadable.not-project'));
  if (!/<Project[^>]*xmlns\s*=\s*["']http:\/\/schemas\.microsoft\.com\/project["']/.test(body)) throw new UnreadableInput(msg0('import.unreadable.not-project-namespace'));
  const breaks: number[] = [];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) breaks.push(i);
  return {
    project: project as XmlNode,
    lineOf: (node) => {
      const at = (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex;
      if (at === undefined) return undefined;
      let lo = 0;
      let hi = breaks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((breaks[mid] ?? 0) < at) lo = mid + 1;
        else hi = mid;
      }
      return lo + 1;
    },
  };
}

export function text(node: XmlNode | undefined, name: string): string {
  const v = node?.[name];
  return typeof v === 'string' ? v : '';
}

export function children(node: XmlNode | undefined, name: string): readonly XmlNode[] {
  const v = node?.[name];
  if (v === undefined || typeof v === 'string') return [];
  return Array.isArray(v) ? (v as readonly XmlNode[]) : [v as XmlNode];
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}
