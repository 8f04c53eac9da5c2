/**
 * A synthetic corpus for benchmarks: C councils and N entries spread over
 * 2009–2025, every file valid under the contract. Bodies are the real
 * hand-written seed entries' bodies (so the Markdown pipeline does real
 * work), picked with a seeded random generator so a corpus is the same
 * every time it is made.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseMarkdown } from '../../src/lib/content/read.ts';
import { FRAMEWORKS, GRADES, KINDS, type Kind } from '../../src/lib/vocabulary.ts';

/** mulberry32: small, fast and deterministic (the Markdown parsers' random test uses it too). */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The framework that graded inspections in a given month: the latest begun by then (CPI, not TLAC, in 2012–13); none before SLAC. */
function frameworkFor(date: string) {
  return FRAMEWORKS.filter((f) => f.id !== 'tlac' && f.starts <= date.slice(0, 7)).at(-1);
}

async function seedBodies(contentDir: string): Promise<string[]> {
  const bodies: string[] = [];
  for (const council of ['reading', 'tameside', 'windsor-and-maidenhead', 'havering']) {
    const dir = path.join(contentDir, 'entries', council);
    for (const name of await readdir(dir)) {
      const { body } = parseMarkdown(await readFile(path.join(dir, name), 'utf8'));
      // A link to a seed council's page would lead nowhere on the synthetic site (the check warns of it): it leads to the list of councils.
      if (body.trim().length > 400) bodies.push(body.trim().replace(/\]\(\/councils\/[^)]*\)/g, '](/councils/)'));
    }
  }
  return bodies;
}

/** Kinds that carry no grades, weighted as they are found on councils' pages. */
const UNGRADED_KINDS: Kind[] = [
  'monitoring-visit', 'monitoring-visit', 'monitoring-visit', 'focused-visit', 'focused-visit',
  'committee-paper', 'committee-paper', 'minutes', 'deep-dive', 'annual-engagement',
];

/**
 * When a council's graded inspections fall: Ofsted's cadence, the first in
 * SLAC's years and then one every three or four years, so a council has
 * four to six by 2025 (councils on the real site have one to seven, 4.2 on
 * average). A council graded on every fourth entry, as the corpus once
 * was, drew a grading history no council has (docs/BENCHMARKS.md).
 */
function gradedInspectionYears(next: () => number): number[] {
  const years = [2009 + Math.floor(next() * 3)];
  while (years.at(-1)! + 3 <= 2025) years.push(years.at(-1)! + 3 + Math.floor(next() * 2));
  return years.filter((year) => year <= 2025);
}

/**
 * Writes the corpus into `out`, touching only files whose text changed and
 * removing files it no longer has. Making the same corpus again therefore
 * writes nothing: deleting and re-creating thousands of files just before
 * a timed build would slow the build itself (docs/BENCHMARKS.md says why).
 */
async function writeCorpus(out: string, files: Map<string, string>): Promise<void> {
  for (const found of await readdir(out, { recursive: true, withFileTypes: true }).catch(() => [])) {
    const file = path.join(found.parentPath, found.name);
    if (found.isFile() && !files.has(path.relative(out, file))) await rm(file);
  }
  for (const [name, text] of files) {
    const file = path.join(out, name);
    if ((await readFile(file, 'utf8').catch(() => undefined)) === text) continue;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

export async function makeCorpus(options: { entries: number; councils: number; out: string; source: string }): Promise<void> {
  const next = seededRandom(20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const files = new Map<string, string>();
  files.set('themes.yaml', await readFile(path.join(options.source, 'themes.yaml'), 'utf8'));
  const bodies = await seedBodies(options.source);

  const councils = Array.from({ length: options.councils }, (_, i) => `council-${String(i + 1).padStart(3, '0')}`);
  for (const [i, id] of councils.entries()) {
    files.set(
      path.join('councils', `${id}.yaml`),
      stringify({ name: `Synthetic Borough Council ${i + 1}`, short_name: `Synthetic ${i + 1}`, gss_code: `E0${String(6000000 + i).padStart(7, '0')}`, type: pick(['unitary', 'county', 'london-borough', 'metropolitan-borough']), region: pick(['London', 'South East', 'North West', 'West Midlands']) }),
    );
  }

  const used = new Set<string>();
  const schedules = new Map(councils.map((id) => [id, gradedInspectionYears(next)]));
  for (let i = 0; i < options.entries; i++) {
    const council = councils[i % councils.length];
    // A council's first entries are its graded inspections; short ones only under ILACS, as Ofsted's are.
    const gradedYear = schedules.get(council)![Math.floor(i / councils.length)];
    const kind: Kind = gradedYear === undefined ? pick(UNGRADED_KINDS) : gradedYear >= 2018 && next() < 0.4 ? 'short-inspection' : 'inspection';
    // A council has one visit of a kind on a day (the check refuses two), so a taken day is drawn again.
    // SLAC began in June 2009: an inspection that year falls after it.
    let date: string;
    do {
      const year = gradedYear ?? 2009 + Math.floor(next() * 17);
      const month = gradedYear === 2009 ? 7 + Math.floor(next() * 6) : 1 + Math.floor(next() * 12);
      date = `${year}-${pad(month)}-${pad(1 + Math.floor(next() * 28))}`;
    } while (used.has(`${council}/${date}-${kind}`));
    const name = `${date}-${kind}`;
    used.add(`${council}/${name}`);

    const data: Record<string, unknown> = {
      title: `${kind.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())} ${i + 1}`,
      kind,
      date,
      body: kind.endsWith('inspection') || kind.endsWith('visit') ? 'ofsted' : kind === 'deep-dive' ? 'dfe' : 'council',
      summary: 'A synthetic entry for measuring the build: its body is one of the seed entries.',
    };
    const framework = frameworkFor(date);
    if (KINDS[kind].graded && framework) {
      data.framework = framework.id;
      data.grades = Object.fromEntries(framework.areas.map((area) => [area.id, pick(GRADES)]));
    }
    if (kind === 'monitoring-visit') data.visit_number = 1 + Math.floor(next() * 8);
    const text = `---\n${stringify(data)}---\n${pick(bodies)}\n`;
    files.set(path.join('entries', council, `${name}.md`), text);
  }
  await writeCorpus(options.out, files);
}
