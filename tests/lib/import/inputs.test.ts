/**
 * Which files npm run import reads, which it names as skipped and why, and
 * which it passes over in silence; and what it says of a file it cannot
 * read at all.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSystemFile, listInputs } from '../../../src/lib/import/inputs.ts';
import { readDocument, skipReason, UnreadableError, UnsupportedError } from '../../../src/lib/import/document.ts';

/** The smallest .docx Word's format allows: a zip with the document under word/. */
const docx = () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), '_rels/.rels': strToU8('<Relationships/>'), 'word/document.xml': strToU8('<w:document/>') });
const LETTER = 'Ofsted letter text long enough to be read as a document, whatever it says.\n';
const SAVE_AS_PDF = 'Word documents cannot be read; save it as PDF (File > Save as > PDF) and import that';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ij-inputs-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function put(files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

describe('a folder given to import', () => {
  it('goes through every file in it, in order, naming each it will not read with why', async () => {
    await put({ 'b-letter.pdf': '%PDF-1.4', 'a-letter.docx': docx(), 'minutes/2019.txt': LETTER, 'photo.jpg': 'jpeg', 'paper.HTML': '<p>x</p>' });
    const { files, missing, empty } = await listInputs([dir]);
    expect(files.map(({ file, skip }) => [path.relative(dir, file), skip])).toEqual([
      ['a-letter.docx', { reason: SAVE_AS_PDF, document: true }],
      ['b-letter.pdf', undefined],
      [path.join('minutes', '2019.txt'), undefined],
      ['paper.HTML', undefined],
      ['photo.jpg', { reason: 'from a folder, import reads only .pdf .txt .text .htm .html files (name this one on its own to read it anyway)', document: false }],
    ]);
    expect(missing).toEqual([]);
    expect(empty).toEqual([]);
  });

  it('passes over hidden and system files without a word', async () => {
    await put({
      '.DS_Store': 'x',
      'Thumbs.db': 'x',
      'desktop.ini': 'x',
      '~$letter.docx': 'x',
      '.git/config': 'x',
      '__MACOSX/._letter.pdf': 'x',
      'letter.pdf': '%PDF-1.4',
    });
    expect((await listInputs([dir])).files).toEqual([{ file: path.join(dir, 'letter.pdf'), skip: undefined }]);
  });

  it('follows a link to a file', async () => {
    await put({ 'real/letter.txt': LETTER });
    await symlink(path.join(dir, 'real/letter.txt'), path.join(dir, 'linked.txt'));
    expect((await listInputs([dir])).files.map((f) => path.relative(dir, f.file))).toEqual(['linked.txt', path.join('real', 'letter.txt')]);
  });

  it('says a folder holding nothing but system files is empty, and names a path that does not exist', async () => {
    await put({ 'letters/.DS_Store': 'x', 'letters/Thumbs.db': 'x' });
    const letters = path.join(dir, 'letters');
    const gone = path.join(dir, 'gone.pdf');
    expect(await listInputs([letters, gone])).toEqual({ files: [], missing: [gone], spaced: [], empty: [{ folder: letters, reason: 'nothing to import: the folder is empty' }] });
  });

  it('finds the file whose name with spaces was typed without quotes, so each word came as a file of its own', async () => {
    await put({ 'Reading focused visit letter.pdf': '%PDF-1.4', 'other.txt': LETTER });
    const words = path.join(dir, 'Reading focused visit letter.pdf').split(' ');
    const other = path.join(dir, 'other.txt');
    expect(await listInputs([other, ...words, path.join(dir, 'gone.pdf')])).toEqual({
      files: [{ file: other }],
      missing: [path.join(dir, 'gone.pdf')],
      spaced: [{ parts: words, file: path.join(dir, 'Reading focused visit letter.pdf') }],
      empty: [],
    });
  });

  it('reads a file named on its own whatever its name', async () => {
    await put({ 'letter.eml': LETTER });
    expect((await listInputs([path.join(dir, 'letter.eml')])).files).toEqual([{ file: path.join(dir, 'letter.eml') }]);
  });
});

describe('isSystemFile', () => {
  it('knows the files computers leave in folders, but not an officer’s', () => {
    for (const name of ['.DS_Store', 'THUMBS.DB', 'Desktop.ini', '~$Letter.docx', '.hidden/letter.pdf', '__MACOSX/letter.pdf']) expect(isSystemFile(name), name).toBe(true);
    for (const name of ['letter.pdf', 'thumbs.db.pdf', 'minutes/2019.txt', 'a~$b.pdf']) expect(isSystemFile(name), name).toBe(false);
  });
});

describe('skipReason', () => {
  it('says how to make a Word, OpenDocument or RTF document readable, and counts it as a document', () => {
    for (const name of ['letter.docx', 'LETTER.DOC', 'letter.docm', 'template.dotx']) expect(skipReason(name)).toEqual({ reason: SAVE_AS_PDF, document: true });
    expect(skipReason('letter.odt')?.reason).toBe('OpenDocument text files cannot be read; save it as PDF (File > Save as > PDF) and import that');
    expect(skipReason('letter.rtf')?.reason).toBe('RTF documents cannot be read; save it as PDF (File > Save as > PDF) and import that');
    for (const name of ['README.md', 'photo.jpg', 'notes']) expect(skipReason(name)?.document).toBe(false);
    for (const name of ['a.pdf', 'a.PDF', 'a.txt', 'a.text', 'a.htm', 'a.html']) expect(skipReason(name)).toBeUndefined();
  });
});

describe('readDocument on a file it cannot read', () => {
  async function reason(name: string, content: string | Uint8Array): Promise<{ unsupported: boolean; message: string }> {
    await put({ [name]: content });
    const error = await readDocument(path.join(dir, name)).then(
      () => expect.unreachable(`${name} was read`),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableError);
    return { unsupported: error instanceof UnsupportedError, message: (error as Error).message };
  }

  it('names a Word document by its name, or by its bytes when renamed, and says to save it as PDF', async () => {
    expect(await reason('letter.docx', docx())).toEqual({ unsupported: true, message: SAVE_AS_PDF });
    expect(await reason('letter', docx())).toEqual({ unsupported: true, message: SAVE_AS_PDF });
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await reason('old-letter.bin', ole2)).toEqual({ unsupported: true, message: 'Word (.doc) and other Office documents cannot be read; save it as PDF (File > Save as > PDF) and import that' });
  });

  it('says any other file that is not text is not a PDF or text file', async () => {
    expect(await reason('scan.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toEqual({
      unsupported: true,
      message: 'not a PDF or text file; if it is a document, save it as PDF and import that',
    });
  });

  it('tells an empty file from one with too little text to be a letter or a paper', async () => {
    expect(await reason('empty.txt', ' \n\n')).toEqual({ unsupported: false, message: 'is empty' });
    expect(await reason('short.txt', 'hello\n')).toEqual({ unsupported: false, message: 'has only 5 characters of text, too little to be a letter or a paper' });
  });

  it('reads a text file long enough to hold a letter', async () => {
    await put({ 'letter.txt': LETTER });
    expect(await readDocument(path.join(dir, 'letter.txt'))).toEqual({ text: LETTER, format: 'text' });
  });
});
