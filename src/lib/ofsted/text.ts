/**
 * The words an imported entry starts with: a title and summary that say
 * plainly what the tables say. They are written once, when the importer
 * creates the file; after that they are the officer's, as is the text below
 * the front-matter, which the importer leaves empty (the entry page says
 * where the facts came from: provenance.ts).
 */
import { formatDate } from '../dates.ts';
import { gradeWord, type Grade } from '../vocabulary.ts';
import type { OfficialEntry } from './events.ts';

/** A grade in the words of the entry's framework: "adequate" before 2013. */
const word = (entry: OfficialEntry, grade: Grade, style: 'label' | 'short' = 'label') => gradeWord(grade, entry.framework, style);
const lower = (entry: OfficialEntry, grade: Grade) => word(entry, grade).toLowerCase();
const lcFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** What the event was, as a title starts and as a sentence names it. */
function naming(entry: OfficialEntry): { title: string; phrase: string } {
  const short = entry.kind === 'short-inspection';
  switch (entry.variant) {
    case 'slac':
      return { title: 'SLAC inspection', phrase: 'safeguarding and looked after children (SLAC) inspection' };
    case 'slac-safeguarding-reinspection':
      return { title: 'SLAC re-inspection of safeguarding', phrase: 'SLAC re-inspection of safeguarding services' };
    case 'slac-lac-reinspection':
      return {
        title: 'SLAC re-inspection of looked after children',
        phrase: 'SLAC re-inspection of services for looked after children',
      };
    case 'cpi':
      return { title: 'Child protection inspection', phrase: 'child protection inspection' };
    case 'cpi-reinspection':
      return { title: 'Child protection re-inspection', phrase: 'child protection re-inspection' };
    case 'tlac':
      return { title: 'Looked after children inspection', phrase: 'targeted inspection of services for looked after children (TLAC)' };
    case 'sif':
      return { title: 'SIF inspection', phrase: 'inspection under the single inspection framework (SIF)' };
    case 'sif-reinspection':
      return { title: 'SIF re-inspection', phrase: 're-inspection under the single inspection framework (SIF)' };
    case 'ilacs':
      return short
        ? { title: 'ILACS short inspection', phrase: 'short inspection under ILACS' }
        : { title: 'ILACS inspection', phrase: 'standard inspection under ILACS' };
    case 'visit':
      if (entry.kind === 'monitoring-visit') return { title: 'Monitoring visit', phrase: 'monitoring visit' };
      if (entry.kind === 'jtai') return { title: 'Joint targeted area inspection', phrase: 'joint targeted area inspection' };
      return { title: 'Focused visit', phrase: 'focused visit' };
  }
}

export function entryTitle(entry: OfficialEntry): string {
  const { title } = naming(entry);
  const g = entry.grades;
  if (entry.variant === 'visit') return entry.themes.length ? `${title}: ${entry.themes.map(lcFirst).join('; ')}` : title;
  if (entry.variant === 'slac') {
    const parts = [
      g.safeguarding && `safeguarding ${word(entry, g.safeguarding, 'short').toLowerCase()}`,
      g['looked-after-children'] && `looked after children ${word(entry, g['looked-after-children'], 'short').toLowerCase()}`,
    ].filter(Boolean);
    return parts.length ? `${title}: ${parts.join(', ')}` : title;
  }
  const headline = g.overall ?? g.safeguarding ?? g['looked-after-children'];
  return headline ? `${title}: ${word(entry, headline)}` : title;
}

function judgementSentence(entry: OfficialEntry): string {
  const { phrase } = naming(entry);
  const g = entry.grades;
  if (entry.variant === 'visit') {
    return entry.themes.length
      ? `Ofsted's ${phrase} looked at ${entry.themes.map(lcFirst).join('; ')}; ${entry.kind === 'jtai' ? 'it is' : 'visits are'} not graded.`
      : `Ofsted made a ${phrase}; ${entry.kind === 'jtai' ? 'it is' : 'visits are'} not graded.`;
  }
  const parts: string[] = [];
  if (entry.family === 'slac') {
    if (g.safeguarding) parts.push(`the overall effectiveness of safeguarding ${lower(entry, g.safeguarding)}`);
    if (g['looked-after-children']) {
      parts.push(`${g.safeguarding ? 'of' : 'the overall effectiveness of'} services for looked after children ${lower(entry, g['looked-after-children'])}`);
    }
  } else {
    const headline = g.overall ?? g.safeguarding ?? g['looked-after-children'];
    if (headline) parts.push(`overall effectiveness ${lower(entry, headline)}`);
  }
  if (!parts.length) return `Ofsted carried out a ${phrase}; the tables give no overall judgement.`;
  return `Ofsted's ${phrase} judged ${parts.join(' and ')}.`;
}

function dateSentence(entry: OfficialEntry): string {
  const visit = entry.variant === 'visit';
  const start = entry.start_date && formatDate(entry.start_date);
  const published = entry.published && formatDate(entry.published);
  if (start && published) return `${visit ? 'The visit' : 'Fieldwork'} began ${start}; ${visit ? 'the letter was' : 'the report was'} published ${published}.`;
  if (published) return `Published ${published}.`;
  return `${visit ? 'The visit' : 'Fieldwork'} began ${start}.`;
}

export function entrySummary(entry: OfficialEntry): string {
  return `${judgementSentence(entry)} ${dateSentence(entry)}`;
}
