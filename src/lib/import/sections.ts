/**
 * Key findings shared by both parsers: the lists under a document's
 * strengths / improvement / next-steps headings (or after a lead-in such as
 * "Key areas for further development were identified as:"), and the themes
 * found in them.
 */
import type { ThemeMatcher } from '../themes.ts';
import type { Block } from './text.ts';
import { plainQuotes } from './text.ts';
import type { Finding, Sections } from './types.ts';

export type SectionKey = keyof Sections;

const HEADINGS: [SectionKey, RegExp][] = [
  ['improvements', /what needs to improve|areas? (?:for|of|requiring) (?:further )?(?:improvement|development)|priority action|weaknesses|what (?:the local authority|leaders) need to improve|areas that (?:still )?need/i],
  ['strengths', /^(?:key )?strengths|what is working well|what(?:'s| is| was)? (?:going|went|works) well|areas of strength|positives/i],
  ['nextSteps', /next steps|key actions|what happens next/i],
];

const LEAD_INS: [SectionKey, RegExp][] = [
  ['improvements', /areas?\b.{0,40}\b(?:improv|develop|more work|weak)|needs? (?:to|more) (?:improv|work)|still need|recommendations\b.{0,60}\b(?:focus|areas|cover)|weakness|concern|requir(?:es|ing) (?:further )?improvement|what needs to improve/i],
  ['strengths', /going well|working well|strengths?\b|positive|improvement in (?:a number of|several|many|some) areas|progress (?:has been|was) made|went well/i],
  ['nextSteps', /next steps|(?:we|the council|the service) will\b|planned actions|actions? (?:include|planned)/i],
];

/** The section a heading names, if any. */
export function headingSection(text: string): SectionKey | undefined {
  const plain = plainQuotes(text);
  return HEADINGS.find(([, re]) => re.test(plain))?.[0];
}

/** The section a lead-in paragraph ("… were identified as:") introduces, if any. */
export function leadInSection(text: string): SectionKey | undefined {
  const plain = plainQuotes(text);
  if (!/(?:[:;–-]|\binclud(?:e|es|ing))\s*$/i.test(plain)) return undefined;
  return LEAD_INS.find(([, re]) => re.test(plain))?.[0];
}

/** A heading that ends any section (any other heading). */
const clean = (text: string) => text.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '').replace(/\s+/g, ' ').trim();

/**
 * Lists under the conventional headings and after lead-ins. `prefix` marks
 * items of a heading that needs saying ("Priority action: …").
 */
export function collectSections(blocks: Block[], options: { paragraphsUnderHeadings?: boolean } = {}): Sections {
  const sections: Sections = { strengths: [], improvements: [], nextSteps: [] };
  let fromHeading: { key: SectionKey; prefix: string } | undefined;
  let fromLeadIn: SectionKey | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const key = headingSection(block.text) ?? leadInSection(block.text);
      fromHeading = key ? { key, prefix: /priority action/i.test(block.text) ? 'Priority action: ' : '' } : undefined;
      fromLeadIn = undefined;
      continue;
    }
    if (block.kind === 'item') {
      const key = fromLeadIn ?? fromHeading?.key;
      if (!key) continue;
      const prefix = fromLeadIn ? '' : fromHeading?.prefix ?? '';
      const text = clean(block.text).replace(/[;,]$|;?\s*and$/, '').replace(/^[a-z]/, (c) => c.toUpperCase());
      if (text.length > 2 && !sections[key].includes(prefix + text)) sections[key].push(prefix + text);
      continue;
    }
    const leadIn = leadInSection(block.text);
    if (leadIn) {
      fromLeadIn = leadIn;
      continue;
    }
    // Numbered paragraphs under a heading are that section's points ("Next steps / 14. …").
    if (block.numbered && fromHeading) {
      sections[fromHeading.key].push(fromHeading.prefix + clean(block.text));
      fromLeadIn = undefined;
      continue;
    }
    // A paragraph ends a lead-in's list; under a heading, paragraphs are the
    // findings themselves where the document does not list them.
    fromLeadIn = undefined;
    if (fromHeading && options.paragraphsUnderHeadings && /[.]$/.test(block.text)) {
      sections[fromHeading.key].push(fromHeading.prefix + clean(block.text));
    }
  }
  return sections;
}

/** Themes from the content's dictionary found in the key findings (or, where there are none, the whole text). */
export function themesIn(matcher: ThemeMatcher | undefined, blocks: string[], fallback: string[]): Finding<string[]> | undefined {
  if (!matcher) return undefined;
  const source = blocks.length ? blocks : fallback;
  const detected = matcher.detect(source);
  if (!detected.length) return undefined;
  return {
    value: detected.map((d) => d.id),
    evidence: detected.map((d) => `${d.id}: “${d.evidence[0]}”`).join('; '),
  };
}
