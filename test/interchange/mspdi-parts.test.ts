// The MSPDI import's one-pass reading (src/interchange/mspdi/parts.ts: only the elements it reads, each task a record as
// it ends) gives exactly the records the same fields of saxes's whole tree give, and the same import.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { partsOfTree, readCommonParts, type MspdiParts } from '../../src/interchange/mspdi/parts.js';
import { child, readMspdi, text } from '../../src/interchange/mspdi/xml.js';
import { runCli } from '../helpers/fake-io.js';

const ROOT = '<Project xmlns="http://schemas.microsoft.com/project">';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** What the import reads of the parts: the records, and the project's fields and calendars. */
function read(parts: MspdiParts): unknown {
  const fields = ['Name', 'Title', 'MinutesPerDay', 'CalendarUID', 'StatusDate', 'StartDate', 'FinishDate', 'ScheduleFromStart'];
  return {
    project: fields.map((f) => text(parts.project, f)),
    calendars: JSON.stringify(child(parts.project, 'Calendars') ?? null),
    tasks: parts.tasks,
    assignments: parts.assignments,
  };
}

function expectSameParts(xml: string): void {
  const fast = readCommonParts(Buffer.from(xml, 'utf8'));
  expect(fast).toBeDefined();
  expect(read(fast!)).toEqual(read(partsOfTree(readMspdi(xml, false).project)));
}

const task = (body: string): string => `<Task>${body}</Task>`;

