// The yaml library's own parser messages in Norwegian (bokmål).
//
// The library reports each problem as an error code (`BAD_INDENT`, `MISSING_CHAR`, …) and an English sentence. Its
// sentences come from a fixed set of templates in yaml 2.x (compose/*.js, parse/parser.js); each template has a
// pattern here, with the variable parts (a quote character, an escape sequence, a token) carried over. A sentence no
// pattern knows (a new library version) falls back to the Norwegian description of its code, so a user reading
// Norwegian never gets the English sentence alone.

interface Template {
  readonly pattern: RegExp;
  readonly render: (m: RegExpExecArray) => string;
}

/** Norwegian names of the collections the library names in its sentences. */
function collection(name: string | undefined): string {
  switch (name) {
    case 'flow map':
    case 'flow mapping':
      return 'en mapping i { }';
    case 'flow sequence':
      return 'en liste i [ ]';
    case 'collection':
    case undefined:
      return 'en samling';
    default:
      return name;
  }
}

let templates: readonly Template[] | undefined;

/** The templates, built on first use: an English run never reads them. */
function templatesNb(): readonly Template[] {
  templates ??= templateList();
  return templates;
}

const templateList = (): Template[] => [
  { pattern: /^Invalid escape sequence (.*)$/, render: (m) => `ugyldig escape-sekvens ${m[1]} i en streng i doble anførselstegn` },
  { pattern: /^Missing closing "quote$/, render: () => 'strengen i doble anførselstegn (") lukkes aldri' },
  { pattern: /^Missing closing 'quote$/, render: () => "strengen i enkle anførselstegn (') lukkes aldri" },
  { pattern: /^Tabs are not allowed as indentation$/, render: () => 'tabulator er ikke tillatt som innrykk' },
  { pattern: /^All mapping items must start at the same column$/, render: () => 'alle nøklene i en mapping må begynne i samme kolonne' },
  { pattern: /^All sequence items must start at the same column$/, render: () => 'alle elementene i en liste må begynne i samme kolonne' },
  { pattern: /^Sequence item without - indicator$/, render: () => 'listeelement uten «-» foran' },
  { pattern: /^Implicit map keys need to be followed by map values$/, render: () => 'en nøkkel må følges av «:» og en verdi' },
  { pattern: /^Implicit keys need to be on a single line$/, render: () => 'en nøkkel må stå på én linje' },
  { pattern: /^Implicit keys of flow sequence pairs need to be on a single line$/, render: () => 'en nøkkel i en liste i [ ] må stå på én linje' },
  { pattern: /^Nested mappings are not allowed in compact mappings$/, render: () => 'en mapping kan ikke nøstes inni en kompakt mapping på samme linje' },
  { pattern: /^A block sequence may not be used as an implicit map key$/, render: () => 'en liste kan ikke brukes som nøkkel' },
  { pattern: /^Block collections are not allowed within flow collections$/, render: () => 'en liste eller mapping i blokkstil kan ikke stå inni [ ] eller { }' },
  { pattern: /^Comments must be separated from other tokens by white space characters$/, render: () => 'en kommentar (#) må ha mellomrom foran seg' },
  { pattern: /^Tags and anchors must be separated from the next token by white space$/, render: () => 'en tagg eller et anker må ha mellomrom etter seg' },
  { pattern: /^Missing , between (.*) items$/, render: (m) => `komma mangler mellom elementene i ${collection(m[1])}` },
  { pattern: /^Missing , or : between (.*) items$/, render: (m) => `komma eller kolon mangler mellom elementene i ${collection(m[1])}` },
  { pattern: /^Missing space after : in (.*)$/, render: (m) => `mellomrom mangler etter «:» i ${collection(m[1])}` },
  { pattern: /^Unexpected , in (.*)$/, render: (m) => `uventet komma i ${collection(m[1])}` },
  { pattern: /^Unexpected empty item in (.*)$/, render: (m) => `tomt element i ${collection(m[1])}` },
  { pattern: /^(.*) must end with an? ([\]}])$/, render: (m) => `${collection(m[1]!.toLowerCase())} må avsluttes med ${m[2]}` },
  {
    pattern: /^(.*) in block collection must be sufficiently indented and end with an? ([\]}])$/,
    render: (m) => `${collection(m[1]!.toLowerCase())} inni en blokk må ha nok innrykk og avsluttes med ${m[2]}`,
  },
  { pattern: /^Flow end indicator should be more indented than parent$/, render: () => '] eller } må ha mer innrykk enn nøkkelen over' },
  { pattern: /^Plain value cannot start with (.*)$/, render: (m) => `en verdi uten anførselstegn kan ikke begynne med ${badStart(m[1]!)}` },
  { pattern: /^Block scalar values in collections must be indented$/, render: () => 'tekst over flere linjer (| eller >) må ha innrykk' },
  { pattern: /^Block scalar lines must not be less indented than their (first line|explicit indentation indicator)$/, render: () => 'linjene i en tekst over flere linjer (| eller >) kan ikke ha mindre innrykk enn den første' },
  {
    pattern: /^Block scalars with more-indented leading empty lines must use an explicit indentation indicator$/,
    render: () => 'tekst over flere linjer som begynner med innrykkede tomme linjer, må ha et tall for innrykket (for eksempel |2)',
  },
  { pattern: /^Block scalar header includes extra characters: (.*)$/, render: (m) => `uventede tegn etter | eller >: ${m[1]}` },
  { pattern: /^Unexpected (.*) token in YAML (stream|document)$/, render: (m) => `uventet ${m[1]} i YAML-${m[2] === 'stream' ? 'strømmen' : 'dokumentet'}` },
  { pattern: /^Unexpected block-seq-ind on same line with key$/, render: () => '«-» kan ikke stå på samme linje som nøkkelen' },
  { pattern: /^Unexpected (.*) at node end$/, render: (m) => `uventet ${m[1]} på slutten av verdien` },
  { pattern: /^Unexpected (.*) in (.*)$/, render: (m) => `uventet ${m[1]} i ${collection(m[2])}` },
  { pattern: /^Unexpected (.*) token$/, render: (m) => `uventet ${m[1]}` },
  { pattern: /^Expected a flow scalar value, but found: (.*)$/, render: (m) => `forventet en verdi, men fant ${m[1]}` },
  { pattern: /^Map keys must be unique$/, render: () => 'nøklene i en mapping må være unike' },
  { pattern: /^A node can have at most one anchor$/, render: () => 'en verdi kan ha høyst ett anker (&)' },
  { pattern: /^A node can have at most one tag$/, render: () => 'en verdi kan ha høyst én tagg (!)' },
  { pattern: /^An alias node must not specify any properties$/, render: () => 'et alias (*) kan ikke ha tagg eller anker' },
  { pattern: /^(Alias|Anchor) cannot be an empty string$/, render: (m) => `${m[1] === 'Alias' ? 'et alias (*)' : 'et anker (&)'} kan ikke være tomt` },
  { pattern: /^(Alias|Anchor) ending in : is ambiguous$/, render: (m) => `${m[1] === 'Alias' ? 'et alias (*)' : 'et anker (&)'} som slutter med «:», er tvetydig` },
  { pattern: /^Anchors and tags must be after the (.*) indicator$/, render: (m) => `ankere og tagger må stå etter ${m[1]}` },
  { pattern: /^Unresolved tag: (.*)$/, render: (m) => `ukjent tagg: ${m[1]}` },
  { pattern: /^Value may be parsed as either (.*) or (.*)$/, render: (m) => `verdien kan leses både som ${m[1]} og som ${m[2]}` },
  { pattern: /^(.*) used for (.*) collection, but expects (.*)$/, render: (m) => `taggen ${m[1]} er brukt på en samling av typen ${m[2]}, men forventer ${m[3]}` },
  { pattern: /^Missing newline after block sequence props$/, render: () => 'linjeskift mangler etter taggen eller ankeret foran listen' },
  { pattern: /^Missing directives-end(\/doc-start)? indicator line$/, render: () => 'linjen --- mangler etter direktivene (%)' },
  { pattern: /^Block collection cannot start on same line with directives-end marker$/, render: () => 'en liste eller mapping kan ikke begynne på samme linje som ---' },
  { pattern: /^Map comment with trailing content$/, render: () => 'kommentaren i mappingen har tekst etter seg' },
  { pattern: /^Block scalar header not found$/, render: () => 'tekst over flere linjer mangler | eller > foran' },
];

