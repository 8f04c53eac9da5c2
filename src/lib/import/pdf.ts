/**
 * Text from a PDF, laid out as the import parsers read every source:
 * one paragraph per line, a blank line between paragraphs, list items
 * starting "- ".
 *
 * PDF.js (through unpdf, which ships its dependency-free build for servers)
 * gives text runs with their position and font size. Runs in a smaller font
 * than the body text are letterhead, footers, footnotes and page numbers, so
 * they are dropped; a gap between lines wider than the usual line spacing
 * starts a new paragraph; a bullet glyph starts a list item and the indented
 * lines after it continue it.
 */
import { getDocumentProxy } from 'unpdf';

export interface PdfText {
  text: string;
  pages: number;
}

interface Run {
  str: string;
  x: number;
  y: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  page: number;
}

/** Bullet glyphs: geometric shapes, dingbats and the private-use symbols of Symbol/Wingdings fonts. */
export const BULLET = /^\s*(?:[•◼■▪●◦○▸►✓✔➢➤·]|\*(?=\s)|[\uE000-\uF8FF])\s*/u;

function bodyHeight(runs: Run[]): number {
  const weight = new Map<number, number>();
  for (const run of runs) {
    const h = Math.round(run.height * 2) / 2;
    weight.set(h, (weight.get(h) ?? 0) + run.str.length);
  }
  let best = 0;
  let most = -1;
  for (const [h, w] of weight) if (w > most) [best, most] = [h, w];
  return best;
}

function linesOf(runs: Run[], page: number, minHeight: number): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  const end = () => {
    if (current && current.text.trim()) lines.push({ ...current, text: current.text.replace(/\s+/g, ' ').trim() });
    current = undefined;
  };
  for (const run of runs) {
    const small = run.str.trim() !== '' && run.height > 0 && run.height < minHeight;
    if (!small && run.str !== '') {
      if (current && Math.abs(run.y - current.y) > Math.max(2, run.height * 0.6)) end();
      if (!current) current = { text: '', x: run.x, y: run.y, page };
      current.text += run.str;
    }
    if (run.hasEOL) end();
  }
  end();
  // Page numbers and running heads left in body size.
  return lines.filter((l) => !/^(?:\d{1,3}|Page \d+( of \d+)?)$/i.test(l.text));
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Joins lines into paragraphs and list items. */
function layout(lines: Line[]): string {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1].y - lines[i].y;
    if (lines[i].page === lines[i - 1].page && gap > 0) gaps.push(gap);
  }
  const spacing = median(gaps) || 14;
  const blocks: { text: string; item: boolean; x: number }[] = [];
  let block: { text: string; item: boolean; x: number; textX: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = lines[i - 1];
    const bullet = BULLET.exec(line.text);
    const text = bullet ? line.text.slice(bullet[0].length) : line.text;
    let startsNew = true;
    if (block && prev) {
      if (bullet) startsNew = true;
      else if (prev.page !== line.page) {
        // Across a page break a paragraph goes on when it stopped mid-sentence.
        startsNew = /[.!?:;”"]$/.test(block.text) || !/^[a-z(‘'“"]/.test(text);
      } else {
        const gap = prev.y - line.y;
        startsNew = gap <= 0 || gap > spacing * 1.35;
        if (!startsNew && block.item && line.x < block.textX - 4 && !/^[a-z]/.test(text)) startsNew = true;
      }
    }
    if (startsNew) {
      if (block) blocks.push(block);
      block = { text, item: Boolean(bullet), x: line.x, textX: bullet ? lines[i + 1]?.x ?? line.x : line.x };
    } else if (block) {
      // A word broken at a hyphen at the line end keeps its hyphen: "child-\nprotection".
      block.text += block.text.endsWith('-') ? text : ` ${text}`;
    }
  }
  if (block) blocks.push(block);
  return blocks.map((b) => (b.item ? `- ${b.text}` : b.text)).join('\n\n');
}

/** Extracts the text of a PDF; throws when the file is not a PDF PDF.js can read. */
export async function extractPdfText(data: Uint8Array): Promise<PdfText> {
  const pdf = await getDocumentProxy(data, { verbosity: 0 });
  try {
    const pages: Run[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({
          str: item.str,
          x: item.transform[4],
          y: item.transform[5],
          height: item.height || Math.abs(item.transform[3]),
          hasEOL: item.hasEOL,
        });
      }
      pages.push(runs);
      page.cleanup();
    }
    const body = bodyHeight(pages.flat());
    const lines = pages.flatMap((runs, i) => linesOf(runs, i + 1, body * 0.85));
    return { text: layout(lines), pages: pdf.numPages };
  } finally {
    // Frees the parsed document (PDF.js keeps fonts and pages in memory).
    await pdf.loadingTask.destroy();
  }
}
