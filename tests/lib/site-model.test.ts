/**
 * The site index: councils A–Z with their journeys, entries in time order,
 * related links both ways and neighbours within a journey.
 */
import { describe, expect, it } from 'vitest';
import type { CouncilData, EntryData } from '../../src/lib/content/schema.ts';
import { toJourneyEntry } from '../../src/lib/journey.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';

const council = (id: string, short_name: string): { id: string; data: CouncilData } => ({
  id,
  data: { name: `${short_name} Council`, short_name, type: 'unitary' },
});

const entry = (id: string, data: Partial<EntryData> & Pick<EntryData, 'kind'>) =>
  toJourneyEntry(id, { title: id, body: 'ofsted', summary: 's', ...data } as EntryData);

const inspection = entry('reading/2016-06-inspection', { kind: 'inspection', date: '2016-06', published: '2016-08', framework: 'sif', grades: { overall: 'inadequate' } });
const visit = entry('reading/2018-08-01-monitoring-visit', { kind: 'monitoring-visit', date: '2018-08-01', related: ['reading/2016-06-inspection'] });
const paper = entry('reading/2018-10-04-committee-paper', { kind: 'committee-paper', date: '2018-10-04', body: 'council', related: ['reading/2018-08-01-monitoring-visit', 'reading/2016-06-inspection'] });
const windsor = entry('windsor-and-maidenhead/2018-01-annual-engagement', { kind: 'annual-engagement', date: '2018-01' });

const model = buildSiteModel(
  [council('windsor-and-maidenhead', 'Windsor and Maidenhead'), council('reading', 'Reading'), council('havering', 'Havering')],
  [paper, windsor, inspection, visit],
  [{ id: 'care-leavers', label: 'Care leavers', description: 'd', phrases: ['care leaver'] }],
);

describe('buildSiteModel', () => {
  it('lists councils A–Z by short name, with their journeys oldest first', () => {
    expect(model.councils.map((c) => c.id)).toEqual(['havering', 'reading', 'windsor-and-maidenhead']);
    expect(model.council('reading')!.entries.map((e) => e.id)).toEqual([inspection.id, visit.id, paper.id]);
    expect(model.council('havering')!.entries).toEqual([]);
    expect(model.council('nowhere')).toBeUndefined();
  });

  it('gives each council its latest judgement and headline', () => {
    expect(model.council('reading')!.latest?.id).toBe(inspection.id);
    expect(model.council('reading')!.headline).toBe('Inadequate since Aug 2016; 1 monitoring visit on record since then, in Aug 2018.');
    expect(model.council('havering')!.headline).toBe('No entries yet.');
    expect(model.council('havering')!.latest).toBeUndefined();
  });

  it('orders every entry oldest first and finds them by id', () => {
    expect(model.entries.map((e) => e.id)).toEqual([inspection.id, windsor.id, visit.id, paper.id]);
    expect(model.entry(visit.id)).toBe(visit);
    expect(model.entry('reading/nope')).toBeUndefined();
  });

  it('links related entries both ways', () => {
    expect(model.related(paper.id).reports.map((e) => e.id)).toEqual([visit.id, inspection.id]);
    expect(model.related(inspection.id).reportedIn.map((e) => e.id)).toEqual([visit.id, paper.id]);
    expect(model.related(visit.id)).toEqual({ reports: [inspection], reportedIn: [paper] });
    expect(model.related(windsor.id)).toEqual({ reports: [], reportedIn: [] });
  });

  it('does not link to an entry that is not in the model (e.g. a draft left out)', () => {
    const lonely = entry('reading/2019-01-01-other', { kind: 'other', date: '2019-01-01', related: ['reading/2018-12-01-other'] });
    const m = buildSiteModel([council('reading', 'Reading')], [lonely], []);
    expect(m.related(lonely.id).reports).toEqual([]);
  });

  it('gives neighbours within one council\'s journey only', () => {
    expect(model.neighbours(inspection.id)).toEqual({ previous: undefined, next: visit });
    expect(model.neighbours(visit.id)).toEqual({ previous: inspection, next: paper });
    expect(model.neighbours(paper.id)).toEqual({ previous: visit, next: undefined });
    expect(model.neighbours(windsor.id)).toEqual({ previous: undefined, next: undefined });
    expect(model.neighbours('reading/nope')).toEqual({ previous: undefined, next: undefined });
  });

  it('dates page titles only where a council has another entry of the same title', () => {
    const first = entry('reading/2019-01-07-inspection', { kind: 'inspection', published: '2019-01-07', title: 'ILACS inspection: Good' });
    const second = entry('reading/2024-03-inspection', { kind: 'inspection', date: '2024-03', title: 'ILACS inspection: Good' });
    const elsewhere = entry('windsor/2020-05-01-inspection', { kind: 'inspection', date: '2020-05-01', title: 'ILACS inspection: Good' });
    const m = buildSiteModel([council('reading', 'Reading'), council('windsor', 'Windsor')], [first, second, elsewhere, visit], []);
    expect(m.pageTitle(first)).toBe('ILACS inspection: Good (7 January 2019)');
    expect(m.pageTitle(second)).toBe('ILACS inspection: Good (March 2024)');
    expect(m.pageTitle(elsewhere)).toBe('ILACS inspection: Good');
    expect(m.pageTitle(visit)).toBe(visit.title);
  });

  it('recent: newest first', () => {
    expect(model.recent(2).map((e) => e.id)).toEqual([paper.id, visit.id]);
    expect(model.recent(10)).toHaveLength(4);
  });

  it('finds themes by id', () => {
    expect(model.theme('care-leavers')?.label).toBe('Care leavers');
    expect(model.theme('nope')).toBeUndefined();
  });
});
