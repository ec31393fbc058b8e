// MSPDI <PredecessorLink> → `after` entries: Type 0 FF, 1 FS, 2 SF, 3 SS; LinkLag in tenths of minutes, LagFormat says working or elapsed.
import type { ImportFinding } from '../finding.js';
import type { LinkType } from '../plan-model.js';
import type { XerCalendar } from '../xer/calendar.js';
import type { MspdiTask } from './tasks.js';
import { children, text, type MspdiDocument, type XmlNode } from './xml.js';

const TYPES: readonly LinkType[] = ['FF', 'FS', 'SF', 'SS'];
/** LagFormat codes of elapsed units (em, eh, ed, ew, emo, and their estimated variants). */
const ELAPSED = new Set([4, 6, 8, 10, 12, 36, 38, 40, 42, 44]);
const PERCENT = new Set([19, 20, 51, 52]);

export interface LinkContext {
  readonly doc: MspdiDocument;
  readonly planCalendar: XerCalendar;
  readonly minutesPerDay: number;
  readonly findings: ImportFinding[];
}

export function readMspdiLinks(nodes: readonly XmlNode[], tasks: ReadonlyMap<string, MspdiTask>, ctx: LinkContext): void {
  for (const node of nodes) {
    const succ = tasks.get(text(node, 'UID'));
    for (const link of children(node, 'PredecessorLink')) {
      const line = ctx.doc.lineOf(link);
      const at = line === undefined ? {} : { line };
      const pred = tasks.get(text(link, 'PredecessorUID'));
      if (succ === undefined || pred === undefined) {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...at, message: `link from task UID ${text(link, 'PredecessorUID')} to task UID ${text(node, 'UID')}: ${succ === undefined ? 'the successor' : 'the predecessor'} is a summary task or not in the file; left out` });
        continue;
      }
      const label = `link ${pred.milestone.id} → ${succ.milestone.id}`;
      const where = { ...at, activity: succ.milestone.id };
      if (text(link, 'CrossProject') === '1') {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: `${label}: a link to another project; left out` });
        continue;
      }
      const type = TYPES[Number(text(link, 'Type') || '1')];
      if (type === undefined || !/^\d$/.test(text(link, 'Type') || '1')) {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: `${label}: unknown link type "${text(link, 'Type')}" (MS Project has 0 FF, 1 FS, 2 SF, 3 SS); left out` });
        continue;
      }
      const tenths = Number(text(link, 'LinkLag') || '0');
      const format = Number(text(link, 'LagFormat') || '7');
      if (!Number.isFinite(tenths) || PERCENT.has(format)) {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: `${label}: lag "${text(link, 'LinkLag')}" in ${PERCENT.has(format) ? 'percent of the predecessor\'s duration' : 'an unknown form'} cannot be written; the link was left out` });
        continue;
      }
      const elapsed = ELAPSED.has(format);
      const exact = tenths / 10 / (elapsed ? 24 * 60 : ctx.minutesPerDay);
      const n = Math.round(exact);
      if (Math.abs(exact - n) > 1e-9) ctx.findings.push({ kind: 'approximated', topic: 'hours', ...where, message: `${label}: lag of ${tenths / 600} h is ${Math.round(exact * 100) / 100} ${elapsed ? 'calendar' : 'working'} days; rounded to ${n}` });
      succ.milestone.after.push({ id: pred.milestone.id, type, lagDays: n, ...(elapsed && n !== 0 ? { lagUnit: 'ed' as const } : {}) });
    }
  }
}
