/**
 * A frozen page's nodes written down as one string, and put back node for node
 * (`useStowedWhileAway` in use-stowed-while-away.ts): fifty frozen whole sections kept as DOM are
 * some 100,000 nodes, which every major garbage collection marks (with their layout objects),
 * 150 to 250 ms at a time inside whatever task it interrupts. Written down, a page is one string.
 *
 * Not `innerHTML`: the CSP forbids style attributes in parsed markup (`style-src 'self'`), so a
 * chart's sizes would be lost, and a parse of serialised markup can differ from the tree it came
 * from (namespaces, mutation XSS). Each element is rebuilt with its namespace and attributes as
 * they were, styles through the CSSOM, text as text.
 *
 * What it keeps: elements, attributes, text, and what controls show (checked, value, selected, a
 * textarea's text). What it does not, as no printed frame holds any: comments, scroll offsets
 * (print scroll boxes are `overflow: hidden` and never scrolled), canvas drawings, template
 * content, shadow roots, `indeterminate`. Scripts are left out: React creates them inert, a rebuilt
 * one would run.
 */

const NAMESPACES = [
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
] as const;

/** An index into NAMESPACES, -1 for none, or the namespace itself when it is none of those. */
type WrittenNamespace = number | string;
/** A text node is its text; an element is [namespace, qualified name, attributes, children]. */
type WrittenNode = string | [WrittenNamespace, string, WrittenAttribute[], WrittenNode[]];
/** [namespace, qualified name, value]. */
type WrittenAttribute = [WrittenNamespace, string, string];

function writeNamespace(namespace: string | null): WrittenNamespace {
  if (namespace === null) return -1;
  const index = NAMESPACES.indexOf(namespace as (typeof NAMESPACES)[number]);
  return index < 0 ? namespace : index;
}

const readNamespace = (written: WrittenNamespace): string | null => (typeof written === 'string' ? written : written < 0 ? null : (NAMESPACES[written] ?? null));

/**
 * What a control shows lives in properties a reader may have changed, not only in its attributes:
 * the attributes it replaces (`owns`) and the ones that show its state now.
 */
function liveStateOf(element: Element): { owns: readonly string[]; state: WrittenAttribute[] } {
  if (element instanceof HTMLInputElement) {
    if (element.type === 'checkbox' || element.type === 'radio') return { owns: ['checked'], state: element.checked ? [[-1, 'checked', '']] : [] };
    if (element.type !== 'file') return { owns: ['value'], state: [[-1, 'value', element.value]] };
  }
  if (element instanceof HTMLOptionElement) return { owns: ['selected'], state: element.selected ? [[-1, 'selected', '']] : [] };
  return { owns: [], state: [] };
}

function writeNode(node: Node): WrittenNode | null {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  if (element.localName === 'script') return null;
  const live = liveStateOf(element);
  const attributes: WrittenAttribute[] = [];
  for (const attribute of element.attributes) {
    if (attribute.namespaceURI === null && live.owns.includes(attribute.name)) continue;
    attributes.push([writeNamespace(attribute.namespaceURI), attribute.name, attribute.value]);
  }
  attributes.push(...live.state);
  // A textarea shows its value, which is its text only until a reader types.
  const children = element instanceof HTMLTextAreaElement ? [element.value] : writeChildren(element);
  const qualifiedName = element.prefix ? `${element.prefix}:${element.localName}` : element.localName;
  return [writeNamespace(element.namespaceURI), qualifiedName, attributes, children];
}

function writeChildren(parent: Node): WrittenNode[] {
  const written: WrittenNode[] = [];
  for (const child of parent.childNodes) {
    const node = writeNode(child);
    if (node !== null) written.push(node);
  }
  return written;
}

/** The children of `parent` (elements and text; comments are left out), written down. */
export function writeDownChildren(parent: Element): string {
  return JSON.stringify(writeChildren(parent));
}

function buildNode(document: Document, written: WrittenNode): Node {
  if (typeof written === 'string') return document.createTextNode(written);
  const [writtenNamespace, name, attributes, children] = written;
  const namespace = readNamespace(writtenNamespace);
  // With its namespace even when it has none: createElement would make it an HTML element.
  const element = document.createElementNS(namespace, name);
  for (const [attributeNamespace, attributeName, value] of attributes) {
    const attributeNamespaceUri = readNamespace(attributeNamespace);
    if (attributeNamespaceUri === null && attributeName === 'style' && 'style' in element) {
      // Through the CSSOM: a style attribute set as markup is refused by the CSP.
      (element as HTMLElement | SVGElement).style.cssText = value;
    } else if (attributeNamespaceUri !== null) {
      element.setAttributeNS(attributeNamespaceUri, attributeName, value);
    } else if (attributeName === 'xmlns' || attributeName.includes(':')) {
      // A name the namespaced call refuses without a namespace (`xmlns`, `xmlns:xlink`, as a
      // chart's svg carries them), set without one as it was: the same way.
      element.setAttribute(attributeName, value);
    } else {
      // Not setAttribute: it would overwrite an xlink `href` with a plain one of the same name.
      element.setAttributeNS(null, attributeName, value);
    }
  }
  for (const child of children) element.appendChild(buildNode(document, child));
  return element;
}

/** Puts back under `parent` (in place of what it holds) the children `writeDownChildren` wrote down. */
export function putBackChildren(parent: Element, written: string): void {
  const document = parent.ownerDocument;
  const fragment = document.createDocumentFragment();
  for (const node of JSON.parse(written) as WrittenNode[]) fragment.appendChild(buildNode(document, node));
  parent.replaceChildren(fragment);
}
