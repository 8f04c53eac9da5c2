/**
 * `npm run import` as a library: drafts entries from source documents.
 * scripts/import.ts is the command line around `importFile`; tests call the
 * same functions.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../content/problems.ts';
import { findSameVisit } from '../content/held-visit.ts';
import { loadCouncils, loadThemes, type CouncilRecord } from '../content/validate.ts';
import { compileThemes } from '../themes.ts';
import { councilMatcher, type CouncilInfo } from './councils.ts';
import { parseDocument, readDocument, UnreadableError, UnsupportedError, type ReadDocument } from './document.ts';
import { draftEntry, draftTarget, InvalidDraftError, writeDraft, type Draft, type Written } from './draft.ts';
import type { ParseContext, ParsedDocument } from './types.ts';

export { parseDocument, readDocument, UnreadableError, SOURCE_EXTENSIONS, classify } from './document.ts';
export { listInputs } from './inputs.ts';
export { draftEntry, writeDraft, InvalidDraftError } from './draft.ts';
export { councilMatcher } from './councils.ts';
export { valuesOf } from './types.ts';
export type { ParsedDocument, ParseContext, ImportFields, Finding, Sections } from './types.ts';

export interface ImportContext extends ParseContext {
  contentDir: string;
  councilRecords: CouncilRecord[];
  /** Themes in the content's themes.yaml (0 when it has none: no themes are detected). */
  themeCount: number;
}

function councilInfo(c: CouncilRecord): CouncilInfo {
  return { id: c.id, name: c.data.name, short_name: c.data.short_name, website: c.data.website, ofsted_url: c.data.ofsted_url, delivered_by: c.data.delivered_by };
}

/** Reads the council files, the themes and the ids of the entries of a content directory. */
export async function loadImportContext(contentDir: string, options: { council?: string } = {}): Promise<ImportContext> {
  const [councilRecords, themes] = await Promise.all([loadCouncils(contentDir), loadThemes(contentDir)]);
  const entries = await readdir(path.join(contentDir, 'entries'), { recursive: true }).catch(() => [] as string[]);
  const entryIds = new Set(
    entries.map((e) => String(e).split(path.sep).join('/')).filter((e) => /^[^/]+\/[^/]+\.md$/.test(e)).map((e) => e.replace(/\.md$/, '')),
  );
  return {
    contentDir,
    councilRecords,
    themeCount: themes.length,
    councils: councilMatcher(councilRecords.map(councilInfo)),
    themes: themes.length ? compileThemes(themes) : undefined,
    entryIds,
    council: options.council,
  };
}

export interface ImportOutcome {
  file: string;
  /**
   * written: a draft was written; planned: it would be (dry run); skipped: read, but nothing written, see `reason`;
   * unsupported: a document in a form import does not read (a Word document), see `reason`; unreadable: the file could not
   * be read; other: a file in a folder that is not a document import reads (a README, a photo), see `reason`.
   */
  status: 'written' | 'planned' | 'skipped' | 'unsupported' | 'unreadable' | 'other';
  reason?: string;
  document?: ReadDocument;
  parsed?: ParsedDocument;
  draft?: Draft;
  written?: Written;
  /** The entry that already holds this visit, and why: the draft says to merge into it. */
  held?: { file: string; why: string };
}

export interface ImportOptions {
  dryRun?: boolean;
  /** `YYYY-MM-DD` for the note at the top of a draft; today by default. */
  today?: string;
  /** How paths are shown (relative to the working directory by default). */
  display?: (p: string) => string;
}


/** Reads, parses and drafts one file. Never throws for a bad document: the outcome says what happened. */
export async function importFile(file: string, ctx: ImportContext, options: ImportOptions = {}): Promise<ImportOutcome> {
  const display = options.display ?? displayPath;
  let document: ReadDocument;
  try {
    document = await readDocument(file);
  } catch (error) {
    if (error instanceof UnsupportedError) return { file, status: 'unsupported', reason: error.message };
    if (error instanceof UnreadableError) return { file, status: 'unreadable', reason: error.message };
    throw error;
  }
  if (ctx.council && !ctx.councilRecords.some((c) => c.id === ctx.council)) {
    return { file, status: 'skipped', document, reason: `--council ${ctx.council} is not a council file in ${display(path.join(ctx.contentDir, 'councils'))}` };
  }
  const parsed = parseDocument(document.text, ctx);
  if (!parsed) {
    return { file, status: 'skipped', document, reason: 'not recognised as an Ofsted letter or report, or a council committee paper or minutes' };
  }
  const councilId = parsed.fields.council?.value;
  const council = councilId ? ctx.councils.byId(councilId) : undefined;
  // A visit the site already has (imported from Ofsted's statistics, say): the draft is still written, for its
  // findings, with a TODO to merge it into that entry.
  const target = draftTarget(parsed);
  const found = 'error' in target ? undefined : await findSameVisit(ctx.contentDir, target.council, target.data);
  const held = found && { file: display(found.file), why: found.why };
  const draft = draftEntry(parsed, { source: display(file), today: options.today ?? new Date().toISOString().slice(0, 10), council, heldBy: held });
  if ('error' in draft) return { file, status: 'skipped', reason: draft.error, document, parsed };
  try {
    const written = await writeDraft(ctx.contentDir, draft, { dryRun: options.dryRun, display });
    return { file, status: options.dryRun ? 'planned' : 'written', document, parsed, draft, written, held };
  } catch (error) {
    if (error instanceof InvalidDraftError) return { file, status: 'skipped', reason: error.message, document, parsed, draft };
    throw error;
  }
}
