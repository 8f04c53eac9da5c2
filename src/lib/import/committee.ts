/**
 * Reads a council committee report or the minutes of a meeting: the
 * committee, the meeting date, the title, a summary and the findings it
 * reports.
 *
 * Cover sheets differ from council to council, as labelled rows
 * ("Report To:", "DATE:", "TITLE:", "Subject Heading:") or as a heading in
 * capitals followed by the date, and OCR moves words between table cells;
 * each is read in several ways. The dates of what a paper reports are
 * compared with its own date: a paper dated before events it describes in
 * the past (Tameside's "23 January 2018" paper on a visit of November 2018)
 * is flagged for the officer, with the likely date, rather than trusted.
 */
import type { Kind } from '../vocabulary.ts';
import { describe, findDates, hasYear, isoOf, placeYear, withYear, type DateMention } from './date-phrases.ts';
import { collectSections, themesIn, type SectionKey } from './sections.ts';
import { clip, leadSentences, plainQuotes, sentenceCase, sentencesOf, titleCase, type Block, type SourceText } from './text.ts';
import type { Finding, Missing, Note, ParseContext, ParsedDocument, Sections } from './types.ts';

const found = <T>(value: T, evidence: string): Finding<T> => ({ value, evidence: clip(evidence.replace(/\s+/g, ' ').trim(), 240) });

const LABELS = {
  committee: /^(?:report\s+to|to|meeting(?:\s+of)?|committee|decision[- ]maker|body)$/i,
  date: /^(?:date(?:\s+of\s+(?:meeting|report|decision))?|meeting\s+date|report\s+date)$/i,
  title: /^(?:title|subject(?:\s+heading)?|report\s+title|(?:report\s+)?subject\s+matter|item\s+title|agenda\s+item\s+title|(?:agenda\s+)?item\s+\d{1,3}[a-z]?)$/i,
  summary: /^(?:report\s+summary|summary|executive\s+summary|purpose(?:\s+of\s+(?:the\s+)?report)?)$/i,
};
type Label = keyof typeof LABELS;

const COMMITTEE_WORD = /\b(?:committee|sub-committee|cabinet|board|panel|council|scrutiny|forum|executive)\b/i;
const FUTURE = /\b(?:will|shall|expected|expect|expects|anticipated|anticipate|scheduled|planned|plan to|due to|upcoming|forthcoming|next|to be (?:held|presented|published)|can expect|intend)\b/i;

interface Labelled {
  value: string;
  block: Block;
}

