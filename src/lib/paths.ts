/** The id of a year's section on a journey page. */
export const yearId = (year: number) => `y${year}`;

/** Site paths (without the base), one place for every page's address. */
export const paths = {
  home: () => '',
  councils: () => 'councils/',
  council: (id: string) => `councils/${id}/`,
  /** The Atom feed of a council's newest entries. */
  councilFeed: (id: string) => `councils/${id}/feed.xml`,
  /** The site's own feed. */
  feed: () => 'feed.xml',
  /** A council's entries year by year, oldest first (its own page shows the latest few); with a year, at that year. */
  journey: (id: string, year?: number) => `councils/${id}/journey/${year === undefined ? '' : `#${yearId(year)}`}`,
  /** An entry id is `<council>/<file name>`, so its page sits under its council. */
  entry: (id: string) => `councils/${id}/`,
  themes: () => 'themes/',
  theme: (id: string) => `themes/${id}/`,
  /** Every entry that raised a theme in one year. */
  themeYear: (id: string, year: number) => `themes/${id}/${year}/`,
  /** The search page, with filters chosen (the page reads them from its address). */
  search: (filters: { theme?: string; year?: number } = {}) => {
    const params = new URLSearchParams(Object.entries(filters).map(([facet, value]) => [facet, String(value)])).toString();
    return `search/${params && `?${params}`}`;
  },
  about: () => 'about/',
  addingAnEntry: () => 'adding-an-entry/',
  accessibility: () => 'accessibility/',
  data: () => 'data/',
  national: () => 'national/',
  nationalAsAt: (date: string) => `national/as-at/${date}/`,
};
