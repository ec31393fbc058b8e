// Counted nouns for report headings in both locales: "1 milestone", "9 milestones", "1 milepæl", "9 milepæler".
import type { Locale } from './locale.js';

type Noun = 'milestone' | 'decision point' | 'meeting' | 'goal' | 'measure';

const NOUNS: ReadonlyMap<Noun, { en: readonly [string, string]; nb: readonly [string, string] }> = new Map([
  ['milestone', { en: ['milestone', 'milestones'], nb: ['milepæl', 'milepæler'] }],
  ['decision point', { en: ['decision point', 'decision points'], nb: ['beslutningspunkt', 'beslutningspunkter'] }],
  ['meeting', { en: ['meeting', 'meetings'], nb: ['møte', 'møter'] }],
  ['goal', { en: ['goal', 'goals'], nb: ['resultatmål', 'resultatmål'] }],
  ['measure', { en: ['measure', 'measures'], nb: ['tiltak', 'tiltak'] }],
] as const);

export function formatCount(n: number, noun: Noun, locale: Locale): string {
  const forms = NOUNS.get(noun)![locale];
  return `${n} ${n === 1 ? forms[0] : forms[1]}`;
}
