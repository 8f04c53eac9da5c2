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

/** A kind of file import does not read at all (a Word document, say); the message says what to do instead. */
export class UnsupportedError extends UnreadableError {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedError';
  }
}

/** Extensions read when a folder is given. A file named on its own is read whatever its name. */
export const SOURCE_EXTENSIONS = ['.pdf', '.txt', '.text', '.htm', '.html'];

/** Word-processor documents, which officers are most often sent: each can be saved as PDF, which import reads. */
const WORD_PROCESSOR: Record<string, string> = {
  '.doc': 'Word documents',
  '.docx': 'Word documents',
  '.docm': 'Word documents',
  '.dot': 'Word documents',
  '.dotx': 'Word documents',
  '.odt': 'OpenDocument text files',
  '.rtf': 'RTF documents',
};

const saveAsPdf = (kind: string) => `${kind} cannot be read; save it as PDF (File > Save as > PDF) and import that`;

/** Why a file in a folder is not read; `document` when it is one the officer will have meant to import (a Word document). */
export interface Skip {
  reason: string;
  document: boolean;
}

/**
 * Why a file in a folder given to import is not read, or undefined when it
 * is: only PDF and text files are, so a Word document is named with what to
 * do rather than left out without a word, and so is any other file (a
 * README, a photo).
 */
export function skipReason(file: string): Skip | undefined {
  const extension = path.extname(file).toLowerCase();
  if (SOURCE_EXTENSIONS.includes(extension)) return undefined;
  if (WORD_PROCESSOR[extension]) return { reason: saveAsPdf(WORD_PROCESSOR[extension]), document: true };
  return { reason: `from a folder, import reads only ${SOURCE_EXTENSIONS.join(' ')} files (name this one on its own to read it anyway)`, document: false };
}

/**
 * A Word document by its bytes, whatever its name: a .docx (or .docm, .dotx)
 * is a zip archive holding word/document.xml; a .doc is an OLE2 compound
 * file, as Excel's and PowerPoint's old formats are.
 */
function officeFormat(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) && bytes.includes('word/document.xml')) return 'Word documents';
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'Word (.doc) and other Office documents';
  return undefined;
}

/** Fewer characters than this (spaces aside) cannot hold a letter's or a paper's date and council. */
const MIN_CHARACTERS = 40;

export async function readDocument(file: string): Promise<ReadDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? String(error)})`);
  }
  const kind = WORD_PROCESSOR[path.extname(file).toLowerCase()] ?? officeFormat(bytes);
  if (kind) throw new UnsupportedError(saveAsPdf(kind));
  const isPdf = bytes.subarray(0, 1024).includes('%PDF-') || path.extname(file).toLowerCase() === '.pdf';
  if (isPdf) {
    let result;
    try {
      result = await extractPdfText(new Uint8Array(bytes));
    } catch (error) {
      throw new UnreadableError(`is not a PDF that can be read (${(error as Error).message})`);
    }
    if (result.text.replace(/\s/g, '').length < MIN_CHARACTERS) {
      throw new UnreadableError(`has no text layer (${result.pages} page${result.pages === 1 ? '' : 's'} of images?): run it through OCR first`);
    }
    return { text: result.text, format: 'pdf', pages: result.pages };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\ufeff/, '');
  if (text.includes('\u0000')) throw new UnsupportedError('not a PDF or text file; if it is a document, save it as PDF and import that');
  const characters = text.replace(/\s/g, '').length;
  if (!characters) throw new UnreadableError('is empty');
  if (characters < MIN_CHARACTERS) throw new UnreadableError(`has only ${characters} character${characters === 1 ? '' : 's'} of text, too little to be a letter or a paper`);
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
