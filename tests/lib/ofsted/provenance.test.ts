import { describe, expect, it } from 'vitest';
import { describeDataset, describeVisitCoverage, inYearSeasons } from '../../../src/lib/ofsted/datasets.ts';
import { provenance } from '../../../src/lib/ofsted/provenance.ts';

describe('describeDataset', () => {
  it('names each kind of table the import writes', () => {
    expect(describeDataset('ofsted-la-inspections-2009-2023')).toBe('Local authority inspections, 2009 to 2023');
    expect(describeDataset('ofsted-ilacs-history-2025')).toBe('ILACS inspection history, 2018 to 2025');
    expect(describeDataset('ofsted-in-year-2022-23')).toBe('Inspections and visits in the year 2022–23');
    expect(describeDataset('ofsted-as-at-2025-03-31')).toBe('Councils’ latest judgements as at 31 March 2025');
  });

  it('shows an id it does not know as it is', () => {
    expect(describeDataset('ofsted-official-statistics-2026')).toBe('ofsted-official-statistics-2026');
    expect(describeDataset('ofsted-as-at-2025-02-30')).toBe('ofsted-as-at-2025-02-30');
  });
});

describe('inYearSeasons and describeVisitCoverage', () => {
  it('finds the years whose in-year tables entries were imported from, once each, oldest first', () => {
    expect(inYearSeasons(['ofsted-in-year-2024-25', undefined, 'ofsted-as-at-2023-03-31, ofsted-in-year-2022-23', 'ofsted-in-year-2024-25'])).toEqual(['2022–23', '2024–25']);
    expect(inYearSeasons(['ofsted-la-inspections-2009-2023', undefined])).toEqual([]);
  });

  it('says which years’ visits are all here, and that others are only those an officer added', () => {
    expect(describeVisitCoverage(['2022–23', '2023–24', '2024–25'])).toBe(
      'Ofsted’s monitoring and focused visits are here for 2022–23, 2023–24 and 2024–25, from its official statistics for those years; for other years, only those an officer has added.',
    );
    expect(describeVisitCoverage(['2024–25'])).toContain('here for 2024–25, from its official statistics for that year;');
    expect(describeVisitCoverage([])).toBe('Ofsted’s monitoring and focused visits are here only where an officer has added them.');
  });
});

describe('provenance', () => {
  it('is nothing for an entry no import touched', () => {
    expect(provenance({ kind: 'inspection', imported: undefined })).toBeUndefined();
    expect(provenance({ kind: 'inspection', imported: ' , ' })).toBeUndefined();
  });

  it('lists every table of a comma-separated imported, and says what they gave', () => {
    const graded = provenance({
      kind: 'inspection',
      imported: 'ofsted-as-at-2023-03-31, ofsted-ilacs-history-2025',
      source: { url: 'https://reports.ofsted.gov.uk/provider/44/303' },
      framework: 'ilacs-2023',
      grades: { overall: 'good' },
    })!;
    expect(graded.lead).toMatch(/^The judgements and dates on this page come from Ofsted’s official statistics .* from these tables:$/);
    expect(graded.tables).toEqual(['Councils’ latest judgements as at 31 March 2023', 'ILACS inspection history, 2018 to 2025']);
    expect(graded.olderGrades).toBeUndefined();
    expect(graded.document).toBe('The report itself is on the source page linked above.');

    const visit = provenance({ kind: 'focused-visit', imported: 'ofsted-in-year-2024-25', themes: ['care-leavers'], source: { url: 'https://reports.ofsted.gov.uk/' } })!;
    expect(visit.lead).toMatch(/^The dates and theme on this page .* from this table:$/);
    expect(visit.document).toBe('The letter itself is on the source page linked above.');
    const bare = provenance({ kind: 'monitoring-visit', imported: 'ofsted-in-year-2024-25' })!;
    expect(bare.lead).toMatch(/^The dates on this page/);
    expect(bare.document).toBeUndefined();
  });

  it('claims only some of the facts for the tables once an officer has written the entry up', () => {
    // Luton's 2024 visit: the tables gave its dates and one theme; the officer added its last day's letter, four themes and the inspectors.
    const written = provenance({ kind: 'focused-visit', imported: 'ofsted-in-year-2024-25', themes: ['care-leavers', 'caseloads'], hasText: true })!;
    expect(written.lead).toMatch(/^Some of the facts on this page come from Ofsted’s official statistics .* from this table:$/);
    expect(provenance({ kind: 'focused-visit', imported: 'ofsted-in-year-2024-25', themes: ['care-leavers', 'caseloads'], hasText: false })!.lead).toMatch(/^The dates and themes/);
  });

  it('explains "adequate" for the frameworks before November 2013', () => {
    const slac = provenance({ kind: 'inspection', imported: 'ofsted-la-inspections-2009-2023', framework: 'slac', grades: { safeguarding: 'requires-improvement' } })!;
    expect(slac.olderGrades).toContain('shows their “requires improvement to be good” as “adequate”');
    expect(provenance({ kind: 'inspection', imported: 'ofsted-la-inspections-2009-2023', framework: 'sif', grades: { overall: 'good' } })!.olderGrades).toBeUndefined();
  });
});
