/**
 * A small, typed view of the XML DOM that @xmldom/xmldom gives us.
 *
 * We type only what we use, and load xmldom through a plain dynamic import, so that its
 * type file (which pulls the browser DOM types into the whole program) stays out of the build.
 * The parser is strict: any XML error stops the job, and entity declarations are refused
 * before parsing (as src/docx/package.ts does), so we never read or write broken XML.
 */

export interface XNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: XNode | null;
  readonly childNodes: ArrayLike<XNode>;
  readonly firstChild: XNode | null;
  readonly nextSibling: XNode | null;
  readonly previousSibling: XNode | null;
  readonly ownerDocument: XDocument;
  textContent: string | null;
  insertBefore(node: XNode, before: XNode | null): XNode;
  appendChild(node: XNode): XNode;
  removeChild(node: XNode): XNode;
  cloneNode(deep: boolean): XNode;
}

export interface XAttr {
  readonly name: string;
  readonly value: string;
  readonly namespaceURI: string | null;
}

export interface XElement extends XNode {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly prefix: string | null;
  readonly attributes: ArrayLike<XAttr>;
  getAttributeNS(ns: string | null, localName: string): string | null;
  setAttributeNS(ns: string | null, qualifiedName: string, value: string): void;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  getElementsByTagNameNS(ns: string, localName: string): ArrayLike<XElement>;
}

export interface XDocument extends XNode {
  readonly documentElement: XElement;
  createElementNS(ns: string, qualifiedName: string): XElement;
  createTextNode(text: string): XNode;
}

interface XmlDom {
  DOMParser: new (options?: object) => { parseFromString(xml: string, mime: string): XDocument };
  XMLSerializer: new () => { serializeToString(node: XNode): string };
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_NODE = 4;

/** WordprocessingML, transitional and strict. */
export const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

let xmldom: XmlDom | undefined;

async function loadXmldom(): Promise<XmlDom> {
  if (xmldom) return xmldom;
  // A variable specifier keeps TypeScript from reading xmldom's types (see the top of this file).
  const name = '@xmldom/xmldom';
  const mod = (await import(name)) as XmlDom & { default?: XmlDom };
  xmldom = mod.DOMParser ? mod : (mod.default as XmlDom);
  return xmldom;
}

/**
 * Hand in xmldom itself, where it cannot be loaded by name: the checker page's Web Worker has
 * no DOMParser of its own, and its bundle cannot follow the variable import above.
 */
export function provideXmlDom(mod: unknown): void {
  const m = mod as XmlDom & { default?: XmlDom };
  xmldom = m.DOMParser ? m : (m.default as XmlDom);
}

/**
 * In a browser (the checker page), use the browser's own XML parser: the bundle then needs no
 * copy of xmldom. It marks a broken part with a parsererror element instead of throwing, so this
 * throws then, as xmldom does. Returns false where there is no browser parser (Node).
 */
export function useBrowserXml(): boolean {
  const g = globalThis as unknown as {
    DOMParser?: new () => { parseFromString(xml: string, mime: string): XDocument };
    XMLSerializer?: XmlDom['XMLSerializer'];
  };
  const Native = g.DOMParser;
  if (!Native || !g.XMLSerializer) return false;
  const parse = (xml: string, mime: string) => new Native().parseFromString(xml, mime);
  class StrictParser {
    constructor(private readonly options?: { errorHandler?: { fatalError?: (message: unknown) => void } }) {}
    parseFromString(xml: string, mime: string): XDocument {
      const doc = parse(xml, mime);
      const error = doc.documentElement?.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'parsererror')[0];
      if (error || doc.documentElement?.localName === 'parsererror') {
        this.options?.errorHandler?.fatalError?.((error ?? doc.documentElement).textContent ?? 'parser error');
      }
      return doc;
    }
  }
  xmldom = { DOMParser: StrictParser, XMLSerializer: g.XMLSerializer };
  return true;
}

export class XmlPartError extends Error {}

/** Parse one XML part strictly. Refuses DOCTYPE and entity declarations (XXE). */
export async function parseXml(xml: string, part: string): Promise<XDocument> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new XmlPartError(`${part} has XML entity declarations, which Word never writes`);
  }
  const { DOMParser } = await loadXmldom();
  const fail = (message: unknown) => {
    throw new XmlPartError(`${part} is not well-formed XML (${String(message).split('\n')[0]})`);
  };
  const parser = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } });
  const doc = parser.parseFromString(xml, 'text/xml');
  if (!doc?.documentElement) fail('no root element');
  return doc;
}

export async function serializeXml(doc: XDocument): Promise<string> {
  const { XMLSerializer } = await loadXmldom();
  return new XMLSerializer().serializeToString(doc);
}

export function isElement(node: XNode | null | undefined): node is XElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** The element children of a node, as an array (a snapshot: safe to change the tree while looping). */
export function elements(node: XNode): XElement[] {
  const out: XElement[] = [];
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (isElement(kid)) out.push(kid);
  }
  return out;
}

/** A WordprocessingML name space pair: the namespace URI of the part and its prefix. */
export interface WNames {
  ns: string;
  prefix: string;
}

export function wNames(doc: XDocument): WNames {
  const root = doc.documentElement;
  const ns = root.namespaceURI === W_STRICT ? W_STRICT : W_TRANSITIONAL;
  // The prefix the part already uses for w: (almost always "w").
  let prefix = root.namespaceURI === ns && root.prefix ? root.prefix : 'w';
  for (let i = 0; i < root.attributes.length; i++) {
    const attr = root.attributes[i]!;
    if (attr.value === ns && attr.name.startsWith('xmlns:')) {
      prefix = attr.name.slice(6);
      break;
    }
  }
  return { ns, prefix };
}

/** True when the element is w:<local> (transitional or strict). */
export function isW(el: XElement, local: string): boolean {
  return el.localName === local && (el.namespaceURI === W_TRANSITIONAL || el.namespaceURI === W_STRICT);
}

export function isMc(el: XElement, local: string): boolean {
  return el.localName === local && el.namespaceURI === MC;
}

export function firstW(el: XElement, local: string): XElement | undefined {
  return elements(el).find((child) => isW(child, local));
}

/** A w: attribute, in either namespace, or without one. */
export function wAttr(el: XElement, local: string): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes[i]!;
    const name = attr.name.includes(':') ? attr.name.slice(attr.name.indexOf(':') + 1) : attr.name;
    if (name === local && (attr.namespaceURI === W_TRANSITIONAL || attr.namespaceURI === W_STRICT || attr.namespaceURI === null)) {
      return attr.value;
    }
  }
  return null;
}

export function makeW(doc: XDocument, names: WNames, local: string, attrs: Record<string, string> = {}): XElement {
  const el = doc.createElementNS(names.ns, `${names.prefix}:${local}`);
  for (const [key, value] of Object.entries(attrs)) el.setAttributeNS(names.ns, `${names.prefix}:${key}`, value);
  return el;
}

/** A w:t holding `text`, with xml:space="preserve" so Word keeps its spaces. */
export function makeText(doc: XDocument, names: WNames, text: string): XElement {
  const t = makeW(doc, names, 't');
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  t.appendChild(doc.createTextNode(text));
  return t;
}

export function insertAfter(node: XNode, after: XNode): void {
  after.parentNode!.insertBefore(node, after.nextSibling);
}
