/**
 * Reads content files as officers write them, keeping line numbers so every
 * problem can name its line. gray-matter splits the front-matter; the `yaml`
 * library parses it with the YAML 1.2 core schema, under which `2018-08-01`
 * stays the string it was written as (no time-zone-shifted `Date`).
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';

export type FieldPath = (string | number)[];

export interface YamlProblem {
  line: number;
  message: string;
}

export interface ParsedYaml {
  data: unknown;
  /** The line a field (or its nearest existing parent) is on; 1 when it is absent. */
  lineOf(path: FieldPath): number;
  errors: YamlProblem[];
}

export interface ParsedMarkdown extends ParsedYaml {
  /** False when the file does not start with a `---` front-matter block. */
  hasFrontMatter: boolean;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

/** Windows line endings and a byte-order mark are how editors save files, not content. */
const normalise = (text: string) => text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');

/** Parses YAML text whose first line is file line `firstLine`. */
export function parseYaml(raw: string, firstLine = 1): ParsedYaml {
  const text = normalise(raw);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: toLine(error.pos[0]),
    message: error.message.split('\n')[0],
  }));
  return {
    data: errors.length ? undefined : doc.toJS(),
    errors,
    lineOf: (path) => {
      const offset = offsetOf(doc, path);
      return offset === undefined ? firstLine : toLine(offset);
    },
  };
}

/** Offset of the key (or list item) at `path`, or of the nearest ancestor present. */
function offsetOf(doc: Document, path: FieldPath): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** Splits a Markdown file into front-matter (parsed, with lines) and body. */
export function parseMarkdown(raw: string): ParsedMarkdown {
  const text = normalise(raw);
  let yaml: ParsedYaml = parseYaml('');
  const file = matter(text, {
    engines: {
      yaml: (source: string) => {
        // gray-matter hands over the text after the opening `---`, so its
        // first line is the file's first line.
        yaml = parseYaml(source, 1);
        return (yaml.data as object) ?? {};
      },
    },
  });
  const hasFrontMatter = /^---\n/.test(text);
  const bodyLine = hasFrontMatter ? file.matter.split('\n').length + 2 : 1;
  return { ...yaml, hasFrontMatter, body: file.content, bodyLine };
}
