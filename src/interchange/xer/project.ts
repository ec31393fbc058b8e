// The PROJECT, CALENDAR and PROJWBS tables: one entry per project, the calendars by id, and each WBS node's path of names.
import { msg } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';
import { parseXerCalendar, type XerCalendar } from './calendar.js';
import { cell, type XerRow, type XerTable } from './tables.js';

export interface XerProject {
  readonly id: string;
  readonly shortName: string;
  readonly line: number;
  readonly row: XerRow;
  readonly table: XerTable;
}

export function readProjects(table: XerTable | undefined): XerProject[] {
  if (table === undefined) return [];
  return table.rows.map((row) => ({ id: cell(table, row, 'proj_id'), shortName: cell(table, row, 'proj_short_name'), line: row.line, row, table }));
}

export interface XerCalendarEntry {
  readonly calendar: XerCalendar;
  readonly line: number;
}

export function readCalendars(table: XerTable | undefined): Map<string, XerCalendarEntry> {
  const out = new Map<string, XerCalendarEntry>();
  if (table === undefined) return out;
  for (const row of table.rows) {
    const id = cell(table, row, 'clndr_id');
    const cal = parseXerCalendar(id, cell(table, row, 'clndr_name'), cell(table, row, 'clndr_data'), Number(cell(table, row, 'day_hr_cnt')));
    out.set(id, { calendar: cal, line: row.line });
  }
  return out;
}

export interface WbsTree {
  /** wbs_id → the names of its summary nodes, outermost first, without the project's own node. */
  readonly pathOf: (wbsId: string) => readonly string[];
}

/** Names of WBS nodes up to the project node; a parent loop (a broken file) stops the walk and is reported once. */
export function readWbs(table: XerTable | undefined, findings: ImportFinding[]): WbsTree {
  const nodes = new Map<string, { parent: string; name: string; isProject: boolean; line: number }>();
  if (table !== undefined) {
    for (const row of table.rows) {
      nodes.set(cell(table, row, 'wbs_id'), {
        parent: cell(table, row, 'parent_wbs_id'),
        name: cell(table, row, 'wbs_name') || cell(table, row, 'wbs_short_name'),
        isProject: cell(table, row, 'proj_node_flag') === 'Y',
        line: row.line,
      });
    }
  }
  const memo = new Map<string, readonly string[]>();
  const reported = new Set<string>();
  return {
    pathOf: (wbsId) => {
      const known = memo.get(wbsId);
      if (known !== undefined) return known;
      const names: string[] = [];
      const seen = new Set<string>();
      for (let id = wbsId, node = nodes.get(id); node !== undefined && !node.isProject; id = node.parent, node = nodes.get(id)) {
        if (seen.has(id)) {
          if (!reported.has(id)) findings.push({ kind: 'approximated', topic: 'wbs', line: node.line, message: msg('import.xer.wbs-cycle', { name: node.name }) });
          reported.add(id);
          break;
        }
        seen.add(id);
        names.push(node.name);
      }
      const path = names.reverse();
      memo.set(wbsId, path);
      return path;
    },
  };
}

/** The project's name: its WBS root node's name, else its short name. */
export function projectTitle(table: XerTable | undefined, project: XerProject): string {
  if (table !== undefined) {
    for (const row of table.rows) {
      if (cell(table, row, 'proj_id') === project.id && cell(table, row, 'proj_node_flag') === 'Y') {
        const name = cell(table, row, 'wbs_name');
        if (name !== '') return name;
      }
    }
  }
  return project.shortName || `P6 project ${project.id}`;
}
