/**
 * The summary of an Ofsted letter: one or two sentences on what this visit
 * found. Letters often open their headline findings with background – the
 * last inspection ("An inspection … took place in November 2019, when …"),
 * the pandemic ("Leeds has experienced high rates of COVID 19 …"), the
 * council's circumstances – which would put the wrong event on a timeline.
 * So, paragraph by paragraph:
 *
 * - a background sentence is one that recalls an earlier inspection or
 *   visit ("previous", "last inspected", "since the inspection", "since
 *   then", a month or year before the visit), sets the pandemic's scene
 *   (its rates, onset, restrictions), describes the council's circumstances
 *   ("At the time of the visit", a Department for Education pathfinder) or
 *   says how the visit was done;
 * - a sentence that points back ("This …", "However, …", "… these
 *   issues …") leans on the one before it, and one that follows sentences
 *   passed over in its paragraph goes on with them when it names inspectors
 *   ("Inspectors made areas for priority action …"), is in the past (was,
 *   were, had) or is about the pandemic: both are passed over too;
 * - the summary is the first sentence not passed over, with the next one
 *   when that is not background and both fit in 300 characters. With none,
 *   there is no summary, and the draft leaves a TODO for the officer.
 */
import { MONTHS, monthNumber } from '../dates.ts';
import { plainQuotes, sentencesOf } from './text.ts';

/** How a visit was done rather than what it found. */
export const PROCEDURAL =
  /summarises the findings|inspectors? (?:were|was|for this visit)|carried out|Chief Inspector|methodology|COVID-19 context|video calls|in line with the inspection|\b(?:Inspectors|They) (?:looked|reviewed|considered|evaluated|assessed|spoke|used|were on site|met|talked|measured)|range of evidence|evidence (?:was|including)|section 136|\b(?:The|This) visit (?:was|considered|looked|focused)|lead inspector and the director|^Dear |I am copying|Yours sincerely|published on the Ofsted website|primary focus|focused specifically/i;

const EARLIER = /\b(?:previous|last)\s+(?:[\w-]+\s+){0,2}(?:inspection|visit)|\blast inspected\b|\bsince (?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:inspection|visit)|\bsince (?:then|that time)\b/i;
const PANDEMIC_SCENE = /\brates? of COVID|\bCOVID[- ]?19 rates|\binfection (?:and death )?rates?|\bonset of the pandemic|^The (?:COVID[- ]?19 )?pandemic\b|\block-?downs?\b|\b(?:national|local|lockdown) restrictions|\bchallenging year\b/i;
const CIRCUMSTANCES = /\bat the time of (?:the|this) visit\b|\bDepartment for Education\b|\bDfE\b|\bpathfinder\b/i;
const POINTS_BACK = /^(?:This|These|That|Those|They|Their|It|Its|However|But|Subsequently|Consequently|As a result|Despite this|In addition|Also|Nevertheless)\b(?! (?:visit|focused visit|inspection)\b)|\bthese\b/i;
const GOES_ON = /\binspectors\b|\b(?:was|were|had)\b|\bpandemic\b|\bCOVID\b/i;

const MONTH_YEAR = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d{2})\\b`, 'gi');

/** Does the sentence name a month or year before the visit began ("in November 2019", "since 2018")? */
function namesEarlierTime(sentence: string, visitStart: string): boolean {
  const year = Number(visitStart.slice(0, 4));
  const month = Number(visitStart.slice(5, 7));
  return [...sentence.matchAll(MONTH_YEAR)].some((m) => {
    const y = Number(m[2]);
    return y < year || (y === year && m[1] !== undefined && monthNumber(m[1]) < month);
  });
}

/** Is this sentence background rather than what the visit found? `visitStart` is `YYYY-MM-DD`, when known. */
export function isBackground(sentence: string, visitStart?: string): boolean {
  const plain = plainQuotes(sentence);
  return EARLIER.test(plain) || PANDEMIC_SCENE.test(plain) || CIRCUMSTANCES.test(plain) || PROCEDURAL.test(plain) || (visitStart !== undefined && namesEarlierTime(plain, visitStart));
}

/** The summary from the paragraphs of a letter's headline findings, and the paragraph it came from; undefined when every sentence is background. */
export function chooseSummary(paragraphs: string[], visitStart?: string): { value: string; paragraph: string } | undefined {
  for (const paragraph of paragraphs) {
    const sentences = sentencesOf(paragraph);
    for (const [i, sentence] of sentences.entries()) {
      const plain = plainQuotes(sentence);
      // Past the first sentence, those before it were passed over: this one may go on with them.
      if (isBackground(sentence, visitStart) || POINTS_BACK.test(plain) || (i > 0 && GOES_ON.test(plain))) continue;
      const next = sentences[i + 1];
      const value = next && !isBackground(next, visitStart) && `${sentence} ${next}`.length <= 300 ? `${sentence} ${next}` : sentence;
      return { value, paragraph };
    }
  }
  return undefined;
}
