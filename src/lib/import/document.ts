/**
 * One source document from file to parsed fields: read it (PDF or text),
 * tell an Ofsted letter or report from a council paper or minutes, and run
 * the parser for it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { committeeScore, parseCommittee } from './committee.ts';
import { ofstedScore, parseOfsted } from './ofsted.ts';
import { extractPdfText } from './pdf.ts';
import { readSource } from './text.ts';
import type { ParseContext, ParsedDocument } from './types.ts';

export interface ReadDocument {
  text: string;
  format: 'pdf' | 'text';
  pages?: number;
}

/** A file that could not be read at all (missing, not a PDF PDF.js can open, no text in it). */
export class UnreadableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableError';
  }
}

/** Extensions read when a folder is given. A file named on its own is read whatever its name. */
export const SOURCE_EXTENSIONS = ['.pdf', '.txt', '.text', '.htm', '.html'];

export async function readDocument(file: string): Promise<ReadDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? String(error)})`);
  }
  const isPdf = bytes.subarray(0, 1024).includes('%PDF-') || path.extname(file).toLowerCase() === '.pdf';
  if (isPdf) {
    let result;
    try {
      result = await extractPdfText(new Uint8Array(bytes));
    } catch (error) {
      throw new UnreadableError(`is not a PDF that can be read (${(error as Error).message})`);
    }
    if (result.text.replace(/\s/g, '').length < 40) {
      throw new UnreadableError(`has no text layer (${result.pages} page${result.pages === 1 ? '' : 's'} of images?): run it through OCR first`);
    }
    return { text: result.text, format: 'pdf', pages: result.pages };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\ufeff/, '');
  if (text.includes('\u0000') || text.replace(/\s/g, '').length < 40) {
    throw new UnreadableError(text.includes('\u0000') ? 'is not text or PDF' : 'is empty');
  }
  return { text, format: 'text' };
}

export type DocumentType = ParsedDocument['type'];

/** Below this, a text is neither recognisably an Ofsted document nor a council one. */
const RECOGNISED = 3;

/** Which parser a text needs; undefined when it is neither an Ofsted letter or report nor a council paper or minutes. */
export function classify(text: string): DocumentType | undefined {
  const source = readSource(text);
  const ofsted = ofstedScore(source);
  const committee = committeeScore(source);
  if (Math.max(ofsted, committee) < RECOGNISED) return undefined;
  return ofsted >= committee ? 'ofsted' : 'committee';
}

/** Parses a document's text with the parser its type needs (or the one asked for); undefined when it is not recognised. */
export function parseDocument(text: string, ctx: ParseContext, type?: DocumentType): ParsedDocument | undefined {
  const chosen = type ?? classify(text);
  if (!chosen) return undefined;
  const source = readSource(text);
  return chosen === 'ofsted' ? parseOfsted(source, ctx) : parseCommittee(source, ctx);
}