/** The library's names of a character a plain value cannot start with: "reserved character @", "a tab character". */
function badStart(what: string): string {
  const m = /^(a tab character|flow indicator character|directive indicator character|block scalar indicator|reserved character) ?(.*)$/.exec(what);
  if (!m) return what;
  const names: Record<string, string> = {
    'a tab character': 'tabulator',
    'flow indicator character': 'tegnet',
    'directive indicator character': 'tegnet',
    'block scalar indicator': 'tegnet',
    'reserved character': 'det reserverte tegnet',
  };
  return m[2] ? `${names[m[1]!]} ${m[2]}` : names[m[1]!]!;
}

let codes: ReadonlyMap<string, string> | undefined;

/**
 * Norwegian descriptions of the library's error codes (yaml 2.x `ErrorCode`), for a sentence no template knows; built
 * on first use (an English run never reads them). The catalogue test reads them too.
 */
export function yamlParserCodesNb(): ReadonlyMap<string, string> {
  codes ??= new Map(codeList());
  return codes;
}

const codeList = (): [string, string][] => [
  ['ALIAS_PROPS', 'et alias kan ikke ha tagg eller anker'],
  ['BAD_ALIAS', 'ugyldig alias eller anker'],
  ['BAD_COLLECTION_TYPE', 'taggen passer ikke til samlingen den står på'],
  ['BAD_DIRECTIVE', 'ugyldig direktiv (en linje som begynner med %)'],
  ['BAD_DQ_ESCAPE', 'ugyldig escape-sekvens i en streng i doble anførselstegn'],
  ['BAD_INDENT', 'feil innrykk'],
  ['BAD_PROP_ORDER', 'ankere og tagger står på feil sted'],
  ['BAD_SCALAR_START', 'en verdi uten anførselstegn begynner med et tegn som ikke er tillatt der'],
  ['BLOCK_AS_IMPLICIT_KEY', 'en liste eller mapping kan ikke brukes som nøkkel'],
  ['BLOCK_IN_FLOW', 'en liste eller mapping i blokkstil kan ikke stå inni [ ] eller { }'],
  ['DUPLICATE_KEY', 'nøklene i en mapping må være unike'],
  ['IMPOSSIBLE', 'YAML-en kan ikke leses her'],
  ['KEY_OVER_1024_CHARS', 'en nøkkel kan være høyst 1024 tegn lang'],
  ['MISSING_CHAR', 'et tegn mangler her'],
  ['MULTILINE_IMPLICIT_KEY', 'en nøkkel må stå på én linje'],
  ['MULTIPLE_ANCHORS', 'en verdi kan ha høyst ett anker'],
  ['MULTIPLE_DOCS', 'filen inneholder mer enn ett YAML-dokument'],
  ['MULTIPLE_TAGS', 'en verdi kan ha høyst én tagg'],
  ['NON_STRING_KEY', 'en nøkkel må være tekst'],
  ['RESOURCE_EXHAUSTION', 'YAML-en er for stor eller for dypt nøstet til å leses'],
  ['TAB_AS_INDENT', 'tabulator er ikke tillatt som innrykk'],
  ['TAG_RESOLVE_FAILED', 'taggen kan ikke tolkes'],
  ['UNEXPECTED_TOKEN', 'uventet tegn her'],
];

/** Whether a template knows the library's sentence `text` (the catalogue test asks this of every sentence). */
export function hasYamlParserTemplate(text: string): boolean {
  return templatesNb().some((template) => template.pattern.test(text));
}

/**
 * The yaml library's message `text` (first line, without its position) with its error `code`, in Norwegian.
 * A known template keeps its variable parts; an unknown sentence gets its code's description; an unknown code gets
 * a general sentence. Never returns the English sentence.
 */
export function yamlParserMessageNb(code: string, text: string): string {
  for (const template of templatesNb()) {
    const m = template.pattern.exec(text);
    if (m) return template.render(m);
  }
  return yamlParserCodesNb().get(code) ?? 'YAML-syntaksen er feil her';
}
