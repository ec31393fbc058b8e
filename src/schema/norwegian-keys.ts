// Plan-file keys written in Norwegian, as the spreadsheet columns `import` reads are (SPEC §10: tittel, dato, prognose,
// faktisk, frist, etter, varighet, ansvarlig): the file format itself has English keys only, and a schema finding says
// which one is meant (a tester's plan with `frist:` and `milepæler:` got only the list of allowed keys).

/** Norwegian key (lower case) → the English keys it may stand for, in order of likelihood. */
const KEYS: ReadonlyMap<string, readonly string[]> = new Map([
  ['tittel', ['title']], ['navn', ['name', 'title']], ['dato', ['date']], ['prognose', ['forecast']], ['faktisk', ['actual']],
  ['frist', ['deadline']], ['etter', ['after']], ['varighet', ['duration']], ['ansvarlig', ['responsible']],
  ['leveranser', ['deliverables']], ['møter', ['meetings']], ['moter', ['meetings']], ['krever', ['require']], ['krav', ['require']],
  ['mål', ['goal', 'goals']], ['maal', ['goal', 'goals']], ['fremdrift', ['progress']], ['historikk', ['history']],
  ['milepæler', ['milestones']], ['milepaeler', ['milestones']], ['organer', ['bodies']], ['styringsorganer', ['bodies']],
  ['tiltak', ['measures']], ['risikoer', ['risks']], ['risiko', ['risks', 'risk']], ['beslutningspunkter', ['gates']],
  ['eier', ['owner']], ['statusdato', ['status_date']], ['kalender', ['calendar']], ['styring', ['governance']],
  ['slutt', ['finish']], ['regler', ['rules']], ['organ', ['body']], ['sted', ['location']], ['klar', ['ready']],
  ['besluttet', ['decided']], ['modell', ['model']], ['sannsynlighet', ['probability']], ['konsekvens', ['impact']],
  ['helligdager', ['holidays']], ['stengt', ['closed']], ['arbeidsdager', ['workdays']], ['område', ['area']],
]);

/** Every Norwegian key the schema recognises (lower case), for tests that hold other tables to this one. */
export function norwegianKeys(): string[] {
  return [...KEYS.keys()];
}

/** The English key among `allowed` that the Norwegian `key` stands for, or undefined. */
export function englishKeyFor(key: string, allowed: readonly string[]): string | undefined {
  return KEYS.get(key.toLowerCase())?.find((k) => allowed.includes(k));
}
