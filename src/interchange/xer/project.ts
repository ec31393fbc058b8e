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

/**
 * One entry per proj_id: a later row with a proj_id an earlier one has (files joined from two P6 databases) is left
 * out and said, since the activities naming that proj_id cannot say which project they are in; they go to the first's
 * plan, as they did without a word.
 */
export function readProjects(table: XerTable | undefined, findings: ImportFinding[]): XerProject[] {
  if (table === undefined) return [];
  const byId = new Map<string, XerProject>();
  for (const row of table.rows) {
    const project = { id: cell(table, row, 'proj_id'), shortName: cell(table, row, 'proj_short_name'), line: row.line, row, table };
    const first = byId.get(project.id);
    if (first === undefined) byId.set(project.id, project);
    else findings.push({ kind: 'approximated', topic: 'project', line: row.line, message: msg('import.xer.duplicate-project', { name: project.shortName || project.id, projId: project.id, first: first.shortName || first.id, firstLine: first.line }) });
  }
  return [...byId.values()];
}

export interface XerCalendarEntry {
  readonly calendar: XerCalendar;
  readonly line: number;
  /** A resource calendar (clndr_type CA_Rsrc), which no activity is scheduled on. */
  readonly isResource: boolean;
}

/** The calendars by clndr_id; of two rows with one clndr_id the first is kept and the later said (it was used silently). */
export function readCalendars(table: XerTable | undefined, findings: ImportFinding[]): Map<string, XerCalendarEntry> {
  const out = new Map<string, XerCalendarEntry>();
  if (table === undefined) return out;
  for (const row of table.rows) {
    const id = cell(table, row, 'clndr_id');
    const first = out.get(id);
    if (first !== undefined) {
      findings.push({ kind: 'approximated', topic: 'calendar', line: row.line, message: msg('import.xer.duplicate-calendar', { name: cell(table, row, 'clndr_name'), clndrId: id, first: first.calendar.name, firstLine: first.line }) });
      continue;
    }
    const cal = parseXerCalendar(id, cell(table, row, 'clndr_name'), cell(table, row, 'clndr_data'), Number(cell(table, row, 'day_hr_cnt')));
    out.set(id, { calendar: cal, line: row.line, isResource: cell(table, row, 'clndr_type') === 'CA_Rsrc' });
  }
  return out;
}

export interface WbsTree {
  /** wbs_id → the names of its summary nodes, outermost first, without the project's own node. */
  readonly pathOf: (wbsId: string) => readonly string[];
}

/**
 * Names of WBS nodes up to the project node; a parent loop (a broken file) stops the walk and is reported once. Of two
 * rows with one wbs_id the first is kept and the later said (its name was given to the first's activities silently).
 */
export function readWbs(table: XerTable | undefined, findings: ImportFinding[]): WbsTree {
  const nodes = new Map<string, { parent: string; name: string; isProject: boolean; line: number }>();
  if (table !== undefined) {
    for (const row of table.rows) {
      const id = cell(table, row, 'wbs_id');
      const node = {
        parent: cell(table, row, 'parent_wbs_id'),
        name: cell(table, row, 'wbs_name') || cell(table, row, 'wbs_short_name'),
        isProject: cell(table, row, 'proj_node_flag') === 'Y',
        line: row.line,
      };
      const first = nodes.get(id);
      if (first === undefined) nodes.set(id, node);
      else findings.push({ kind: 'approximated', topic: 'wbs', line: row.line, message: msg('import.xer.duplicate-wbs', { name: node.name, wbsId: id, first: first.name, firstLine: first.line }) });
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

/**
 * The calendar of a project's activities whose clndr_id is empty, as P6 schedules them: the project's own calendar
 * (PROJECT.clndr_id), else the CALENDAR row marked `default_flag` Y, else the file's one calendar that is not a
 * resource's when it holds one;
 * '' when none of these (tester round 66 F5: such activities were put on a made-up Monday–Friday, and the project's
 * holidays were lost; round 68 F7: so were they when the file's only calendar was neither the project's nor marked).
 */
export function defaultCalendarId(project: XerProject | undefined, table: XerTable | undefined, calendars: ReadonlyMap<string, XerCalendarEntry>): string {
  const own = project === undefined ? '' : cell(project.table, project.row, 'clndr_id');
  if (own !== '' && calendars.has(own)) return own;
  for (const row of table?.rows ?? []) {
    const id = cell(table!, row, 'clndr_id');
    if (cell(table!, row, 'default_flag') === 'Y' && calendars.has(id)) return id;
  }
  const activityCalendars = [...calendars].filter(([, c]) => !c.isResource);
  return activityCalendars.length === 1 ? activityCalendars[0]![0] : '';
}

/** The project's own calendar id (PROJECT.clndr_id) when it names no calendar of the file, else undefined. */
export function danglingProjectCalendar(project: XerProject | undefined, calendars: ReadonlyMap<string, unknown>): string | undefined {
  const own = project === undefined ? '' : cell(project.table, project.row, 'clndr_id');
  return own !== '' && calendars.size > 0 && !calendars.has(own) ? own : undefined;
}

/** Whether the CALENDAR row of `id` is marked `default_flag` Y. */
export function isDefaultCalendar(table: XerTable | undefined, id: string): boolean {
  return (table?.rows ?? []).some((row) => cell(table!, row, 'clndr_id') === id && cell(table!, row, 'default_flag') === 'Y');
}
