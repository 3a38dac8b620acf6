/** The text with each `<!-- … -->` replaced by spaces, newlines kept, so offsets still hold. */
export function blankXmlComments(text: string): string {
  let result = '';
  let i = 0;
  for (;;) {
    const open = text.indexOf('<!--', i);
    if (open === -1) return result + text.slice(i);
    const close = text.indexOf('-->', open + 4);
    const end = close === -1 ? text.length : close + 3;
    result += text.slice(i, open) + text.slice(open, end).replace(/[^\n]/g, ' ');
    if (close === -1) return result;
    i = end;
  }
}

/** One XML start tag: its name, its attributes with the offset of each value, and where it ends. */
export interface XmlElement {
  /** As written; compare lower-cased. */
  name: string;
  offset: number;
  attributes: Map<string, { value: string; offset: number }>;
  /** Offset just after `>`; the element's text runs from here when it is not self-closing. */
  end: number;
  selfClosing: boolean;
}

const isNameCharacter = (character: string | undefined): boolean =>
  character !== undefined && /^[\w.:-]$/.test(character);

/**
 * The start tags in `xml` whose lower-cased name is in `names`, in order. Attribute names are
 * lower-cased (MSBuild reads them case-insensitively). Each character is visited a bounded
 * number of times, so hostile input costs its length. A tag left open at the end of the text
 * stops the scan, its offset in `unclosedAt`.
 */
export function startTags(
  xml: string,
  names: ReadonlySet<string>,
): { elements: XmlElement[]; unclosedAt?: number } {
  const elements: XmlElement[] = [];
  let i = xml.indexOf('<');
  while (i !== -1) {
    let nameEnd = i + 1;
    while (isNameCharacter(xml[nameEnd])) nameEnd++;
    const name = xml.slice(i + 1, nameEnd);
    if (!names.has(name.toLowerCase())) {
      i = xml.indexOf('<', nameEnd);
      continue;
    }
    const attributes = new Map<string, { value: string; offset: number }>();
    let j = nameEnd;
    for (;;) {
      while (j < xml.length && /^\s$/.test(xml[j]!)) j++;
      if (j >= xml.length) return { elements, unclosedAt: i };
      if (xml[j] === '>' || (xml[j] === '/' && xml[j + 1] === '>')) break;
      const attributeStart = j;
      while (isNameCharacter(xml[j])) j++;
      const attribute = xml.slice(attributeStart, j).toLowerCase();
      while (xml[j] === ' ' || xml[j] === '\t') j++;
      if (attribute === '' || xml[j] !== '=') {
        j = Math.max(j, attributeStart + 1);
        continue;
      }
      j++;
      while (xml[j] === ' ' || xml[j] === '\t') j++;
      const quote = xml[j];
      if (quote !== '"' && quote !== "'") continue;
      const close = xml.indexOf(quote, j + 1);
      if (close === -1) return { elements, unclosedAt: i };
      attributes.set(attribute, { value: xml.slice(j + 1, close), offset: j + 1 });
      j = close + 1;
    }
    const selfClosing = xml[j] === '/';
    const end = j + (selfClosing ? 2 : 1);
    elements.push({ name, offset: i, attributes, end, selfClosing });
    i = xml.indexOf('<', end);
  }
  return { elements };
}

/** The trimmed text of the first child `<tag>…</tag>` in `xml`, the tag matched exactly. */
export function childText(xml: string, tag: string): string | undefined {
  const open = xml.indexOf(`<${tag}>`);
  if (open === -1) return undefined;
  const start = open + tag.length + 2;
  const close = xml.indexOf(`</${tag}>`, start);
  return close === -1 ? undefined : xml.slice(start, close).trim();
}
