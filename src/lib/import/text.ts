/**
 * Source text as the parsers read it: normalised characters, then blocks
 * (paragraphs, list items, headings, table rows) in reading order.
 *
 * Sources come as PDF text (one paragraph per line, see pdf.ts), as text
 * saved from a web page or a PDF, or as HTML-ish exports of committee
 * systems (`<b>Report To:</b>`); OCR'd pages mix in look-alike letters from
 * other alphabets. All of it becomes the same plain blocks here.
 */
import { BULLET } from './pdf.ts';

export type BlockKind = 'paragraph' | 'item' | 'heading';

export interface Block {
  kind: BlockKind;
  text: string;
  /** A numbered paragraph ("14. The delivery of…", "2.1 In summary…"); the number is kept in `text`. */
  numbered?: boolean;
  /** Cells of a tab-separated table row, as printed (committee cover sheets). */
  cells?: string[];
  /** Index in the document's block list. */
  index: number;
}

export interface SourceText {
  /** The whole text, normalised, one block per line. */
  text: string;
  blocks: Block[];
}

/** Cyrillic and Greek letters that OCR reads for Latin ones ("то:" for "TO:"). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', т: 't', к: 'k', м: 'm', н: 'h', в: 'b', і: 'i',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I',
  Α: 'A', Β: 'B', Ε: 'E', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X', ο: 'o',
};
const HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'gu');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', pound: '£' };

/** Turns HTML fragments into text lines: paragraphs and list items on lines of their own. */
function stripHtml(text: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(text)) return text;
  return text
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|li|div|tr|h[1-6]|ol|ul)>|<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? all;
    });
}

/** Characters made plain: one kind of space, straight dashes kept, look-alike letters Latin. */
export function normaliseCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, '') // stray OCR digits from other scripts
    .replace(/[\ufb00-\ufb06]/g, (l) => ({ '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' })[l] ?? l)
    .replace(/(?<!\p{L})\p{L}+(?!\p{L})/gu, (word) => (/[a-zA-Z]/.test(word) || /^[а-яА-Я]{1,3}$/.test(word) ? word.replace(HOMOGLYPH, (c) => HOMOGLYPHS[c]) : word));
}

/** Straight quotes, for matching (printing keeps the source's). */
export function plainQuotes(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');
}

const MARKDOWN_DECORATION = /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(.*?)(?:\*\*|__)?\s*$/;

