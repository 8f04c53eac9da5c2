/**
 * The hint after "'…' is not a grade": the grade id an officer meant by a
 * grade written in words ("Good", "Requires improvement to be good",
 * Ofsted's "adequate" of before November 2013).
 *
 * Edit distance alone is dangerous here: "adequate" is two letters from
 * "inadequate", the opposite grade. So every way Ofsted has worded a grade is
 * known, a value written as one of them names that grade, and a misspelling
 * names a grade only when it is nearer that grade's words than any other's.
 */
import { distance } from 'fastest-levenshtein';
import { formatDate } from '../dates.ts';
import { listPhrase } from '../list-phrase.ts';
import { FRAMEWORKS, GRADES, GRADE_INFO, frameworkById, type Grade } from '../vocabulary.ts';

/** Lower case, with spaces, hyphens and underscores alike: "Requires-Improvement" → "requires improvement". */
const normal = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** An older framework's word for a grade ("Adequate"), the frameworks that used it and when it ended. */
interface OldWord {
  grade: Grade;
  /** As the site shows it. */
  word: string;
  frameworks: string[];
  /** The month the first framework without it began: "November 2013". */
  ended: string;
}

const OLD_WORDS = new Map<string, OldWord>();
for (const framework of FRAMEWORKS) {
  for (const [grade, word] of Object.entries(framework.gradeWords ?? {}) as [Grade, string][]) {
    const known = OLD_WORDS.get(normal(word)) ?? { grade, word, frameworks: [], ended: '' };
    known.frameworks.push(framework.id);
    OLD_WORDS.set(normal(word), known);
  }
}
for (const old of OLD_WORDS.values()) {
  const last = FRAMEWORKS.findLastIndex((f) => old.frameworks.includes(f.id));
  const next = FRAMEWORKS[last + 1];
  old.ended = next ? formatDate(next.starts) : 'now';
}

/** Every wording of each grade: its id, the site's labels, "RI", and the older frameworks' words. */
const WORDINGS: [wording: string, grade: Grade][] = [
  ...GRADES.flatMap((grade) => [grade, GRADE_INFO[grade].label, GRADE_INFO[grade].short].map((w): [string, Grade] => [normal(w), grade])),
  ['ri', 'requires-improvement'],
  ...[...OLD_WORDS].map(([word, old]): [string, Grade] => [word, old.grade]),
];

/** A wording and its leading words ("requires", "requires improvement to"), so a value cut short is still recognised. */
const PREFIXES: [prefix: string, grade: Grade, wording: string][] = WORDINGS.flatMap(([wording, grade]) => {
  const words = wording.split(' ');
  return words.map((_, i): [string, Grade, string] => [words.slice(0, i + 1).join(' '), grade, wording]);
});

/** The wording an officer most likely meant, or none when two grades' wordings are as near. */
function meant(text: string): string | undefined {
  const value = normal(text);
  if (WORDINGS.some(([wording]) => wording === value)) return value;
  const nearest = new Map<Grade, { distance: number; prefix: string; wording: string }>();
  for (const [prefix, grade, wording] of PREFIXES) {
    const d = distance(value, prefix);
    if (d < (nearest.get(grade)?.distance ?? Infinity)) nearest.set(grade, { distance: d, prefix, wording });
  }
  const [best, second] = [...nearest.values()].sort((a, b) => a.distance - b.distance);
  // As near as closest() asks of any other value (problems.ts).
  const near = best && best.distance <= Math.max(2, Math.floor(best.prefix.length / 4));
  return near && (!second || best.distance < second.distance) ? best.wording : undefined;
}

/**
 * " (did you mean requires-improvement? …)" for a value that is not a grade
 * id, worded for the entry's framework when it is known; '' when the value
 * is near no grade, or near two.
 */
export function gradeHint(text: string, frameworkId?: string): string {
  const wording = meant(text);
  if (wording === undefined) return '';
  const grade = WORDINGS.find(([w]) => w === wording)![1];
  const old = OLD_WORDS.get(wording);
  if (!old) return ` (did you mean ${grade}?)`;
  const framework = frameworkId ? frameworkById(frameworkId) : undefined;
  if (!framework) return ` (did you mean ${grade}? Ofsted's "${wording}" before ${old.ended}, under ${listPhrase(old.frameworks)}; the site shows it as "${old.word}" there)`;
  if (old.frameworks.includes(framework.id)) return ` (did you mean ${grade}? Ofsted's "${wording}" before ${old.ended}; the site shows it as "${old.word}")`;
  // A later framework never used the old word: the grade that replaced it is a guess the report must confirm.
  return ` (did you mean ${grade}? It replaced Ofsted's "${wording}" in ${old.ended}, and ${framework.id} has no "${wording}": check the report)`;
}