/** Label/value pairs of a cover sheet: "DATE:\t4 OCTOBER 2018\tAGENDA ITEM:\t9", "Subject Heading:" then the next line. */
function labelled(blocks: Block[]): Partial<Record<Label, Labelled>> {
  const out: Partial<Record<Label, Labelled>> = {};
  const set = (label: Label, value: string, block: Block) => {
    const v = value.replace(/\s+/g, ' ').replace(/^[,;:\s]+|[,;:\s]+$/g, '').trim();
    if (v && !out[label]) out[label] = { value: v, block };
  };
  for (const [i, block] of blocks.entries()) {
    const cells = block.cells ?? [block.text];
    // Walk the cells: a cell "LABEL:" (or "Label: value") starts a pair, the cells after it are its value.
    let current: { label?: Label; parts: string[] } | undefined;
    const flush = () => {
      if (current?.label) set(current.label, current.parts.join(' '), block);
      current = undefined;
    };
    for (const cell of cells) {
      const m = /^([A-Za-z][A-Za-z0-9 ’'/-]{0,40}?)\s*:\s*(.*)$/.exec(plainQuotes(cell));
      if (m) {
        flush();
        const name = m[1].trim();
        const label = (Object.keys(LABELS) as Label[]).find((l) => LABELS[l].test(name));
        current = { label, parts: [cell.slice(cell.indexOf(':') + 1).trim()] };
        if (label && !current.parts[0] && !block.cells) {
          // "Subject Heading:" with its value on the next line.
          const next = blocks[i + 1];
          if (next && !/:\s*$/.test(next.text)) current.parts = [next.text];
        }
      } else if (current) {
        current.parts.push(cell);
      }
    }
    flush();
  }
  return out;
}

/** "ADULT SOCIAL CARE COMMITTEE , CHILDREN'S SERVICES AND EDUCATION": a name whose last word OCR moved to the middle. */
function mendCommittee(text: string): string {
  const t = text.replace(/\s+,/g, ',').replace(/\s+/g, ' ').trim();
  const m = /^(.*?)\s+(COMMITTEE|SUB-COMMITTEE|BOARD|PANEL|CABINET)\s*,\s*(.+)$/i.exec(t);
  if (m && !COMMITTEE_WORD.test(m[3])) return `${m[1]}, ${m[3]} ${m[2]}`;
  return t;
}

function pastOrFuture(sentence: string): 'past' | 'future' {
  return FUTURE.test(sentence) ? 'future' : 'past';
}

interface Event {
  mention: DateMention;
  sentence: string;
  /** Last day the mention can stand for. */
  last: string;
  /** The document printed no year: this one was assumed. */
  assumedYear?: number;
}

const rank = (m: DateMention) => (m.end.day === undefined ? 2 : m.range ? 0 : 1);

/** Dates of events the document reports as having happened. */
function pastEvents(blocks: Block[], notAfter?: string, fallbackYear?: number): Event[] {
  const events: Event[] = [];
  for (const block of blocks) {
    for (const sentence of sentencesOf(block.text)) {
      if (pastOrFuture(plainQuotes(sentence)) === 'future') continue;
      for (let m of findDates(sentence)) {
        let assumedYear: number | undefined;
        if (!hasYear(m)) {
          if (notAfter) m = placeYear(m, notAfter);
          else if (fallbackYear) m = withYear(m, fallbackYear);
          if (!hasYear(m)) continue;
          assumedYear = m.end.year;
        }
        if (m.yearCandidates) continue;
        const end = isoOf(m.end)!;
        const last = end.length === 7 ? `${end}-${String(new Date(Date.UTC(m.end.year!, m.end.month, 0)).getUTCDate()).padStart(2, '0')}` : end;
        events.push({ mention: m, sentence, last, assumedYear });
      }
    }
  }
  return events;
}

/** Years mentioned in sentences about the past ("in 2018", "since August 2017"). */
function pastYears(blocks: Block[]): number[] {
  const years: number[] = [];
  for (const block of blocks) {
    for (const sentence of sentencesOf(block.text)) {
      if (pastOrFuture(plainQuotes(sentence)) === 'future') continue;
      for (const m of sentence.matchAll(/(?<![\d/£])(19|20)\d{2}(?![\d/])/g)) years.push(Number(m[0]));
    }
  }
  return years;
}

const VISIT_KINDS: [Kind, RegExp][] = [
  ['monitoring-visit', /monitoring visit/i],
  ['focused-visit', /focused visit|focus visit/i],
  ['jtai', /joint targeted area inspection|JTAI/],
  ['deep-dive', /deep dive/i],
  ['inspection', /\binspection\b/i],
];

/**
 * Findings stated in sentences where a paper or minutes have no lists. Strong
 * cues stand alone; weak ones count only in a sentence about the inspection.
 */
const STRONG_CUES: [SectionKey, RegExp][] = [
  ['improvements', /\b(?:areas? for (?:improvement|development)|areas? requiring (?:further )?improvement|more work (?:is |was )?needed|weaknesses remain|raised concerns?|concerns? (?:were|was) raised|requires? further improvement)\b/i],
  ['strengths', /\b(?:in positive terms|significant progress|positive progress|(?:feedback|findings) (?:on|about) .{3,80} (?:was|were) positive)\b/i],
];
const WEAK_CUES: [SectionKey, RegExp][] = [
  ['improvements', /\b(?:needs? to improve|not yet (?:embedded|effective|consistent)|too slow|too high|not consistently)\b/i],
  ['strengths', /\b(?:(?:was|were) positive|(?:was|were|is|are) effective|strengths?\b|(?:was|were) (?:good|strong))\b/i],
];

function sentenceFindings(blocks: Block[]): Partial<Sections> {
  const out: Partial<Sections> = { improvements: [], strengths: [] };
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of sentencesOf(block.text)) {
      const plain = plainQuotes(sentence);
      if (pastOrFuture(plain) === 'future') continue;
      // "realistic about their strengths and areas for development" names neither.
      if (/strengths and areas for/i.test(plain)) continue;
      const about = /ofsted|inspect|feedback|report|visit|found|noted/i.test(plain);
      const cue = STRONG_CUES.find(([, re]) => re.test(plain)) ?? (about ? WEAK_CUES.find(([, re]) => re.test(plain)) : undefined);
      const text = sentence.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '').replace(/^[*"“]+/, '').replace(/[*"”]+(\.?)$/, '$1').trim();
      if (cue && out[cue[0]]!.length < 5 && !out[cue[0]]!.includes(text)) out[cue[0]]!.push(text);
    }
  }
  return out;
}

