// The texts MSPDI holds cut to mspdi_pj12.xsd's maxLength (SPEC §10), with what was cut or cannot be held named by key.
import type { Plan } from '../../model/types.js';
import { cutToXmlLength, xmlCannotHold } from './xml-text.js';

/** mspdi_pj12.xsd's maxLength of the project's Title and Company and of a calendar's or task's Name, in characters. */
export const MAX_TEXT = 512;
/** mspdi_pj12.xsd's maxLength of the project's Name (its file name, `<plan id>.xml`), in characters. */
const MAX_FILE_NAME = 255;

/** The plan's id, title and owner as the file holds them, and the keys of those cut (`<plan id> (title)`). */
export interface PlanTexts {
  readonly id: string;
  readonly title: string;
  readonly owner: string | undefined;
  readonly overlong: string[];
}

/**
 * The plan's id, title and owner as the file holds them: cut to the schema's maxLength (MS Project checks a file
 * against it), with what was cut named by key for the export's note (`<id> (title)`).
 */
export function planTexts(plan: Plan): PlanTexts {
  const id = cutToXmlLength(plan.id, MAX_FILE_NAME - '.xml'.length);
  const title = cutToXmlLength(plan.title, MAX_TEXT);
  const owner = plan.owner === undefined ? undefined : cutToXmlLength(plan.owner, MAX_TEXT);
  const cut = (key: string, isCut: boolean): string[] => (isCut ? [`${plan.id} (${key})`] : []);
  return { id, title, owner, overlong: [...cut('id', id !== plan.id), ...cut('title', title !== plan.title), ...cut('owner', owner !== plan.owner)] };
}

/**
 * The plan's own texts that XML 1.0 cannot hold, by the key that holds them (`<plan id> (owner)`): written as visible
 * escapes, said in the export's note (a tester's owner with a BEL was escaped without a word).
 */
export function unholdablePlanTexts(plan: Plan, texts: PlanTexts): string[] {
  return [...(xmlCannotHold(texts.title) ? [`${plan.id} (title)`] : []), ...(texts.owner !== undefined && xmlCannotHold(texts.owner) ? [`${plan.id} (owner)`] : [])];
}
