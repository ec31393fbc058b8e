// English texts of why `set` and `snapshot` leave a file alone.
import type { EditMessages } from '../data/edit.js';
import type { CataloguePart } from '../types.js';

const at = (line: number | null): string => (line !== null ? ` at line ${line}` : '');
const SHARED = 'which aliases elsewhere in the file may use';

export const editEn: CataloguePart<keyof EditMessages> = {
  __proto__: null,
  'edit.file.read-only': (d) => `${d.file} is read-only (mode ${d.mode}); make it writable (chmod u+w) if you mean to change it`,
  'edit.file.permission-denied': (d) => `${d.file}: permission denied (you cannot write the file)`,
  'edit.file.hard-links': (d) => `${d.file} has ${d.links} hard links; replacing it would split them (the other names would keep the old text): edit it by hand, or replace the extra links by symbolic links`,
  'edit.file.owner': (d) => `${d.file} belongs to user ${d.uid}, group ${d.gid}; milepel could not give the new file the same owner and group, so it leaves the file alone (run it as that user)`,

  'edit.alias': (d) => `the alias *${d.name}${at(d.line)}${d.anchoredAt !== null ? ` of the value anchored &${d.name} at line ${d.anchoredAt}` : ''}`,
  'edit.shared.list': (d, f) => `milestones is ${f.render(d.alias)}; an edit there would change every place that uses &${d.name}: write the list out in place to edit it, or change it by hand`,
  'edit.shared.milestone': (d, f) => `milestone ${d.item} of the list is ${f.render(d.alias)}; an edit there would change every place that uses &${d.name}: write the milestone out in place to edit it, or change it by hand`,
  'edit.shared.history': (d, f) => `history${d.id !== null ? ` of milestone ${d.id}` : ''} is ${f.render(d.alias)}; a new entry there would be added to every place that uses &${d.name}: write the list out for this milestone, or add the entry by hand`,
  'edit.anchored.list': (d) => `milestones${at(d.line)} is anchored as &${d.name}, ${SHARED}; an edit there would change them too: change it by hand, or write the list without the anchor first`,
  'edit.anchored.milestone': (d) => `${d.id !== null ? `milestone ${d.id}` : 'the milestone'}${at(d.line)} is anchored as &${d.name}, ${SHARED}; an edit there would change them too: change it by hand, or write the milestone without the anchor first`,
  'edit.anchored.history': (d) => `history${d.id !== null ? ` of milestone ${d.id}` : ''} at line ${d.line ?? '?'} is anchored as &${d.name}, ${SHARED}; a new entry there would be added to each of them: add it by hand, or write the list without the anchor first`,
  'edit.anchored.value': (d) => `${d.key} is anchored as &${d.name}, ${SHARED}; change it by hand, or write the value without the anchor first`,
  'edit.not-mapping': (d) => `milestones[${d.index}] is not a mapping in this file`,
  'edit.holds-collection': (d) => `${d.key} holds a ${d.kind}, not a date or word; fix it by hand`,
  'edit.history.entry-not-mapping': (d) => `history entry ${d.entry} is not a mapping`,
  'edit.history.not-list': (d) => `line ${d.line}:${d.column}: the history of ${d.id} is not a list; write each entry as - {reported: YYYY-MM-DD, forecast: YYYY-MM-DD}`,
  'edit.locate.mapping': () => 'cannot locate the mapping in the file',
  'edit.locate.keys': () => 'cannot locate the milestone keys in the file',
  'edit.locate.history': () => 'cannot locate the history list in the file',
  'edit.no-keys': () => 'the milestone mapping has no keys to place the new one next to',
  'edit.invalid-yaml': (d, f) => `the edit would make the file invalid YAML (line ${d.line}: ${f.render(d.problem)})`,
  'edit.read-back': () => 'the edited file did not read back as intended',
  'edit.aliases-expand': () => 'the file has aliases that expand excessively',
  'edit.not-yaml': (d) => `the file is not valid YAML (${d.text}); fix it first (milepel validate shows where)`,
  'edit.nothing-written': (d, f) => `${f.render(d.reason)}; nothing written`,
  'edit.set.not-read': (d) => `${d.file}: the milestone's file was not read; nothing written`,
  'edit.set.refused': (d, f) => `${d.file}: cannot set ${d.fields.join(', ')} of ${d.ref}: ${f.render(d.reason)}`,
  'edit.snapshot.not-read': (d) => `${d.file}: the file was not read; nothing written`,
  'edit.snapshot.refused': (d, f) => `${d.file}: cannot add history entries: ${f.render(d.reason)}; nothing written`,
};
