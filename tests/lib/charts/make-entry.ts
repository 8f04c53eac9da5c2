/** Builds journey entries for chart and national tests, with only the fields a test cares about. */
import type { EntryData } from '../../../src/lib/content/schema.ts';
import { toJourneyEntry, type JourneyEntry } from '../../../src/lib/journey.ts';
import type { EntryTheme } from '../../../src/lib/themes.ts';
import type { Grade } from '../../../src/lib/vocabulary.ts';

export function entry(
  id: string,
  data: Partial<EntryData> & Pick<EntryData, 'kind'>,
  themes: (string | Partial<EntryTheme> & { id: string })[] = [],
): JourneyEntry {
  return toJourneyEntry(
    id,
    { title: id, body: 'ofsted', summary: `Summary of ${id}.`, ...data } as EntryData,
    themes.map((t) =>
      typeof t === 'string' ? { id: t, asserted: true, detected: false, evidence: [] } : { asserted: false, detected: true, evidence: [], ...t },
    ),
  );
}

/** A graded inspection with an overall grade (and any other areas). */
export function inspection(
  id: string,
  framework: string,
  published: string,
  grades: Record<string, Grade>,
  extra: Partial<EntryData> = {},
): JourneyEntry {
  return entry(id, { kind: 'inspection', framework, published, grades, ...extra });
}
