/**
 * Reads Ofsted's spreadsheets as published: the ODS workbook itself, or a
 * CSV export of one of its sheets. Both become the same thing, a sheet of
 * cells, so everything after this file is blind to the format.
 *
 * ODS: the zip is opened with fflate and only the sheets' XML is handed to
 * fast-xml-parser (the 2023 workbook's content.xml is 40 MB, almost all of
 * it sheets this importer does not use). Cells keep what the CSV export
 * loses: the target of a hyperlink (`HYPERLINK()` formula or `<text:a>`) and
 * a date cell's ISO value.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';

export interface Cell {
  /** The text shown in the cell, trimmed. */
  text: string;
  /** Where a hyperlink in the cell points. */
  link?: string;
  /** A date cell's value as `YYYY-MM-DD` (ODS only; CSV dates are text). */
  date?: string;
}

export interface SheetRow {
  cells: Cell[];
  /** Where the row is, for messages: `file:line` or `file (sheet) row n`. */
  where: string;
}

export interface Sheet {
  /** The file as given on the command line. */
  file: string;
  /** The sheet's name (a CSV's file name without extension). */
  name: string;
  format: 'csv' | 'ods';
  rows: SheetRow[];
}

export const EMPTY_CELL: Cell = Object.freeze({ text: '' });

/**
 * Decides from a sheet's name and raw XML whether an ODS sheet is worth
 * parsing; skipping the rest keeps a 40 MB workbook quick to read.
 */
export type SheetFilter = (name: string, xml: string) => boolean;

/** Reads a `.csv` or `.ods` file into sheets. */
export async function readTableFile(file: string, keep?: SheetFilter): Promise<Sheet[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return [readCsv(await readFile(file, 'utf8'), file)];
  if (ext === '.ods') return readOds(await readFile(file), file, keep);
  throw new Error(`${file}: not a table this importer reads (allowed: .ods as published, or .csv exports of its sheets)`);
}

export function readCsv(text: string, file: string, name = path.basename(file, path.extname(file))): Sheet {
  const records = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return {
    file,
    name,
    format: 'csv',
    rows: records.map(({ record, info }) => ({
      cells: record.map((value) => ({ text: value.trim() })),
      where: `${file}:${info.lines}`,
    })),
  };
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string>; '#text'?: string };

const xml = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
});

/** Longest run of empty rows or cells expanded before content; more is a sheet's empty tail. */
const MAX_REPEAT = 100_000;

export function readOds(data: Uint8Array, file: string, keep?: SheetFilter): Sheet[] {
  let content: Uint8Array | undefined;
  try {
    content = unzipSync(data, { filter: (f) => f.name === 'content.xml' })['content.xml'];
  } catch (error) {
    throw new Error(`${file}: not an ODS file (${(error as Error).message})`);
  }
  if (!content) throw new Error(`${file}: not an ODS file (it has no content.xml)`);
  const text = new TextDecoder().decode(content);
  const sheets: Sheet[] = [];
  // Sheets are siblings in office:spreadsheet; each is parsed on its own.
  const open = /<table:table[\s>]/g;
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const end = text.indexOf('</table:table>', match.index);
    if (end < 0) break;
    const slice = text.slice(match.index, end + '</table:table>'.length);
    open.lastIndex = end;
    const name = decodeEntities(/table:name="([^"]*)"/.exec(slice.slice(0, slice.indexOf('>')))?.[1] ?? `Sheet${sheets.length + 1}`);
    if (keep && !keep(name, slice)) continue;
    const [table] = xml.parse(slice) as XmlNode[];
    sheets.push({ file, name, format: 'ods', rows: sheetRows(children(table, 'table:table'), file, name) });
  }
  return sheets;
}

function decodeEntities(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);
}

function children(node: XmlNode, tag: string): XmlNode[] {
  return (node[tag] as XmlNode[] | undefined) ?? [];
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

/** Rows, including those inside row groups and header-row blocks. */
function rowNodes(nodes: XmlNode[]): XmlNode[] {
  return nodes.flatMap((node) => {
    const tag = tagOf(node);
    if (tag === 'table:table-row') return [node];
    if (tag === 'table:table-row-group' || tag === 'table:table-header-rows' || tag === 'table:table-rows') {
      return rowNodes(children(node, tag));
    }
    return [];
  });
}

function sheetRows(nodes: XmlNode[], file: string, sheet: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let rowNumber = 0;
  let pendingEmpty = 0;
  for (const node of rowNodes(nodes)) {
    const repeat = Number(node[':@']?.['table:number-rows-repeated'] ?? 1);
    const cells = rowCells(children(node, 'table:table-row'));
    if (!cells.length) {
      pendingEmpty += repeat;
      rowNumber += repeat;
      continue;
    }
    for (let i = 0; i < Math.min(pendingEmpty, MAX_REPEAT); i += 1) {
      rows.push({ cells: [], where: `${file} (${sheet}) row ${rowNumber - pendingEmpty + i + 1}` });
    }
    pendingEmpty = 0;
    for (let i = 0; i < Math.min(repeat, MAX_REPEAT); i += 1) {
      rowNumber += 1;
      rows.push({ cells, where: `${file} (${sheet}) row ${rowNumber}` });
    }
  }
  return rows;
}

function rowCells(nodes: XmlNode[]): Cell[] {
  const cells: Cell[] = [];
  let pendingEmpty = 0;
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
    const repeat = Number(node[':@']?.['table:number-columns-repeated'] ?? 1);
    const cell = tag === 'table:table-cell' ? cellOf(node) : EMPTY_CELL;
    if (!cell.text && !cell.link && !cell.date) {
      pendingEmpty += repeat;
      continue;
    }
    for (let i = 0; i < Math.min(pendingEmpty, MAX_REPEAT); i += 1) cells.push(EMPTY_CELL);
    pendingEmpty = 0;
    for (let i = 0; i < Math.min(repeat, MAX_REPEAT); i += 1) cells.push(cell);
  }
  return cells;
}

const HYPERLINK = /HYPERLINK\(\s*"([^"]+)"/i;

function cellOf(node: XmlNode): Cell {
  const attrs = node[':@'] ?? {};
  const links: string[] = [];
  const paragraphs = children(node, 'table:table-cell')
    .filter((child) => tagOf(child) === 'text:p')
    .map((p) => inlineText(children(p, 'text:p'), links));
  let text = paragraphs.join('\n').trim();
  if (!text && attrs['office:string-value']) text = attrs['office:string-value'].trim();
  const cell: Cell = { text };
  const formulaLink = HYPERLINK.exec(attrs['table:formula'] ?? '')?.[1];
  const link = formulaLink ?? links[0];
  if (link) cell.link = link;
  if (attrs['office:value-type'] === 'date' && attrs['office:date-value']) {
    cell.date = attrs['office:date-value'].slice(0, 10);
  }
  return cell;
}

/** The text of a paragraph's inline content: spans, links, spaces, tabs, line breaks. */
function inlineText(nodes: XmlNode[], links: string[]): string {
  let out = '';
  for (const node of nodes) {
    if (node['#text'] !== undefined) {
      out += String(node['#text']);
      continue;
    }
    const tag = tagOf(node);
    if (!tag) continue;
    const attrs = node[':@'] ?? {};
    if (tag === 'text:s') out += ' '.repeat(Number(attrs['text:c'] ?? 1));
    else if (tag === 'text:tab') out += '\t';
    else if (tag === 'text:line-break') out += '\n';
    else {
      if (tag === 'text:a' && attrs['xlink:href']) links.push(attrs['xlink:href']);
      out += inlineText(children(node, tag), links);
    }
  }
  return out;
}
