// MSPDI <PredecessorLink> → `after` entries: Type 0 FF, 1 FS, 2 SF, 3 SS; LinkLag in tenths of minutes, LagFormat says working or elapsed.
import { msg } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';
import type { LinkType } from '../plan-model.js';
import type { XerCalendar } from '../xer/calendar.js';
import type { MspdiTask, MspdiTasks } from './tasks.js';
import { children, text, type MspdiDocument, type XmlNode } from './xml.js';
import { MAX_DURATION_N } from '../../calendar/index.js';

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

export function readMspdiLinks(nodes: readonly XmlNode[], tasks: MspdiTasks, ctx: LinkContext): void {
  const byNode = new Map<XmlNode, MspdiTask>();
  for (const t of tasks.list) byNode.set(t.node, t);
  for (const node of nodes) {
    const succ = byNode.get(node);
    for (const link of children(node, 'PredecessorLink')) {
      const line = ctx.doc.lineOf(link);
      const at = line === undefined ? {} : { line };
      const named = tasks.byUid.get(text(link, 'PredecessorUID'));
      // A UID two tasks have names neither for sure: the link is left out, not given to one of them (a task after
      // another with its own UID was a link to itself).
      if (succ !== undefined && named !== undefined && named.length > 1) {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...at, activity: succ.milestone.id, message: msg('import.mspdi.link-ambiguous', { succ: succ.milestone.id, uid: text(link, 'PredecessorUID'), tasks: named.map((t) => t.milestone.id) }) });
        continue;
      }
      const pred = named?.[0];
      if (succ === undefined || pred === undefined) {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...at, message: msg('import.mspdi.link-missing-task', { pred: text(link, 'PredecessorUID'), succ: text(node, 'UID'), successorMissing: succ === undefined }) });
        continue;
      }
      const label = `${pred.milestone.id} → ${succ.milestone.id}`;
      const where = { ...at, activity: succ.milestone.id };
      if (text(link, 'CrossProject') === '1') {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: msg('import.mspdi.link-other-project', { link: label }) });
        continue;
      }
      const type = TYPES[Number(text(link, 'Type') || '1')];
      if (type === undefined || !/^\d$/.test(text(link, 'Type') || '1')) {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: msg('import.mspdi.link-type', { link: label, type: text(link, 'Type') }) });
        continue;
      }
      const tenths = Number(text(link, 'LinkLag') || '0');
      const format = Number(text(link, 'LagFormat') || '7');
      if (!Number.isFinite(tenths) || PERCENT.has(format)) {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: msg('import.mspdi.lag-form', { link: label, lag: text(link, 'LinkLag'), percent: PERCENT.has(format) }) });
        continue;
      }
      const elapsed = ELAPSED.has(format);
      const exact = tenths / 10 / (elapsed ? 24 * 60 : ctx.minutesPerDay);
      const n = Math.round(exact);
      if (Math.abs(n) > MAX_DURATION_N) {
        ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: msg('import.lag-too-long', { link: label, days: n, unit: elapsed ? 'ed' : 'd', max: MAX_DURATION_N }) });
        continue;
      }
      if (Math.abs(exact - n) > 1e-9) ctx.findings.push({ kind: 'approximated', topic: 'hours', ...where, message: msg('import.mspdi.lag-rounded', { link: label, hours: tenths / 600, exact, elapsed, days: n }) });
      succ.milestone.after.push({ id: pred.milestone.id, type, lagDays: n, ...(elapsed && n !== 0 ? { lagUnit: 'ed' as const } : {}) });
    }
  }
}
