// The XML reader's (saxes 6) reasons for refusing a file as not well-formed, in Norwegian (bokmål).
//
// saxes reports each problem as an English sentence from a fixed set in saxes.js (`this.fail("…")`); each sentence
// has a pattern here, with its variable parts (a name, a prefix, a URI) carried over. A sentence no pattern knows (a
// new saxes version, or one of its internal errors) is quoted as saxes wrote it, marked as English, so the reason is
// never lost. test/messages/xml-parser-nb.test.ts reads saxes.js and fails on a sentence without a pattern.

interface Template {
  readonly pattern: RegExp;
  readonly render: (m: RegExpExecArray) => string;
}

let templates: readonly Template[] | undefined;

/** The templates, built on first use: an English run never reads them. */
function templatesNb(): readonly Template[] {
  templates ??= templateList();
  return templates;
}

/** `text` as one pattern: the whole sentence, its final full stop optional (saxes ends most sentences with one). */
const exact = (text: string, nb: string): Template => ({ pattern: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\\\.$/, '')}\\.?$`), render: () => nb });

const templateList = (): Template[] => [
  // Characters and names.
  exact('disallowed character.', 'ulovlig tegn'),
  exact('disallowed character in tag name.', 'ulovlig tegn i elementnavnet'),
  exact('disallowed character in closing tag.', 'ulovlig tegn i slutt-taggen'),
  exact('disallowed character in attribute name.', 'ulovlig tegn i attributtnavnet'),
  exact('disallowed character in entity name.', 'ulovlig tegn i entitetsnavnet'),
  exact('disallowed character in processing instruction name.', 'ulovlig tegn i navnet på prosesseringsinstruksjonen'),
  { pattern: /^malformed name: (.*?)\.?$/, render: (m) => `feilformet navn: ${m[1]}` },
  // Elements.
  exact('text data outside of root node.', 'tekst utenfor rotelementet'),
  exact('documents may contain only one root.', 'et dokument kan bare ha ett rotelement'),
  exact('document must contain a root element.', 'dokumentet har ikke noe rotelement'),
  exact('forward-slash in opening tag not followed by >.', '«/» i en starttagg følges ikke av «>»'),
  exact('weird empty close tag.', 'tom slutt-tagg (</>)'),
  exact('unexpected close tag.', 'slutt-taggen passer ikke til den åpne starttaggen'),
  { pattern: /^unmatched closing tag: (.*?)\.?$/, render: (m) => `slutt-taggen </${m[1]}> har ingen starttagg` },
  { pattern: /^unclosed tag: (.*?)\.?$/, render: (m) => `<${m[1]}> lukkes aldri` },
  exact('unexpected end.', 'filen slutter midt i en markering'),
  // Attributes.
  exact('attribute without value.', 'attributt uten verdi'),
  exact('unquoted attribute value.', 'attributtverdi uten anførselstegn'),
  exact('no whitespace between attributes.', 'mellomrom mangler mellom attributtene'),
  { pattern: /^duplicate attribute: (.*?)\.?$/, render: (m) => `attributtet ${m[1]} står to ganger` },
  // Namespaces (Namespaces in XML 1.0).
  { pattern: /^unbound namespace prefix: (.*?)\.?$/, render: (m) => `prefikset ${m[1]!.replace(/^"(.*)"$/, '«$1»')} er ikke bundet til noe navnerom` },
  exact('tags may not have "xmlns" as prefix.', 'et element kan ikke ha «xmlns» som prefiks'),
  exact('invalid attempt to undefine prefix in XML 1.0', 'et prefiks kan ikke bindes til et tomt navnerom i XML 1.0'),
  { pattern: /^xml prefix must be bound to (.*?)\.?$/, render: (m) => `prefikset xml må være bundet til ${m[1]}` },
  { pattern: /^xmlns prefix must be bound to (.*?)\.?$/, render: (m) => `prefikset xmlns må være bundet til ${m[1]}` },
  { pattern: /^the default namespace may not be set to (.*?)\.?$/, render: (m) => `standardnavnerommet kan ikke være ${m[1]}` },
  { pattern: /^may not assign a prefix \(even "xmlns"\) to the URI (.*?)\.?$/, render: (m) => `ingen prefiks (heller ikke «xmlns») kan bindes til ${m[1]}` },
  exact('may not assign the xml namespace to another prefix.', 'xml-navnerommet kan ikke bindes til et annet prefiks enn xml'),
  // Entities and character references.
  exact('empty entity name.', 'tomt entitetsnavn («&;»)'),
  exact('undefined entity.', 'ukjent entitet (bare &lt; &gt; &amp; &quot; &apos; og tegnreferanser er kjent)'),
  exact('malformed character entity.', 'feilformet tegnreferanse'),
  // Comments, CDATA, processing instructions, the doctype.
  exact('malformed comment.', 'feilformet kommentar («--» inni en kommentar)'),
  exact('the string "]]>" is disallowed in char data.', 'strengen «]]>» er ikke tillatt i tekst'),
  exact('processing instruction without a target.', 'prosesseringsinstruksjon uten navn'),
  exact('processing instructions are not allowed before root.', 'prosesseringsinstruksjoner er ikke tillatt før rotelementet'),
  exact('inappropriately located doctype declaration.', 'doctype-deklarasjonen står på feil sted'),
  exact('incorrect syntax.', 'feil syntaks'),
  // The XML declaration (<?xml version="1.0" encoding="UTF-8"?>).
  exact('an XML declaration must be at the start of the document.', 'XML-deklarasjonen må stå helt først i filen'),
  exact('the XML declaration must appear at the start of the document.', 'XML-deklarasjonen må stå helt først i filen'),
  exact('XML declaration is incomplete.', 'XML-deklarasjonen er ufullstendig'),
  exact('XML declaration must contain a version.', 'XML-deklarasjonen mangler version'),
  exact('The character ? is disallowed anywhere in XML declarations.', 'tegnet «?» er ikke tillatt inni XML-deklarasjonen'),
  exact('did not expect any more name/value pairs.', 'XML-deklarasjonen har for mange navn–verdi-par'),
  { pattern: /^expected the name (.*?)\.?$/, render: (m) => `ventet navnet ${m[1]} i XML-deklarasjonen` },
  { pattern: /^expected one of (.*?)\.?$/, render: (m) => `ventet en av ${m[1]} i XML-deklarasjonen` },
  exact('value required.', 'verdien mangler'),
  exact('value must be quoted.', 'verdien må stå i anførselstegn'),
  exact('whitespace required.', 'mellomrom mangler'),
  { pattern: /^version number must match /, render: () => 'versjonsnummeret må være 1.0 eller 1.x' },
  { pattern: /^encoding value must match /, render: () => 'tegnkodingen må være et navn som UTF-8' },
  exact('standalone value must match "yes" or "no".', 'standalone må være «yes» eller «no»'),
];

/** Whether a template knows saxes' sentence `text` (the catalogue test asks this of every sentence in saxes.js). */
export function hasXmlParserTemplate(text: string): boolean {
  return templatesNb().some((template) => template.pattern.test(text));
}

/**
 * saxes' reason `text` (without its position) in Norwegian: a known sentence with its variable parts kept, any other
 * quoted as saxes wrote it and marked as English.
 */
export function xmlParserReasonNb(text: string): string {
  for (const template of templatesNb()) {
    const m = template.pattern.exec(text);
    if (m) return template.render(m);
  }
  return `«${text.replace(/\.$/, '')}» (XML-leserens melding, på engelsk)`;
}