/** Is this a committee paper or minutes? Returns a score; above 2 it is. */
export function committeeScore(source: SourceText): number {
  const head = source.blocks.slice(0, 40).map((b) => plainQuotes(b.text)).join('\n');
  let score = 0;
  if (/\b(?:report to|report by|report author|agenda item|subject heading|lead councillor|lead officer|reporting officer|wards?)\s*:?/i.test(head)) score += 3;
  if (/\bminutes\b/i.test(head)) score += 2;
  if (/\b(?:committee|cabinet|scrutiny|sub-committee)\b/i.test(head)) score += 2;
  if (/\brecommendations?\b/i.test(head)) score += 1;
  if (/\b(?:Members were|Cllr|Councillor)\b/.test(source.text)) score += 1;
  return score;
}

export function parseCommittee(source: SourceText, ctx: ParseContext): ParsedDocument {
  const { blocks } = source;
  const missing: Missing[] = [];
  const checks: Note[] = [];
  const fields: ParsedDocument['fields'] = { body: found('council', 'a council paper or minutes') };
  const head = blocks.slice(0, 40);
  const labels = labelled(head);

  // Council first: its names are kept capitalised when headings are recased.
  if (ctx.council) fields.council = found(ctx.council, 'given with --council');
  const council = ctx.councils.match(source.text);
  if (!ctx.council) {
    if (council.id) fields.council = found(council.id, council.reason);
    else missing.push({ field: 'council', why: council.reason });
  }
  const nouns = ctx.councils.properNouns;

  // Kind.
  const minutes = head.some((b) => /^minutes\b|\bminutes\s*:?$|^minutes of\b/i.test(b.text)) || /\bRESOLVED\b|\bMembers were (?:told|informed|reminded)\b/.test(source.text);
  const kind: Kind = minutes ? 'minutes' : 'committee-paper';
  fields.kind = found(kind, minutes ? 'a “Minutes” heading and the record of a discussion' : 'a report to a meeting');

  // Committee.
  let committee: Finding<string> | undefined;
  const headText = head.map((b) => b.text).join('\n');
  const minutesOf = /minutes of (?:the|a|an) (.+?)(?: meeting)?(?: of (?:the )?[\p{Lu}][\p{L}\s]*?(?:Council|Borough))? (?:held|on|at)\b/iu.exec(headText);
  if (labels.committee && COMMITTEE_WORD.test(labels.committee.value)) committee = found(labels.committee.value, labels.committee.block.text);
  if (!committee && minutesOf) committee = found(minutesOf[1], minutesOf[0]);
  if (!committee) {
    const block = head.slice(0, 12).find((b) => b.kind === 'heading' && COMMITTEE_WORD.test(b.text) && !/^report (?:by|of)\b/i.test(b.text) && b.text.length < 120);
    if (block) committee = found(block.text, block.text);
  }
  if (committee) fields.committee = found(titleCase(mendCommittee(committee.value), nouns), committee.evidence);
  else missing.push({ field: 'committee', why: 'no “Report to:” line or committee heading' });

  // Meeting date.
  let meeting: { mention: DateMention; evidence: string } | undefined;
  if (labels.date) {
    const m = findDates(labels.date.value).find((d) => d.end.day !== undefined && hasYear(d));
    if (m) meeting = { mention: m, evidence: labels.date.block.text };
  }
  if (!meeting) {
    const held = /\bheld on\s+(?:\p{L}+day,?\s+)?(.{6,40})/iu.exec(head.map((b) => b.text).join(' '));
    const m = held ? findDates(held[1]).find((d) => d.end.day !== undefined && hasYear(d)) : undefined;
    if (m) meeting = { mention: m, evidence: held![0] };
  }
  if (!meeting) {
    // A cover sheet's date on a line of its own ("6 JULY 2017").
    for (const block of head.slice(0, 10)) {
      const m = findDates(block.text).find((d) => d.end.day !== undefined && hasYear(d));
      if (m && block.text.replace(m.text, '').replace(/[^\p{L}\d]/gu, '').length < 12) {
        meeting = { mention: m, evidence: block.text };
        break;
      }
    }
  }

  // Title.
  let title: Finding<string> | undefined;
  if (labels.title) title = found(labels.title.value, labels.title.block.text);
  if (!title) {
    const agenda = head.findIndex((b) => /^agenda item\b/i.test(b.text));
    const next = agenda >= 0 ? head.slice(agenda + 1).find((b) => b.text.length > 6) : undefined;
    if (next && next.text.length < 160) title = found(next.text.replace(/\.$/, ''), next.text);
  }
  if (!title) {
    const block = head.find((b) => b.kind === 'heading' && !COMMITTEE_WORD.test(b.text) && !/^report (?:by|of)\b|^(?:agenda|minutes|summary|recommendations?|present|apologies)\b/i.test(b.text) && !findDates(b.text).length);
    if (block) title = found(block.text, block.text);
  }
  if (title) fields.title = found(sentenceCase(title.value.replace(/\s+/g, ' '), nouns), title.evidence);
  else missing.push({ field: 'title', why: 'no “Title:” or “Subject:” line and no heading names the paper' });

  // Summary: the report's own summary, else its purpose, else its first paragraph.
  let summaryText: string | undefined;
  let summaryEvidence = '';
  if (labels.summary) {
    summaryText = labels.summary.value;
    summaryEvidence = labels.summary.block.text;
  }
  if (!summaryText) {
    const heading = blocks.findIndex((b) => b.kind === 'heading' && /summary|purpose of (?:the )?report/i.test(b.text));
    const para = heading >= 0 ? blocks.slice(heading + 1).find((b) => b.kind !== 'heading' && b.text.length > 40) : undefined;
    if (para) [summaryText, summaryEvidence] = [para.text, para.text];
  }
  if (!summaryText) {
    const start = title ? blocks.findIndex((b) => b.text === title.evidence || b.text.includes(title.value)) + 1 : 0;
    const para = blocks.slice(Math.max(0, start)).find((b) => b.kind === 'paragraph' && b.text.length > 60 && !b.cells);
    if (para) [summaryText, summaryEvidence] = [para.text, para.text];
  }
  if (summaryText) {
    const text = summaryText.replace(/^\d{1,2}(?:\.\d{1,2})*\s+/, '');
    fields.summary = found(leadSentences(text, 2, 320), summaryEvidence);
  } else {
    missing.push({ field: 'summary', why: 'no summary, purpose or opening paragraph' });
  }

  // What the paper reports happened, checked against its own date.
  const meetingIso = meeting && isoOf(meeting.mention.end);
  const years = pastYears(blocks);
  const events = pastEvents(blocks, meetingIso, years.length ? Math.max(...years.filter((y) => !meetingIso || y <= Number(meetingIso.slice(0, 4)))) : undefined);
  const latest = events.reduce<Event | undefined>((a, e) => (!a || e.last > a.last ? e : a), undefined);
  if (meeting && meetingIso) {
    fields.date = found(meetingIso, meeting.evidence);
    // Years are not placed from the paper's own date here: a mistaken date would hide itself.
    const dated = pastEvents(blocks, undefined, undefined);
    const after = dated
      .filter((e) => e.last > meetingIso && isoOf(e.mention.end)!.slice(0, 7) !== meetingIso.slice(0, 7))
      // Visits (spans of days) first, then single days, then months: the surest evidence leads.
      .sort((a, b) => rank(a.mention) - rank(b.mention) || a.last.localeCompare(b.last));
    if (after.length) {
      const lastDay = after.reduce((a, e) => (e.last > a ? e.last : a), '');
      const next = withYear(meeting.mention, meeting.mention.end.year! + 1);
      const nextIso = isoOf(next.end)!;
      const suggestion = nextIso >= lastDay ? `; perhaps ${describe(next)}, a year later, which is after everything it reports` : '';
      const events = [...new Set(after.map((e) => `“${e.mention.text.trim()}”`))].slice(0, 4).join(', ');
      checks.push({
        field: 'date',
        message: `the ${kind === 'minutes' ? 'minutes are' : 'paper is'} dated ${describe(meeting.mention)} but report${kind === 'minutes' ? '' : 's'} as past events after that date: ${events} (“${clip(after[0].sentence, 120)}”)${suggestion}`,
      });
    }
  } else if (latest) {
    const month = isoOf(latest.mention.end)!.slice(0, 7);
    fields.date = found(month, `estimated: the latest event it reports, “${clip(latest.sentence, 120)}”`);
    checks.push({
      field: 'date',
      message: `the meeting date is not in the document; ${month} is an estimate from the latest event it reports (“${latest.mention.text}”${latest.assumedYear ? `, with no year printed: ${latest.assumedYear} is the latest year it mentions in the past` : ''})`,
    });
    missing.push({ field: 'date', why: 'the meeting date is not in the document' });
  } else {
    missing.push({ field: 'date', why: 'the meeting date is not in the document, nor any date it reports' });
  }

  // Visits the paper reports, and the entries for them that exist.
  const councilId = fields.council?.value;
  if (councilId && ctx.entryIds) {
    const related = new Set<string>();
    for (const e of events) {
      const kindHit = VISIT_KINDS.find(([, re]) => re.test(e.sentence));
      const end = isoOf(e.mention.end)!;
      if (!kindHit || end.length !== 10) continue;
      const id = `${councilId}/${end}-${kindHit[0]}`;
      if (ctx.entryIds.has(id)) related.add(id);
    }
    if (related.size) fields.related = found([...related], 'entries for the visits it reports');
  }

  // Key findings: lists, else sentences that state them.
  const sections = collectSections(blocks);
  const cues = sentenceFindings(blocks);
  if (!sections.improvements.length) sections.improvements = cues.improvements ?? [];
  if (!sections.strengths.length) sections.strengths = cues.strengths ?? [];
  if (!sections.improvements.length && !sections.strengths.length && !sections.nextSteps.length) {
    missing.push({ field: 'findings', why: 'no lists of strengths, areas for improvement or next steps' });
  }
  const themeBlocks = [fields.summary?.value, ...sections.strengths, ...sections.improvements, ...sections.nextSteps].filter(Boolean) as string[];
  const themes = themesIn(ctx.themes, themeBlocks, blocks.map((b) => b.text));
  if (themes) fields.themes = themes;

  const opening = summaryText?.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '').trim();
  return { type: 'committee', fields, missing, checks, sections, opening, council };
}
