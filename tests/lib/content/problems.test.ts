import { describe, expect, it } from 'vitest';
import { describeContent, describeDrafts, formatProblem } from '../../../src/lib/content/problems.ts';

describe('describeDrafts', () => {
  it('names one draft, or several', () => {
    expect(describeDrafts(['content/entries/reading/2024-05-01-focused-visit.md'])).toBe('1 draft: content/entries/reading/2024-05-01-focused-visit.md');
    expect(describeDrafts(['a.md', 'b.md'])).toBe('2 drafts: a.md, b.md');
  });

  it('names the first five of many and counts the rest', () => {
    const files = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md', 'g.md'];
    expect(describeDrafts(files)).toBe('7 drafts: a.md, b.md, c.md, d.md, e.md and 2 more');
    expect(describeDrafts(files.slice(0, 5))).toBe('5 drafts: a.md, b.md, c.md, d.md, e.md');
  });
});

describe('formatProblem', () => {
  it('shows a control character quoted from the file by its code, so no terminal acts on it', () => {
    const problem = { file: 'content/entries/evil/2019-01-01-committee-paper.md', line: 3, field: 'kind', message: "'\u001b[2K\u001b]52;c;eA==\u0007' is not a kind" };
    expect(formatProblem(problem)).toBe("content/entries/evil/2019-01-01-committee-paper.md:3: kind: '\\u001b[2K\\u001b]52;c;eA==\\u0007' is not a kind");
  });

  it('keeps a quoted line break or direction override from faking a line or reordering the words', () => {
    const problem = { file: 'content/entries/evil/x\n.md', line: 1, field: 'related[0]', message: "'a\ncontent: 0 entries: no problems\u202E' is not an entry" };
    expect(formatProblem(problem)).toBe("content/entries/evil/x\\u000a.md:1: related[0]: 'a\\u000acontent: 0 entries: no problems\\u202e' is not an entry");
  });
});

describe('describeContent', () => {
  it('counts entries, naming the drafts among them, councils and themes', () => {
    const entry = (file: string, draft?: boolean) => ({ file, data: { draft } });
    expect(describeContent({ entries: [entry('a.md'), entry('b.md', true)], councils: [{}], themes: [{}, {}] })).toBe('2 entries (1 draft: b.md), 1 council, 2 themes');
    expect(describeContent({ entries: [entry('a.md')], councils: [], themes: [] })).toBe('1 entry, 0 councils, 0 themes');
  });
});