/** Splits a source into blocks. */
export function readSource(raw: string): SourceText {
  const text = normaliseCharacters(stripHtml(raw));
  const blocks: Block[] = [];
  const push = (kind: BlockKind, value: string, cells?: string[]) => {
    const clean = value.replace(/[ \t]+/g, ' ').replace(/\*\*|__/g, '').replace(/(^|\s)\*([^*\n]+)\*(?=\s|$|[.,;:])/g, '$1$2').trim();
    if (!clean) return;
    const numbered = /^\d{1,2}\.(?:\d{1,2})?\s+\S/.test(clean);
    if (numbered && kind !== 'item' && isHeading(clean.replace(/^\S+\s+/, ''))) kind = 'heading';
    blocks.push({ kind, text: clean, index: blocks.length, ...(numbered ? { numbered } : {}), ...(cells ? { cells } : {}) });
  };
  // Text saved with its line breaks (as pdftotext or copying from a PDF
  // gives) wraps paragraphs at a width; a line that fills most of that width
  // and stops mid-sentence goes on in the next line, whatever its first letter.
  const rawLines = text.split('\n');
  const wrapWidth = wrapWidthOf(rawLines);
  let previous: Block | undefined;
  let previousLength = 0;
  for (const rawLine of rawLines) {
    if (!rawLine.trim()) {
      previous = undefined;
      continue;
    }
    const line = rawLine.replace(/^\s*#{1,6}\s+/, '').replace(MARKDOWN_DECORATION, '$1');
    const cells = line.includes('\t') ? line.split('\t').map((c) => c.trim()) : undefined;
    const bullet = /^\s*(?:[-–]\s+|[a-z]\.\s+(?=[A-Z])|\(?[a-z]\)\s+)/.exec(line) ?? BULLET.exec(line);
    const length = rawLine.trim().length;
    if (bullet) {
      push('item', line.slice(bullet[0].length));
      previous = blocks.at(-1);
      previousLength = length;
      continue;
    }
    const cutShort = previous && !/[.!?:;”"]$/.test(previous.text);
    const wrapped = wrapWidth !== undefined && previousLength >= wrapWidth * 0.7 && !/^\d{1,2}(?:\.\d{1,2})*\.\s|^\d{1,2}\.\d{1,2}\s/.test(line.trim());
    // A line that goes on from one cut mid-sentence.
    if (previous && cutShort && !cells && !previous.cells && previous === blocks.at(-1) && (/^[a-z(]/.test(line.trim()) || wrapped)) {
      previous.text = `${previous.text}${previous.text.endsWith('-') ? '' : ' '}${line.trim().replace(/\s+/g, ' ')}`;
      if (previous.kind === 'heading' && !isHeading(previous.text)) previous.kind = 'paragraph';
      previousLength = length;
      continue;
    }
    push(isHeading(line) ? 'heading' : 'paragraph', line, cells);
    previous = blocks.at(-1);
    previousLength = length;
  }
  return { text: blocks.map((b) => (b.kind === 'item' ? `- ${b.text}` : b.text)).join('\n'), blocks };
}

/**
 * The width a text was wrapped at, when it was: most long lines end near
 * the same length. Undefined for text with one paragraph per line.
 */
function wrapWidthOf(lines: string[]): number | undefined {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 20) return undefined;
  const p90 = lengths[Math.floor(lengths.length * 0.9)];
  if (p90 < 50 || p90 > 130) return undefined;
  // Hard-wrapped text has few lines much longer than the wrap.
  return lengths.at(-1)! <= p90 * 1.25 ? p90 : undefined;
}

/** A short line without a full stop that names what follows ("Overview", "What needs to improve…?"). */
export function isHeading(line: string): boolean {
  const text = line.replace(/\*\*|__/g, '').trim();
  if (text.length < 3 || text.length > 90) return false;
  if (/[.;,]$/.test(text) || /\t/.test(text)) return false;
  if (/^\d{1,2}(\.\d+)*\s/.test(text) && text.length > 60) return false;
  const words = text.split(/\s+/);
  if (words.length > 14) return false;
  return /^[A-Z0-9“"‘']/.test(text);
}

/** Sentences of a block (abbreviations like "Mr." and "No." stay whole). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\b(Mr|Mrs|Ms|Dr|No|St|Cllr)\.\s/g, '$1\u0000 ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9“"‘'(◼-])/)
    .map((s) => s.replace(/\u0000/g, '.').trim())
    .filter(Boolean);
}

/** The first `count` sentences of a text, no longer than `max` characters where it can help it. */
export function leadSentences(text: string, count = 2, max = 320): string {
  const all = sentencesOf(text);
  let out = all[0] ?? '';
  for (const sentence of all.slice(1, count)) {
    if ((out + ' ' + sentence).length > max) break;
    out = `${out} ${sentence}`;
  }
  return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'upon']);
/** Words kept as written when text is recased. */
const KEEP = new Map(
  ['Ofsted', 'DfE', 'SEND', 'MASH', 'ILACS', 'SIF', 'JTAI', 'LSCB', 'LSCP', 'OFSTED', 'CAMHS', 'HMI', 'UASC', 'NEET', 'EHCP', 'SLT', 'DCS', 'AfC', 'BFfC', 'COVID-19', 'COVID'].map((w) => [w.toLowerCase(), w === 'OFSTED' ? 'Ofsted' : w]),
);

function isShouting(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}

/** "CHILDREN AND LEARNING OVERVIEW AND SCRUTINY SUB-COMMITTEE" → "Children and Learning Overview and Scrutiny Sub-Committee". */
export function titleCase(text: string, properNouns: string[] = []): string {
  if (!isShouting(text)) return text;
  const lowered = text.toLowerCase();
  let out = lowered.replace(/[\p{L}'’]+/gu, (word, offset: number) => {
    const kept = KEEP.get(word);
    if (kept) return kept;
    if (offset > 0 && SMALL_WORDS.has(word)) return word;
    return word.charAt(0).toUpperCase() + word.slice(1);
  });
  for (const noun of properNouns) out = out.replace(new RegExp(`\\b${escapeRegExp(noun)}\\b`, 'gi'), noun);
  return out;
}

/**
 * "OFSTED MONITORING VISIT AND DEEP DIVE OF CHILDREN'S SERVICES" →
 * "Ofsted monitoring visit and deep dive of children's services": sentence
 * case for text printed in capitals, keeping acronyms and the proper nouns
 * given (council names). Text not in capitals is returned as printed.
 */
export function sentenceCase(text: string, properNouns: string[] = []): string {
  if (!isShouting(text)) return text;
  const lowered = text.toLowerCase();
  let out = lowered.replace(/[\p{L}'’-]+/gu, (word) => KEEP.get(word) ?? word);
  out = out.charAt(0).toUpperCase() + out.slice(1);
  for (const noun of properNouns) out = out.replace(new RegExp(`\\b${escapeRegExp(noun)}\\b`, 'gi'), noun);
  return out;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Shortens text to `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[,;:\s]+$/, '')}…`;
}