describe('readCommonParts', () => {
  it('reads milepel\'s own export of the shipped plans as the whole tree gives them', async () => {
    for (const plan of ['akson', 'felles-grunnmur']) {
      const r = await runCli(['export', 'plans', '--format', 'mspdi', '--plan', plan]);
      expect(r.code).toBe(0);
      expectSameParts(r.stdout);
    }
  });

  it.each([
    // Every field, links with every field, two baselines (the one numbered 0 counts), a resource assignment.
    [`${DECL}\n${ROOT}\n<Name>P.xml</Name><Title>P</Title><MinutesPerDay>420</MinutesPerDay><CalendarUID>3</CalendarUID>\n<Calendars><Calendar><UID>3</UID><Name>C</Name><WeekDays><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar></Calendars>\n<Tasks>\n${task('<UID>1</UID><ID>1</ID><Name>A &amp; b</Name><OutlineLevel>2</OutlineLevel><IsNull>0</IsNull><Summary>0</Summary><WBS>A.1</WBS><CalendarUID>3</CalendarUID><Milestone>0</Milestone><Duration>PT8H0M0S</Duration><Start>2020-01-06T08:00:00</Start><Finish>2020-01-06T17:00:00</Finish><PercentComplete>10</PercentComplete><ActualFinish>2020-01-06T17:00:00</ActualFinish><Deadline>2020-02-01T17:00:00</Deadline><ConstraintType>7</ConstraintType><ConstraintDate>2020-01-07T17:00:00</ConstraintDate><Cost>12.5</Cost><Baseline><Number>1</Number><Finish>2019-01-01T17:00:00</Finish></Baseline><Baseline><Number>0</Number><Finish>2020-01-03T17:00:00</Finish></Baseline><ExtendedAttribute><FieldID>1</FieldID><Value>x</Value></ExtendedAttribute>')}\n${task('<UID>2</UID><Finish>2020-01-08T17:00:00</Finish><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat><CrossProject>0</CrossProject></PredecessorLink><PredecessorLink><PredecessorUID>9</PredecessorUID></PredecessorLink>')}\n</Tasks>\n<Resources><Resource><UID>1</UID><Name>R</Name></Resource></Resources>\n<Assignments><Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><TimephasedData><Start>2020-01-06T08:00:00</Start><Finish>2020-01-06T17:00:00</Finish></TimephasedData></Assignment></Assignments>\n</Project>\n`],
    // A name holding elements, a field holding an element (read as ''), a repeated field (read as ''), text beside a task's elements.
    [`${ROOT}<Tasks>${task('<UID>1</UID><Name>text <b>inside</b> after</Name><Finish><X>1</X></Finish><WBS>a</WBS><WBS>b</WBS>')}${task('<UID>2</UID><Name><Name>inner</Name></Name>stray')}</Tasks></Project>`],
    // Tasks that are text, an empty task, a second <Tasks> and <Assignments> (which the tree's child() does not read).
    [`${ROOT}<Tasks><Task/><Task>just text</Task>${task('<UID>3</UID>')}</Tasks><Tasks>${task('<UID>4</UID>')}</Tasks><Assignments><Assignment/></Assignments><Assignments><Assignment><TaskUID>3</TaskUID></Assignment></Assignments></Project>`],
    // The first <Tasks> without tasks: those of the second are not read.
    [`${ROOT}<Tasks/><Tasks>${task('<UID>4</UID>')}</Tasks></Project>`],
    // Names repeated at the project level, a nested <Project>, a link and baseline as text.
    [`${ROOT}<Name>a</Name><Name>b</Name><Title> T </Title><Tasks>${task('<UID>5</UID><PredecessorLink>text</PredecessorLink><Baseline>0</Baseline><Project><Tasks><Task><UID>6</UID></Task></Tasks></Project>')}</Tasks></Project>`],
    // No tasks at all, and an empty project.
    [`${ROOT}<Name>n</Name></Project>`],
    [`${ROOT}\n  <Calendars/>\n  <Tasks>\n  </Tasks>\n</Project>`],
    // Character references and non-ASCII text in fields read and not read.
    [`${ROOT}<Tasks>${task('<UID>7</UID><Name>&#xE5;&#229; — ø \u{1F600}</Name><Notes>&lt;é&gt;</Notes><Duration>PT1H0M0S</Duration>')}</Tasks></Project>`],
  ])('gives the records of the whole tree: %#', (xml) => {
    expectSameParts(xml);
  });

  it.each([
    [`${ROOT}<Tasks><Task><UID>1</UID><Notes>a & b</Notes></Task></Tasks></Project>`, 'a bare ampersand in an element it does not read'],
    [`${ROOT}<Tasks><Task><UID>1</UID><Notes>\u0001</Notes></Task></Tasks></Project>`, 'a control character in an element it does not read'],
    [`${ROOT}<Tasks><Task><UID>1</UID><Notes>]]></Notes></Task></Tasks></Project>`, ']]> in an element it does not read'],
    [`${ROOT}<Tasks><Task><UID>1</UID><Notes>&#1;</Notes></Task></Tasks></Project>`, 'a forbidden reference in an element it does not read'],
    [`${ROOT}<Tasks><Task><UID>1</UID><Notes>x</Note></Task></Tasks></Project>`, 'a mismatched end tag'],
    [`${ROOT}<Tasks><Task><UID>1</UID>`, 'a truncated file'],
  ])('leaves %s to saxes (%s)', (xml) => {
    expect(readCommonParts(Buffer.from(xml, 'utf8'))).toBeUndefined();
  });

  it('imports a file with a byte order mark, twice, as its text', () => {
    const xml = `${ROOT}<Tasks>${task('<UID>1</UID><Name>A</Name><Finish>2020-01-06T17:00:00</Finish>')}</Tasks></Project>`;
    for (const text of [xml, `\uFEFF${xml}`]) {
      expect(importMspdi(Buffer.from(text, 'utf8'), {})).toEqual(importMspdi(text, {}));
    }
    // A second mark in the text is one more than the reader drops: saxes reads that file, the same from both.
    const two = `\uFEFF\uFEFF${xml}`;
    const outcome = (source: string | Uint8Array): unknown => {
      try {
        return importMspdi(source, {});
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(outcome(Buffer.from(two, 'utf8'))).toEqual(outcome(two));
  });
});
