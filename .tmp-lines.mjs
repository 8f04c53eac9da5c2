import { getDocumentProxy } from 'unpdf';
import { readFile } from 'node:fs/promises';
const f = process.argv[2];
const pdf = await getDocumentProxy(new Uint8Array(await readFile(f)));
for (let i=1;i<=Math.min(2,pdf.numPages);i++){ const p = await pdf.getPage(i); const tc = await p.getTextContent();
  let line = ''; let y0=null, x0=null, h=0;
  for (const it of tc.items) {
    if (y0===null && it.str) { y0 = it.transform[5]; x0 = it.transform[4]; h = it.height; }
    line += it.str;
    if (it.hasEOL) { console.log(`${y0?.toFixed(1)}\t${x0?.toFixed(1)}\t${h?.toFixed(1)}\t${line}`); line=''; y0=null; }
  }
  if (line) console.log(`${y0?.toFixed(1)}\t${x0?.toFixed(1)}\t${h?.toFixed(1)}\t${line}`);
  console.log('---page');
}
