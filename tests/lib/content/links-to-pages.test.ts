/** deadLinksToPages: links in an entry's text to pages of the site that will not be there. */
import { describe, expect, it } from 'vitest';
import { deadLinksToPages, type SitePages } from '../../../src/lib/content/links-to-pages.ts';

const pages: SitePages = {
  entry: (id) => ({ 'reading/2016-06-inspection': 'published', 'reading/2018-08-01-monitoring-visit': 'draft' } as const)[id],
  published: (council) => (council === 'reading' ? ['reading/2016-06-inspection'] : []),
  council: (id) => id === 'reading',
  theme: (id) => id === 'care-leavers',
};
const dead = (body: string) => deadLinksToPages(body, 10, pages).map(({ line, message }) => [line, message.replace(/ \(allowed: .*\)$/, '')]);

describe('deadLinksToPages', () => {
  it('finds links to a council, entry or theme that does not exist, or an entry that is a draft, on their lines', () => {
    expect(dead('[a](/councils/readin/)\n\n[b](/councils/reading/2016-07-inspection)\n<a href="/themes/care-leaver/">c</a>\n\n[d]: /councils/reading/2018-08-01-monitoring-visit/#strengths\n')).toEqual([
      [10, 'warning: the link to /councils/readin/ would lead to "page not found": there is no council readin in content/councils/'],
      [12, 'warning: the link to /councils/reading/2016-07-inspection would lead to "page not found": there is no entry reading/2016-07-inspection (content/entries/reading/2016-07-inspection.md) (did you mean /councils/reading/2016-06-inspection/?)'],
      [13, 'warning: the link to /themes/care-leaver/ would lead to "page not found": there is no theme care-leaver in content/themes.yaml'],
      [15, 'warning: the link to /councils/reading/2018-08-01-monitoring-visit/#strengths would lead to "page not found": the entry reading/2018-08-01-monitoring-visit is a draft, which is not published until draft: true is taken out of it'],
    ]);
  });

  it("leaves alone pages that will be there, a council's own pages, other sections, other sites, and addresses that are only text", () => {
    const body = [
      '[a](/councils/reading/2016-06-inspection/?q=x) [b](/councils/) [c](/councils/reading/) [d](/councils/reading/journey/#y2016)',
      '[e](/councils/reading/feed.xml) [f](/themes/care-leavers/2018/) [g](/search/?q=x) [h](https://example.org/councils/readin/)',
      '`[i](/councils/nowhere/)` and /councils/nowhere/ in words',
      '',
      '    [j](/councils/nowhere/)',
    ].join('\n');
    expect(dead(body)).toEqual([]);
  });
});
