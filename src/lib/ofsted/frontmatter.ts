/**
 * Edits YAML in place with the `yaml` library's Document API, so a file an
 * officer wrote keeps its comments, quoting and field order: new fields go
 * where the contract lists them, existing ones change value only.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Files the importer created say so in their first comment; re-imports update their importer-owned fields. */
export const MARKER = 'Imported by npm run import:ofsted';

export function hasMarker(yamlText: string): boolean {
  return yamlText.split('\n').some((line) => line.startsWith('#') && line.includes(MARKER));
}

export interface FrontMatterParts {
  open: string;
  yaml: string;
  close: string;
  body: string;
  eol: string;
}

/** Splits `---\n<yaml>---\n<body>` keeping every byte. */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const match = /^(\ufeff?---[ \t]*\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$))([\s\S]*)$/m.exec(text);
  if (!match || match.index !== 0) return undefined;
  return { open: match[1], yaml: match[2], close: match[3], body: match[4], eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

export function parseEditable(yamlText: string): Document | undefined {
  const doc = parseDocument(yamlText, { schema: 'core', keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  return doc;
}

export function serialize(doc: Document, eol: string): string {
  const text = doc.toString(TO_STRING);
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key) as Pair | undefined;
}

/** Inserts or updates `key` in `map`; a new key goes before the first existing key that `order` puts after it. */
export function setIn(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[], flow = false): void {
  const pair = pairOf(map, key);
  if (pair) {
    if (isScalar(pair.value) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      pair.value.value = value;
    } else {
      pair.value = doc.createNode(value, { flow });
    }
    return;
  }
  const node = doc.createNode(value, { flow });
  const created = doc.createPair(key, node);
  const rank = order.indexOf(key);
  const at = rank < 0 ? -1 : map.items.findIndex((p) => {
    const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
    const r = order.indexOf(k);
    return r > rank;
  });
  if (at < 0) map.items.push(created);
  else map.items.splice(at, 0, created);
}

export function rootMap(doc: Document): YAMLMap {
  return doc.contents as YAMLMap;
}

/** The map at `key`, created (empty, in contract order) when absent. */
export function mapAt(doc: Document, key: string, order: readonly string[]): YAMLMap {
  const root = rootMap(doc);
  const existing = pairOf(root, key)?.value;
  if (isMap(existing)) return existing;
  setIn(doc, root, key, {}, order);
  return pairOf(root, key)!.value as YAMLMap;
}

/** Appends items to the list at `key`, creating a flow list `[a, b]` when absent. */
export function appendTo(doc: Document, key: string, items: string[], order: readonly string[]): void {
  if (!items.length) return;
  const root = rootMap(doc);
  const existing = pairOf(root, key)?.value;
  if (isSeq(existing)) {
    for (const item of items) (existing as YAMLSeq).items.push(doc.createNode(item));
    return;
  }
  setIn(doc, root, key, items, order, true);
}

export function removeIn(map: YAMLMap, key: string): void {
  const index = map.items.findIndex((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
  if (index >= 0) map.items.splice(index, 1);
}

/** A new YAML document from an object whose keys are already in contract order. */
export function newDocument(value: Record<string, unknown>, flowKeys: string[] = []): Document {
  const doc = new Document(value, { schema: 'core' });
  const root = rootMap(doc);
  for (const key of flowKeys) {
    const node = pairOf(root, key)?.value;
    if (isSeq(node)) (node as YAMLSeq).flow = true;
  }
  return doc;
}
