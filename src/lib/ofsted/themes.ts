/**
 * Ofsted's visit themes → theme ids of content/themes.yaml. The ids are
 * read from the theme dictionary at run time: a theme whose id is not in
 * the dictionary is reported, never invented.
 */

/** Ofsted's label (lower case) → theme ids to use, the first one the dictionary has. */
export const VISIT_THEMES: Record<string, string[]> = {
  'care leavers': ['care-leavers'],
  'children in need/subject to a plan': ['plans'],
  'children in need or subject to a plan': ['plans'],
  'achieving permanence': ['permanence'],
  'front door': ['front-door'],
  'children in care': ['children-in-care'],
  // Focused visits on vulnerable adolescents look at children at risk of exploitation or going missing.
  'vulnerable adolescents': ['exploitation-and-missing'],
};

export interface ThemeMapping {
  ids: string[];
  /** Ofsted labels with no theme id in the dictionary. */
  unmapped: string[];
}

export function mapVisitThemes(labels: string[], themeIds: ReadonlySet<string>): ThemeMapping {
  const ids: string[] = [];
  const unmapped: string[] = [];
  for (const label of labels) {
    const id = (VISIT_THEMES[label.toLowerCase().replace(/\s+/g, ' ').trim()] ?? []).find((t) => themeIds.has(t));
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else {
      unmapped.push(label);
    }
  }
  return { ids, unmapped };
}
