/**
 * Reads an Ofsted letter (monitoring or focused visit, JTAI) or inspection
 * report. Ofsted's wording has changed over the years, so each field is
 * looked for in several ways rather than in one template:
 *
 * - the letter date: the date at the top, before "Dear …";
 * - the kind and council: the subject line ("Focused visit to Reading
 *   children's services", "Monitoring visit of Reading Borough Council
 *   children's services", "Inspection of …");
 * - the visit dates: the sentence that says what the letter summarises
 *   ("… on 21 and 22 February 2017"), else an "Inspection dates:" line,
 *   else the first sentence about the visit that has dates;
 * - the inspectors: "The inspectors were …", "Her Majesty's Inspectors for
 *   this visit were …", "carried out by … Her Majesty's Inspectors",
 *   "Lead inspector: …", else the signatory;
 * - grades: the judgement table of a full report;
 * - the summary: the first sentences of the headline findings that are on
 *   this visit rather than the last inspection or the pandemic (summary.ts).
 */
import { daysBetween } from '../dates.ts';
import { GRADE_INFO, GRADES, KINDS, type Grade, type Kind } from '../vocabulary.ts';
import { describe, findDates, hasYear, isoOf, placeYear, withYear, type DateMention } from './date-phrases.ts';
import { collectSections, themesIn } from './sections.ts';
import { chooseSummary, PROCEDURAL } from './summary.ts';
import { clip, plainQuotes, sentencesOf, type Block, type SourceText } from './text.ts';
import type { Finding, Missing, Note, ParseContext, ParsedDocument } from './types.ts';

const SUBJECT = /^(?:re:\s*)?(?:focused visit|monitoring visit|inspection|joint targeted area inspection|short inspection|annual (?:engagement|conversation)|(?:letter|outcome) (?:of|following))/i;

const KIND_PATTERNS: [Kind, RegExp][] = [
  ['jtai', /joint targeted area inspection|\bJTAI\b/i],
  ['monitoring-visit', /monitoring visit/i],
  ['focused-visit', /focused visit/i],
  ['short-inspection', /short inspection/i],
  ['annual-engagement', /annual (?:engagement|conversation)/i],
  ['inspection', /\binspection\b/i],
];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** The longest area of practice a drafted title holds whole. */
const TITLE_FOCUS_LENGTH = 80;

const found = <T>(value: T, evidence: string): Finding<T> => ({ value, evidence: clip(evidence.replace(/\s+/g, ' ').trim(), 240) });

