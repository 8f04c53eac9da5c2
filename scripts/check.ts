/**
 * npm run check: validates all content without building and prints every
 * problem as `path:line: field: what is wrong (allowed: …)`, then a count.
 * Exit 1 when there is any problem.
 */
import { loadContent } from '../src/lib/content/validate.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { contentDir } from '../src/lib/settings.ts';

const dir = contentDir();
const content = await loadContent(dir);
if (content.problems.length) {
  console.error(formatProblems(content.problems));
  process.exit(1);
}
const drafts = content.entries.filter((e) => e.data.draft).length;
console.log(
  `${dir}: ${content.entries.length} entries${drafts ? ` (${drafts} drafts)` : ''}, ${content.councils.length} councils, ${content.themes.length} themes: no problems`,
);
