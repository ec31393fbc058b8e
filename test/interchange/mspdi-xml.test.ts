// The MSPDI element tree (src/interchange/mspdi/xml.ts): shape, lines, entities, hostile names and malformed XML.
import { describe, expect, it } from 'vitest';
import { UnreadableInput } from '../../src/interchange/finding.js';
import { children, readMspdi, text, type XmlNode } from '../../src/interchange/mspdi/xml.js';

const NS = 'xmlns="http://schemas.microsoft.com/project"';

describe('readMspdi', () => {
  it('reads elements as records, leaves as trimmed text, repeated ones as arrays, with each element\'s start line', () => {
    const doc = readMspdi(`<?xml version="1.0"?>\n<Project ${NS}>\n  <Name> Demo </Name>\n  <Tasks>\n    <Task><UID>1</UID></Task>\n\n    <Task>\n      <UID>2</UID><Notes/>\n    </Task>\n  </Tasks>\n  <Extra>a</Extra><Extra>b</Extra>\n</Project>\n`);
    expect(text(doc.project, 'Name')).toBe(' Demo ');
    const tasks = children(children(doc.project, 'Tasks')[0], 'Task');
    expect(tasks.map((t) => [text(t, 'UID'), text(t, 'Notes'), doc.lineOf(t)])).toEqual([['1', '', 5], ['2', '', 7]]);
    expect(doc.lineOf(doc.project)).toBe(2);
    // One <Task> is still an array; any other element becomes one from its second occurrence, as before.
    expect(children(readMspdi(`<Project ${NS}><Tasks><Task><UID>9</UID></Task></Tasks></Project>`).project, 'Tasks')[0]?.['Task']).toEqual([expect.anything()]);
    expect(doc.project['Extra']).toEqual(['a', 'b']);
  });

  it('reads <Project/> with nothing in it as an empty project', () => {
    expect(Object.keys(readMspdi(`<?xml version="1.0"?>\n<Project ${NS}/>\n`).project)).toEqual([]);
  });

  it('decodes character references, predefined entities and CDATA', () => {
    const doc = readMspdi(`<Project ${NS}><Name>&#xE5;&#229; &lt;x&gt; &amp; <![CDATA[c&d]]></Name></Project>`);
    expect(text(doc.project, 'Name')).toBe('åå <x> & c&d');
  });

  it('keeps element names such as __proto__ and constructor as plain data', () => {
    const doc = readMspdi(`<Project ${NS}><__proto__><polluted>1</polluted></__proto__><constructor>c</constructor></Project>`);
    // The records' prototype is an empty frozen record without one (fast-mode objects, a third smaller than
    // Object.create(null)'s dictionaries): no element name reaches Object.prototype.
    const proto = Object.getPrototypeOf(doc.project) as object;
    expect(Object.getPrototypeOf(proto)).toBeNull();
    expect(Reflect.ownKeys(proto)).toEqual([]);
    expect(Object.isFrozen(proto)).toBe(true);
    expect(text(doc.project['__proto__'] as XmlNode, 'polluted')).toBe('1');
    expect(text(doc.project, 'constructor')).toBe('c');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    [`<Project ${NS}>\n<Tasks><Task><UID>1</Task></Tasks></Project>`, /^not well-formed XML at line 2, column \d+: /],
    [`<Project ${NS}></Project>\n<Other/>`, /^not well-formed XML at line 2, column \d+: .*root/],
    [`<Project ${NS}><Name>&bogus;</Name></Project>`, /^not well-formed XML at line 1, column \d+: .*entity/],
    [`<Project ${NS}>\n<Name>A & B</Name></Project>`, /^not well-formed XML at line 2, column 9: an "&" that starts no entity reference/],
    [`<Project ${NS}>\n<Name>A &amp B</Name>\n</Project>`, /^not well-formed XML at line 2, column 9: /],
    [`<Project ${NS}><Name>A</Name></Project>\n`, null],
    [`<Project ${NS}><Tasks><Task><UID>1</UID>`, /^not well-formed XML: the file ends before <Project>, <Tasks>, <Task> are closed \(truncated\?\)$/],
  ])('refuses malformed XML with its line and column: %#', (xml, message) => {
    if (message === null) {
      expect(text(readMspdi(xml).project, 'Name')).toBe('A');
      return;
    }
    let thrown: unknown;
    try {
      readMspdi(xml);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UnreadableInput);
    expect((thrown as UnreadableInput).reason.id).toMatch(/^import\.unreadable\.xml-/);
    expect((thrown as UnreadableInput).message).toMatch(message);
  });
});