/** Is this text an Ofsted letter or report? Returns a score; above 2 it is. */
export function ofstedScore(source: SourceText): number {
  const head = source.blocks.slice(0, 40).map((b) => plainQuotes(b.text)).join('\n');
  const all = plainQuotes(source.text);
  let score = 0;
  if (/ofsted\.gov\.uk|gov\.uk\/ofsted/i.test(all)) score += 2;
  if (/summarises the findings/i.test(head)) score += 3;
  if (/(?:Her|His) Majesty's Inspector|\bHMI\b/.test(all)) score += 2;
  if (/^(?:inspection dates?|lead inspector)\s*:|^judgement\s+grade$|^overall effectiveness\b/im.test(head)) score += 2;
  if (source.blocks.slice(0, 30).some((b) => SUBJECT.test(plainQuotes(b.text)) && /children's services|local authority/i.test(plainQuotes(b.text)))) score += 2;
  if (/^Dear\b/m.test(head)) score += 1;
  if (/\b(?:report to|agenda item|minutes|report author|recommendations?)\s*:/i.test(head)) score -= 3;
  return score;
}

function firstDate(blocks: Block[]): { mention: DateMention; block: Block } | undefined {
  for (const block of blocks) {
    const mention = findDates(block.text).find((m) => m.end.day !== undefined && (hasYear(m) || m.yearCandidates));
    if (mention) return { mention, block };
  }
  return undefined;
}

/** A name as printed, with "HMI"/"OI" kept where printed after it. */
const NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|den|le|la|du|da|di|bin|al))+(?:\s+(?:HMI|OI|SCRI))?$/u;
const ROLE_WORDS = /majesty|inspector|\bwhom\b|\bvisit\b|\bofsted\b|\bservices?\b|\bcouncil\b|\bauthority\b|\bchildren\b/i;

function namesIn(list: string): string[] {
  const names: string[] = [];
  const cleaned = list
    .replace(/^(?:(?:Her|His) Majesty's Inspectors?|HMIs?)\s*,?\s*(?=\p{Lu})/u, '')
    .replace(/\((?:HMI|OI)\)/g, '')
    .replace(/[.;]\s*$/, '')
    .replace(/\s+/g, ' ');
  for (const piece of cleaned.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*/)) {
    const name = piece.replace(/^(?:the\s+)?(?:lead|deputy lead|team|social care regulatory)?\s*inspectors?:?\s*/i, '').trim();
    if (!name || ROLE_WORDS.test(name.replace(/\s+(?:HMI|OI|SCRI)$/, ''))) continue;
    if (NAME.test(name) && name.split(/\s+/).length <= 5) names.push(name);
  }
  return names;
}

/** Inspectors as printed, and the sentence they were read from. */
export function findInspectors(blocks: Block[]): { names: string[]; evidence: string; signatoryOnly?: boolean } | undefined {
  const early = blocks.slice(0, 45);
  for (const block of early) {
    for (const sentence of sentencesOf(block.text)) {
      const plain = plainQuotes(sentence);
      if (/Chief Inspector/i.test(plain) && !/inspectors (?:were|for this)/i.test(plain)) continue;
      if (!/inspector|\bHMI\b/i.test(plain)) continue;
      if (/^(?:lead inspector|deputy lead inspector|team inspectors?|inspection team|inspectors?)\s*:/i.test(plain)) continue;
      const list =
        /\binspectors?\b[^.]*?\b(?:were|was|are|is)\b:?\s+(.+)$/i.exec(plain)?.[1] ??
        /\bHMIs?\b[^.]*?\b(?:were|was)\b:?\s+(.+)$/.exec(plain)?.[1] ??
        /\b(?:carried out|undertaken|conducted|led)\s+by\s+(.+)$/i.exec(plain)?.[1];
      if (!list) continue;
      const names = namesIn(list);
      if (names.length) return { names, evidence: sentence };
    }
  }
  // Full reports list the team at the end; letters are signed by the lead inspector.
  const labelled = blocks.flatMap((b) => {
    const m = /^(?:lead inspector|deputy lead inspector|team inspectors?|inspectors?)\s*:\s*(.+)$/i.exec(plainQuotes(b.text));
    return m ? namesIn(m[1]) : [];
  });
  if (labelled.length) return { names: [...new Set(labelled)], evidence: 'the inspection team listed in the report' };
  const sign = blocks.findIndex((b) => /^Yours (?:sincerely|faithfully)/i.test(b.text));
  if (sign >= 0) {
    const after = blocks.slice(sign, sign + 3).map((b) => b.text).join(' ');
    const m = /Yours (?:sincerely|faithfully),?\s+(.+?)\.?\s+(?:Her|His) Majesty['’]s Inspector/i.exec(after);
    if (m) {
      const names = namesIn(m[1]);
      if (names.length) return { names, evidence: `signed by ${names[0]}`, signatoryOnly: true };
    }
  }
  return undefined;
}

/** A row of a judgement table, not a paragraph. */
const GRADE_ROW = /(?:requires? improvement to be good|inadequate|good|outstanding)\s*$/i;

const GRADE_TEXT = /^\s*(?:is|are|was|were|:|–|-)?\s*(?:judged\s+(?:to\s+be\s+)?)?(requires? improvement(?: to be good)?|require improvement to be good|inadequate|good|outstanding)\b/i;

const AREAS: { area: string; frameworks: string[]; pattern: RegExp }[] = [
  { area: 'overall', frameworks: ['sif', 'ilacs', 'ilacs-2023'], pattern: /overall effectiveness|children's services in [\p{L}\s-]+? (?=are|is|require)/iu },
  { area: 'leadership', frameworks: ['ilacs', 'ilacs-2023'], pattern: /impact of leaders on social work practice(?: with children and families)?/i },
  { area: 'leadership', frameworks: ['sif'], pattern: /leadership, management and governance/i },
  { area: 'help-and-protection', frameworks: ['sif', 'ilacs', 'ilacs-2023'], pattern: /children who need help and protection/i },
  { area: 'children-in-care-and-care-leavers', frameworks: ['ilacs'], pattern: /(?:progress of )?children in care and care leavers/i },
  { area: 'children-in-care', frameworks: ['ilacs-2023'], pattern: /progress of children in care(?! and care leavers)/i },
  { area: 'care-leavers', frameworks: ['ilacs-2023', 'sif'], pattern: /(?:experiences and )?progress of care leavers/i },
  { area: 'looked-after-and-permanence', frameworks: ['sif'], pattern: /children looked after and achieving permanence/i },
  { area: 'adoption', frameworks: ['sif'], pattern: /adoption performance/i },
  { area: 'lscb', frameworks: ['sif'], pattern: /local safeguarding children board(?: \(LSCB\))?/i },
];

function gradeOf(text: string): Grade | undefined {
  const t = text.toLowerCase();
  if (t.startsWith('requir')) return 'requires-improvement';
  return (GRADES as readonly string[]).includes(t) ? (t as Grade) : undefined;
}

/** Judgements from a full report's table: "Overall effectiveness  Requires improvement to be good". */
export function findGrades(blocks: Block[], year?: number): { framework: string; grades: Record<string, Grade>; evidence: string } | undefined {
  const hits: { area: string; frameworks: string[]; grade: Grade; text: string }[] = [];
  for (const block of blocks.slice(0, 120)) {
    const text = plainQuotes(block.text);
    for (const def of AREAS) {
      const m = def.pattern.exec(text);
      if (!m) continue;
      const g = GRADE_TEXT.exec(text.slice(m.index + m[0].length));
      const grade = g ? gradeOf(g[1]) : undefined;
      if (grade && !hits.some((h) => h.area === def.area)) hits.push({ area: def.area, frameworks: def.frameworks, grade, text: block.text });
    }
  }
  if (!hits.length) return undefined;
  const sifOnly = hits.some((h) => h.frameworks.length === 1 && h.frameworks[0] === 'sif');
  const ilacs2023 = hits.some((h) => h.area === 'children-in-care' || (h.area === 'care-leavers' && !sifOnly));
  const framework = sifOnly || (year !== undefined && year < 2018) ? 'sif' : ilacs2023 || (year !== undefined && year >= 2023) ? 'ilacs-2023' : 'ilacs';
  const grades: Record<string, Grade> = {};
  for (const h of hits) if (h.frameworks.includes(framework)) grades[h.area] = h.grade;
  return { framework, grades, evidence: hits.map((h) => clip(h.text, 90)).join(' / ') };
}

/** "the second monitoring visit" → 2; "the 7th monitoring visit" → 7. */
export function findVisitNumber(text: string): { value: number; evidence: string } | undefined {
  const m =
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(\d{1,2})(?:st|nd|rd|th))\s+(?:ofsted\s+)?monitoring visit/i.exec(text) ??
    /\bmonitoring visit\s+(?:number\s+|no\.?\s*)?(\d{1,2})\b(?!\s*(?:and|to|-|–)\s*\d)(?!\s+\p{L}+\s+\d{4})/iu.exec(text);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  const value = ORDINALS.includes(word) ? ORDINALS.indexOf(word) + 1 : Number.parseInt(word, 10);
  return Number.isFinite(value) && value > 0 ? { value, evidence: m[0] } : undefined;
}

/** The area of practice a visit looked at: "Inspectors looked at the local authority's arrangements for care leavers." */
function findFocus(blocks: Block[]): Finding<string> | undefined {
  const re =
    /\b(?:inspectors|this visit|the visit)\s+(?:looked at|reviewed|evaluated|considered|focused (?:specifically )?on)\s+(?:the\s+)?(?:local authority's\s+)?(?:arrangements for\s+)?(?:the\s+)?(?:progress made in\s+)?(.+?)(?:[.;:]|,\s*(?:with|including|specifically|together|and the|as well)\b|$)/i;
  for (const block of blocks.slice(0, 40)) {
    for (const sentence of sentencesOf(block.text)) {
      const plain = plainQuotes(sentence);
      if (/range of evidence|evidence|case records|video calls/i.test(plain)) continue;
      const m = re.exec(plain);
      if (m && m[1].length > 3) return found(m[1].replace(/['"]/g, '').replace(/^the\s+/i, '').trim(), sentence);
    }
  }
  // A JTAI names its subject: "Joint targeted area inspection of the multi-agency response to … in Reading".
  for (const block of blocks.slice(0, 20)) {
    const m = /^joint targeted area inspection of (?:the )?(.+?)(?: in (?:\p{Lu}[\p{L}-]*\s?)+)?$/iu.exec(plainQuotes(block.text));
    if (m) return found(m[1], block.text);
  }
  return undefined;
}

export function parseOfsted(source: SourceText, ctx: ParseContext): ParsedDocument {
  const { blocks } = source;
  const missing: Missing[] = [];
  const checks: Note[] = [];
  const fields: ParsedDocument['fields'] = { body: found('ofsted', 'an Ofsted letter or report') };

  const dear = blocks.findIndex((b) => /^Dear\b/.test(b.text));
  const subjectBlock = blocks.slice(0, 30).find((b) => SUBJECT.test(plainQuotes(b.text)) && b.text.length < 220 && !/summarises/i.test(b.text));
  const headerEnd = dear >= 0 ? dear : subjectBlock ? subjectBlock.index : Math.min(blocks.length, 12);
  const summaryBlock = blocks.slice(0, 40).find((b) => /summarises the findings/i.test(b.text));
  const summarySentence = summaryBlock ? sentencesOf(summaryBlock.text).find((s) => /summarises the findings/i.test(s)) : undefined;

  // Kind: the subject line, else what the letter says it summarises, else the most named.
  const kindSource = [subjectBlock?.text, summarySentence].filter(Boolean) as string[];
  let kind: Kind | undefined;
  for (const text of kindSource) {
    const hit = KIND_PATTERNS.find(([, re]) => re.test(text));
    if (hit) {
      kind = hit[0];
      fields.kind = found(kind, text);
      break;
    }
  }
  if (!kind) {
    const head = blocks.slice(0, 30).map((b) => b.text).join(' ');
    const hit = KIND_PATTERNS.find(([, re]) => re.test(head));
    if (hit) {
      kind = hit[0];
      fields.kind = found(kind, `“${hit[1].exec(head)![0]}” in the opening`);
    }
  }
  if (kind === 'inspection' && /\bshort inspection\b/i.test(blocks.slice(0, 40).map((b) => b.text).join(' '))) {
    kind = 'short-inspection';
    fields.kind = found(kind, 'the report calls itself a short inspection');
  }
  if (!kind) missing.push({ field: 'kind', why: 'no subject line or opening says what kind of visit or inspection it was' });

  // Council.
  if (ctx.council) {
    fields.council = found(ctx.council, 'given with --council');
  }
  const subjectText = [subjectBlock?.text, summarySentence?.split(/\bon\s+\d/)[0]].filter(Boolean).join(' / ');
  // The place the letter names ("Focused visit to Blackburn with Darwen children's services").
  const named = /\b(?:visit|inspection)\s+(?:to|of)\s+(?:the\s+)?(.+?)\s+(?:local authority\s+)?children['’]s services/i.exec(subjectText)?.[1];
  let council = ctx.councils.match(source.text, subjectText || undefined);
  if (named && !ctx.councils.match(named, named).id && !council.reason.startsWith('named in')) {
    // A letter about a council with no file is not filed under a council it mentions in passing.
    council = { reason: `it is about “${named}”, and no council file in content/councils has that name`, candidates: council.candidates };
  }
  if (!ctx.council) {
    if (council.id) fields.council = found(council.id, council.reason);
    else missing.push({ field: 'council', why: council.reason });
  }

  // Letter date (→ published): the date at the top; a report's "Published:" line.
  const header = blocks.slice(0, Math.max(1, headerEnd));
  const publishedLine = blocks.slice(0, 60).find((b) => /^(?:report )?(?:published|publication date)\s*:?/i.test(b.text));
  const letter = firstDate(header) ?? (publishedLine ? firstDate([publishedLine]) : undefined);

  // Visit dates: what the letter says it summarises, else an "Inspection dates:" line, else the first visit sentence with dates.
  let visit: { mention: DateMention; evidence: string } | undefined;
  if (summarySentence) {
    const after = summarySentence.slice(summarySentence.search(/summarises/i));
    const m = findDates(after).find((d) => d.end.day !== undefined);
    if (m) visit = { mention: m, evidence: summarySentence };
  }
  if (!visit) {
    for (const block of blocks.slice(0, 60)) {
      const m = /^(?:inspection|visit)\s+dates?\s*:?|^dates? of (?:the )?(?:inspection|visit)\s*:?/i.exec(plainQuotes(block.text));
      if (!m) continue;
      const d = findDates(block.text.slice(m[0].length)).find((x) => x.end.day !== undefined);
      if (d) {
        visit = { mention: d, evidence: block.text };
        break;
      }
    }
  }
  if (!visit) {
    outer: for (const block of blocks.slice(headerEnd, headerEnd + 40)) {
      if (letter && block === letter.block) continue;
      for (const sentence of sentencesOf(block.text)) {
        if (!/\b(?:visit|inspection|inspected|inspectors)\b/i.test(sentence)) continue;
        if (/\b(?:last|previous|since|judged|prior)\b/i.test(sentence)) continue;
        const d = findDates(sentence).find((x) => x.end.day !== undefined);
        if (d) {
          visit = { mention: d, evidence: sentence };
          break outer;
        }
      }
    }
  }

  // Years: a letter is written after its visit, so each dates the other's missing or mistyped year.
  let letterMention = letter?.mention;
  let visitMention = visit?.mention;
  if (letterMention && visitMention) {
    if (letterMention.yearCandidates) {
      const visitYear = visitMention.end.year;
      const best = visitYear === undefined ? undefined : letterMention.yearCandidates.filter((y) => y >= visitYear).sort((a, b) => a - b)[0];
      if (best !== undefined) {
        letterMention = withYear(letterMention, best);
        checks.push({ field: 'published', message: `the letter date is printed “${letter!.mention.text}”; read as ${describe(letterMention)}, the nearest year not before the visit` });
      }
    }
    if (!hasYear(visitMention)) {
      const placed = placeYear(visitMention, isoOf(letterMention.end)!);
      if (hasYear(placed)) {
        checks.push({ field: 'date', message: `the visit dates “${visitMention.text}” have no year; read as ${describe(placed)}, the last such dates before the letter` });
        visitMention = placed;
      }
    }
  } else if (letterMention?.yearCandidates) {
    checks.push({ field: 'published', message: `the letter date is printed “${letterMention.text}” (a mistyped year); read as ${describe(letterMention)}` });
  }

  if (letterMention && hasYear(letterMention)) fields.published = found(isoOf(letterMention.end)!, letter!.block.text);
  else missing.push({ field: 'published', why: 'no letter date at the top of the document' });

  if (visitMention && hasYear(visitMention)) {
    const end = isoOf(visitMention.end)!;
    const start = isoOf(visitMention.start)!;
    fields.date = found(end, visit!.evidence);
    if (start !== end) fields.start_date = found(start, visit!.evidence);
  } else {
    missing.push({ field: 'date', why: visitMention ? `the visit dates “${visitMention.text}” have no year and there is no letter date to place them` : 'no sentence gives the dates of the visit' });
  }
  if (fields.date && fields.published) {
    if (fields.published.value < fields.date.value) {
      checks.push({ field: 'published', message: `the letter is dated ${fields.published.value}, before the visit ended on ${fields.date.value}` });
    } else {
      const days = daysBetween(fields.date.value, fields.published.value);
      if (days > 183) checks.push({ field: 'published', message: `the letter is dated ${days} days after the visit; Ofsted usually writes within weeks` });
    }
  }

  // Inspectors.
  const inspectors = findInspectors(blocks);
  if (inspectors) {
    fields.inspectors = found(inspectors.names, inspectors.evidence);
    if (inspectors.signatoryOnly) checks.push({ field: 'inspectors', message: 'only the inspector who signed the letter was found; add the others if it names them' });
  } else if (kind !== 'jtai') {
    missing.push({ field: 'inspectors', why: 'no sentence names the inspectors' });
  }

  // Monitoring-visit number.
  if (kind === 'monitoring-visit') {
    const n = findVisitNumber(blocks.slice(0, 25).map((b) => b.text).join('\n'));
    if (n) fields.visit_number = found(n.value, n.evidence);
    else missing.push({ field: 'visit_number', why: 'the letter does not say which monitoring visit this was' });
  }

  // Grades of a full inspection.
  if (kind && KINDS[kind].graded) {
    const year = fields.date ? Number(fields.date.value.slice(0, 4)) : undefined;
    const graded = findGrades(blocks, year);
    if (graded && Object.keys(graded.grades).length) {
      fields.framework = found(graded.framework, graded.framework === 'sif' ? 'judgement areas of the single inspection framework' : `judgement areas of ILACS${graded.framework === 'ilacs-2023' ? ' from 2023' : ''}`);
      fields.grades = found(graded.grades, graded.evidence);
    } else {
      missing.push({ field: 'grades', why: 'no judgement table was found' });
    }
  }

  // What it looked at, its opening and its key findings.
  const focus = findFocus(blocks.slice(headerEnd));
  if (focus) fields.focus = focus;
  else if (kind === 'focused-visit' || kind === 'monitoring-visit') missing.push({ field: 'focus', why: 'no sentence says which area of practice the visit looked at' });

  const firstFindings = blocks.findIndex((b, i) => i > headerEnd && b.kind === 'heading' && /needs to improve|findings and evaluation|^(?:main )?findings$|areas? for (?:priority action|improvement)/i.test(b.text));
  const openingBlocks = blocks.slice(headerEnd + 1, firstFindings > 0 ? firstFindings : headerEnd + 25);
  const headline = openingBlocks.findIndex((b) => b.kind === 'heading' && /^headline findings$/i.test(b.text));
  const openingParagraphs = (headline >= 0 ? openingBlocks.slice(headline + 1) : openingBlocks).filter(
    (b) => b.kind === 'paragraph' && !b.cells && !GRADE_ROW.test(plainQuotes(b.text)) && b !== subjectBlock && !SUBJECT.test(plainQuotes(b.text)) && b.text.length > 80 && sentencesOf(b.text).every((s) => !PROCEDURAL.test(plainQuotes(s))),
  );
  const opening = openingParagraphs[0];
  // Letters of 2020–21 open with how the visit was done, then list their findings: those stand in.
  const findingsHeading = blocks.findIndex((b, i) => i > headerEnd && b.kind === 'heading' && /^(?:main )?findings$/i.test(b.text));
  const findingsEnd = blocks.findIndex((b, i) => i > findingsHeading && b.kind === 'heading');
  const findingsList = findingsHeading > 0 ? blocks.slice(findingsHeading + 1, findingsEnd > 0 ? findingsEnd : undefined) : [];
  const summarySource = openingParagraphs.length ? openingParagraphs : findingsList;
  const summary = chooseSummary(summarySource.map((b) => b.text), fields.start_date?.value ?? fields.date?.value);
  if (summary) fields.summary = found(summary.value, summary.paragraph);
  else if (summarySource.length) {
    const where = openingParagraphs.length ? 'headline findings' : 'findings';
    missing.push({ field: 'summary', why: `every sentence of its ${where} is about an earlier inspection or visit, the pandemic or the council’s circumstances, not what this visit found` });
  } else missing.push({ field: 'summary', why: 'no opening paragraph says what the visit found' });

  const sections = collectSections(blocks.slice(headerEnd));
  if (!sections.improvements.length && !sections.strengths.length) {
    missing.push({ field: 'findings', why: 'no “What needs to improve”, areas for improvement or strengths list' });
  }
  const themeBlocks = [fields.summary?.value, ...sections.strengths, ...sections.improvements, ...sections.nextSteps].filter(Boolean) as string[];
  const themes = themesIn(ctx.themes, sections.improvements.length + sections.strengths.length ? themeBlocks : [], blocks.map((b) => b.text));
  if (themes) fields.themes = themes;

  // Title: "Monitoring visit 2: help and protection".
  if (kind) {
    const label = KINDS[kind].label;
    const n = fields.visit_number ? ` ${fields.visit_number.value}` : '';
    const overall = fields.grades?.value.overall;
    const area = focus && clip(focus.value, TITLE_FOCUS_LENGTH);
    // A title cut off at "…" reads as unfinished on every page that lists it: the officer says it in fewer words.
    if (focus && area !== focus.value) checks.push({ field: 'title', message: `the area looked at is too long for a title and was cut short at “…”: say it in fewer words` });
    const what = area ? `: ${area}` : overall ? `: ${GRADE_INFO[overall].label.toLowerCase()}` : '';
    fields.title = found(`${label}${n}${what}`, focus ? `the kind${n ? ', number' : ''} and the area looked at` : overall ? 'the kind and the overall judgement' : 'the kind');
  }

  return {
    type: 'ofsted',
    fields,
    missing,
    checks,
    sections,
    opening: opening?.text,
    council,
  };
}
