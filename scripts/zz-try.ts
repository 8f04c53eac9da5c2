import { checkEntryFile } from '../src/lib/content/validate.ts';
const base = (summary: string) => `---\ntitle: Monitoring visit 7\nkind: monitoring-visit\ndate: 2018-08-01\nbody: ofsted\nsummary: Fine.\n${summary}\nthemes: [care-leavers]\n---\nBody.\n`;
for (const s of process.argv.slice(2)) {
  console.log('---\n' + s);
  for (const p of checkEntryFile('x/reading/2018-08-01-monitoring-visit.md', 'reading', '2018-08-01-monitoring-visit.md', base(s.replace(/\\n/g,'\n'))).problems) console.log(`  ${p.line}: ${p.field}: ${p.message}`);
}
