/**
 * Field names written with capitals (`Title:`, `Date:`), as a habit of
 * headings or a word processor's capital at the start of a line types them.
 * YAML's names are case-sensitive, so `Title` would be reported as a field
 * an entry does not have and `title` as missing, two problems for one slip.
 * The check reads such a name as the field meant, so its value is still
 * checked, and reports the slip once, on its line.
 */
import type { FieldPath, ParsedYaml } from './read.ts';

export interface CapitalisedField {
  /** The field meant, e.g. `title`. */
  name: string;
  line: number;
  message: string;
}

/**
 * `parsed` with each top-level name that is one of `names` in other case
 * read as that name (unless the file also has the name itself, which is
 * then a name given twice), and the names so read.
 */
export function lowerCaseFieldNames<T extends ParsedYaml>(parsed: T, names: readonly string[]): { parsed: T; capitalised: CapitalisedField[] } {
  const data = parsed.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { parsed, capitalised: [] };
  const meant = new Map<string, string>();
  for (const key of Object.keys(data)) {
    const name = key.toLowerCase();
    if (name !== key && names.includes(name) && !(name in data) && ![...meant.values()].includes(name)) meant.set(key, name);
  }
  if (!meant.size) return { parsed, capitalised: [] };
  const written = new Map([...meant].map(([key, name]) => [name, key]));
  const rename = (p: FieldPath, names: Map<string, string>): FieldPath => (typeof p[0] === 'string' && names.has(p[0]) ? [names.get(p[0])!, ...p.slice(1)] : p);
  return {
    parsed: {
      ...parsed,
      data: Object.fromEntries(Object.entries(data).map(([key, value]) => [meant.get(key) ?? key, value])),
      lineOf: (p: FieldPath) => parsed.lineOf(rename(p, written)),
      cutValues: () => parsed.cutValues().map((cut) => ({ ...cut, path: rename(cut.path, meant) })),
    },
    capitalised: [...meant].map(([key, name]) => ({ name, line: parsed.lineOf([key]), message: `field names are lower case: write ${name}: in place of ${key}:` })),
  };
}
