// `export --format mspdi` against Microsoft's MSPDI schema (mspdi_pj12.xsd), which MS Project checks a file against
// when it opens it (tester round 16 #1): the Project element's children in the schema's order, and texts no longer
// than the schema's maxLength.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

/**
 * The children of `<Project>` in the order of its xsd:sequence, as Microsoft publishes mspdi_pj12.xsd (the Project 2007
 * XML Data Interchange Schema, revision 2007-11-28; MicrosoftDocs/office-developer-msproject-xml-docs,
 * project-xml-data-interchange/xml-schema-for-the-project-element.md and the collections' pages). Names only.
 */
const PROJECT_SEQUENCE = [
  'SaveVersion', 'UID', 'Name', 'Title', 'Subject', 'Category', 'Company', 'Manager', 'Author', 'CreationDate', 'Revision',
  'LastSaved', 'ScheduleFromStart', 'StartDate', 'FinishDate', 'FYStartDate', 'CriticalSlackLimit', 'CurrencyDigits',
  'CurrencySymbol', 'CurrencyCode', 'CurrencySymbolPosition', 'CalendarUID', 'DefaultStartTime', 'DefaultFinishTime',
  'MinutesPerDay', 'MinutesPerWeek', 'DaysPerMonth', 'DefaultTaskType', 'DefaultFixedCostAccrual', 'DefaultStandardRate',
  'DefaultOvertimeRate', 'DurationFormat', 'WorkFormat', 'EditableActualCosts', 'HonorConstraints', 'EarnedValueMethod',
  'InsertedProjectsLikeSummary', 'MultipleCriticalPaths', 'NewTasksEffortDriven', 'NewTasksEstimated',
  'SplitsInProgressTasks', 'SpreadActualCost', 'SpreadPercentComplete', 'TaskUpdatesResource', 'FiscalYearStart',
  'WeekStartDay', 'MoveCompletedEndsBack', 'MoveRemainingStartsBack', 'MoveRemainingStartsForward',
  'MoveCompletedEndsForward', 'BaselineForEarnedValue', 'AutoAddNewResourcesAndTasks', 'StatusDate', 'CurrentDate',
  'MicrosoftProjectServerURL', 'Autolink', 'NewTaskStartDate', 'DefaultTaskEVMethod', 'ProjectExternallyEdited',
  'ExtendedCreationDate', 'ActualsInSync', 'RemoveFileProperties', 'AdminProject', 'OutlineCodes', 'WBSMasks',
  'ExtendedAttributes', 'Calendars', 'Tasks', 'Resources', 'Assignments',
];

/** The names of `<Project>`'s children, in file order. */
function projectChildren(xml: string): string[] {
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(xml) as Record<string, unknown>[];
  const project = doc.find((node) => 'Project' in node)!['Project'] as Record<string, unknown>[];
  return project.map((child) => Object.keys(child)[0]!);
}

/** Each `<Name>` and `<Title>`, and `<Company>`, as a reader gets it (entities and character references decoded). */
function texts(xml: string): { names: string[]; title: string; company: string | undefined; calendar: string } {
  const parsed = new XMLParser({ parseTagValue: false, isArray: (tag) => tag === 'Task' || tag === 'Exception' }).parse(xml) as {
    Project: { Name: string; Title: string; Company?: string; Calendars: { Calendar: { Name: string } }; Tasks: { Task: { Name: string }[] } };
  };
  const p = parsed.Project;
  return { names: p.Tasks.Task.map((t) => t.Name), title: p.Title, company: p.Company, calendar: p.Calendars.Calendar.Name };
}

/** Whether a text holds a UTF-16 surrogate that is not half of a pair. */
const hasLoneSurrogate = (text: string): boolean => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('export --format mspdi writes the Project header in the order of mspdi_pj12.xsd', () => {
  const cases: [string, string[], Record<string, string> | undefined][] = [
    ['the shipped Akson plan', ['export', 'plans', '--format', 'mspdi', '--plan', 'akson'], undefined],
    ['the shipped Felles grunnmur plan', ['export', 'plans', '--format', 'mspdi', '--plan', 'felles-grunnmur'], undefined],
    // Every optional element the writer has: Company from owner, StartDate from plan.start, FinishDate from plan.finish.
    ['a plan with owner, start and finish', ['export', 'ws', '--format', 'mspdi', '--today', '2019-09-02'],
      { 'ws/p.yaml': 'plan: {id: p, title: P, owner: O, start: 2019-08-01, finish: 2019-12-20}\nmilestones:\n  - {id: A, title: a, date: 2019-09-02}\n' }],
    ['a plan without milestones', ['export', 'ws', '--format', 'mspdi', '--today', '2019-09-02'], { 'ws/p.yaml': 'plan: {id: p, title: P}\n' }],
  ];
  for (const [name, argv, files] of cases) {
    it(name, async () => {
      const r = await runCli(argv, files === undefined ? {} : { files, diskRoots: [] });
      expect(r.code).toBe(0);
      const children = projectChildren(r.stdout);
      expect(children).toContain('StatusDate');
      expect(children.filter((child) => !PROJECT_SEQUENCE.includes(child))).toEqual([]);
      // In the schema's order: sorting by the schema's index changes nothing.
      const bySchema = [...children].sort((a, b) => PROJECT_SEQUENCE.indexOf(a) - PROJECT_SEQUENCE.indexOf(b));
      expect(children).toEqual(bySchema);
      expect(new Set(children).size).toBe(children.length);
    });
  }
});

