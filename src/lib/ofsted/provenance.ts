/**
 * What an entry's page says about where its facts came from, when an import
 * of Ofsted's published tables supplied them (`imported`). It is worded
 * here, not written into each file, so that the words can change without
 * rewriting hundreds of entries and so that they stay out of search.
 */
import type { EntryData } from '../content/schema.ts';
import { frameworkById, type Kind } from '../vocabulary.ts';
import { describeDataset, importedIds } from './datasets.ts';

export interface Provenance {
  /** The sentence before the list of tables. */
  lead: string;
  /** The tables, in words. */
  tables: string[];
  /** Where the report or letter is, when the entry links to it. */
  document?: string;
  /** Why a grade reads "adequate", for frameworks before November 2013. */
  olderGrades?: string;
}

/** Ofsted writes a letter after these, a report after an inspection. */
const LETTERS: Kind[] = ['monitoring-visit', 'focused-visit', 'jtai'];

/**
 * `hasText`: whether an officer has written the entry up. Such an entry's
 * dates, themes and inspectors may be the document's rather than the tables'
 * (the import's advice is to add them), so only some of its facts are said
 * to be the tables'.
 */
export function provenance(
  entry: Pick<EntryData, 'imported' | 'framework' | 'grades' | 'themes' | 'kind' | 'source'> & { hasText?: boolean },
): Provenance | undefined {
  const ids = importedIds(entry.imported);
  if (!ids.length) return undefined;
  const facts = entry.hasText
    ? 'Some of the facts'
    : entry.grades && Object.keys(entry.grades).length
      ? 'The judgements and dates'
      : entry.themes?.length ? `The dates and ${entry.themes.length > 1 ? 'themes' : 'theme'}` : 'The dates';
  const framework = entry.framework ? frameworkById(entry.framework) : undefined;
  const adequate = framework?.gradeWords?.['requires-improvement'];
  return {
    lead: `${facts} on this page come from Ofsted’s official statistics on local authority children’s services (Open Government Licence v3.0), from ${ids.length > 1 ? 'these tables' : 'this table'}:`,
    tables: ids.map(describeDataset),
    ...(entry.source && { document: `The ${LETTERS.includes(entry.kind) ? 'letter' : 'report'} itself is on the source page linked above.` }),
    ...(adequate && {
      olderGrades: `Ofsted’s tables give the grades of inspections before November 2013 in today’s words; this page shows their “requires improvement to be good” as “${adequate.toLowerCase()}”, the word of the time.`,
    }),
  };
}