describe('export --format mspdi cuts a text longer than mspdi_pj12.xsd allows, with a note', () => {
  const emoji = '\u{1F600}';
  const plan = [
    `plan: {id: p, title: "${'T'.repeat(600)}", owner: "${'O'.repeat(512)}", status_date: 2019-06-19}`,
    'milestones:',
    // 1 + 600 code points (1,201 UTF-16 units): the cut falls between two surrogate pairs.
    `  - {id: M1, title: "a${emoji.repeat(600)}", date: 2019-06-20}`,
    // The BEL is written as the visible escape \\x07 (4 characters) across the 512th: the cut falls before it.
    `  - {id: M2, title: "${'x'.repeat(510)}\\a tail", date: 2019-06-21}`,
    // Exactly 512: written whole.
    `  - {id: M3, title: "${'y'.repeat(512)}", date: 2019-06-21}`,
    '',
  ].join('\n');
  const files = { 'ws/p.yaml': plan };

  it('to 512 characters between two code points, in en and nb', async () => {
    const en = await runCli(['export', 'ws', '--format', 'mspdi'], { files, diskRoots: [] });
    expect(en.code).toBe(0);
    const t = texts(en.stdout);
    expect(t.title).toBe('T'.repeat(512));
    expect(t.calendar).toBe('T'.repeat(512));
    expect(t.company).toBe('O'.repeat(512));
    expect(t.names).toEqual([`a${emoji.repeat(511)}`, 'x'.repeat(510), 'y'.repeat(512)]);
    for (const text of [t.title, t.calendar, ...t.names]) {
      expect([...text].length).toBeLessThanOrEqual(512);
      expect(hasLoneSurrogate(text)).toBe(false);
    }
    expect(en.stderr).toBe("milepel: note: the plan's calendar takes the Norwegian holidays of every year (holidays: NO); the file holds them as the closed days of 2019 only: imported again, the plan has those days as closed days and no holidays in other years\nmilepel: note: 3 texts are longer than MS Project XML allows (512 characters; 255 for the project's Name, the plan's id with .xml) and written cut to that length: p (title), p/M1, p/M2\n");
    const nb = await runCli(['export', 'ws', '--format', 'mspdi', '--locale', 'nb'], { files, diskRoots: [] });
    expect(nb.stdout).toBe(en.stdout);
    expect(nb.stderr).toBe('milepel: merk: planens kalender følger de norske helligdagene i alle år (holidays: NO); filen har dem bare som stengte dager i 2019: importert igjen har planen de dagene som stengte dager og ingen helligdager i andre år\nmilepel: merk: 3 tekster er lengre enn MS Project XML tillater (512 tegn; 255 for prosjektets Name, planens id med .xml) og skrives avkortet til den lengden: p (title), p/M1, p/M2\n');
  });

  it('the project Name, the plan id with .xml, to 255', async () => {
    const id = 'i'.repeat(300);
    const r = await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': `plan: {id: ${id}, title: P}\nmilestones:\n  - {id: A, title: a, date: 2019-09-02}\n` }, diskRoots: [] });
    expect(r.stdout).toContain(`<Name>${'i'.repeat(251)}.xml</Name>`);
    expect(r.stderr).toBe(`milepel: note: the plan's calendar takes the Norwegian holidays of every year (holidays: NO); the file holds them as the closed days of 2019 only: imported again, the plan has those days as closed days and no holidays in other years\nmilepel: note: 1 text is longer than MS Project XML allows (512 characters; 255 for the project's Name, the plan's id with .xml) and written cut to that length: ${id} (id)\n`);
  });
});
