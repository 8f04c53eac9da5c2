/**
 * The search page's state: the address it is shared by, the filters
 * Pagefind is given, and the searches each facet is counted by.
 */
import { describe, expect, it } from 'vitest';
import {
  councilRespelt,
  countingStates,
  describeDropped,
  describeFilters,
  entryStems,
  namedCouncils,
  offeredFilters,
  ownWordsExcerpt,
  pagefindFilters,
  phraseExcerpt,
  paramsFromState,
  quotedQuery,
  regionId,
  respelt,
  stateFromParams,
  unknownWords,
  withoutWords,
  yearInQuery,
} from '../../src/lib/search-state.ts';

const state = (params: string) => stateFromParams(new URLSearchParams(params));

describe('the address', () => {
  it('round-trips a query, filters and order', () => {
    const params = 'q=management+oversight&council=northby&region=north-west&kind=inspection&kind=focused-visit&year=2018&sort=newest';
    expect(paramsFromState(state(params)).toString()).toBe(params);
  });
});

describe('filters the form does not offer', () => {
  const offered = (facet: string, value: string) => (facet === 'kind' ? ['inspection', 'monitoring-visit'] : ['2018', 'reading']).includes(value);

  it('are left out of the search, and the rest kept in order', () => {
    const { state: kept, dropped } = offeredFilters(state('q=oversight&kind=jtai&kind=inspection&year=2031&council=reading'), offered);
    expect(paramsFromState(kept).toString()).toBe('q=oversight&council=reading&kind=inspection');
    expect(dropped).toEqual([
      { facet: 'kind', value: 'jtai' },
      { facet: 'year', value: '2031' },
    ]);
  });

  it('are named in the search status', () => {
    expect(describeDropped([{ facet: 'kind', value: 'jtai' }])).toBe('This site has no kind “jtai”, so that filter was left out.');
    expect(describeDropped([{ facet: 'kind', value: 'jtai' }, { facet: 'year', value: '2031' }])).toBe(
      'This site has no kind “jtai” or year “2031”, so those filters were left out.',
    );
    expect(describeDropped([])).toBe('');
  });

  it('leave an address with none alone', () => {
    const asked = state('q=oversight&kind=inspection&year=2018');
    expect(offeredFilters(asked, offered)).toEqual({ state: asked, dropped: [] });
  });
});

describe('respelt', () => {
  const words = ['safeguarding', 'supervision', 'oversight', 'management', 'permanence', 'managers', 'managed', 'of', 'care', 'leaver'];
  const stems = entryStems(words);

  it('respells each word the entries never use as the nearest one they do, keeping the rest as typed', () => {
    expect(respelt('safegaurding', words, stems)).toBe('safeguarding');
    expect(respelt('Management oversigt', words, stems)).toBe('Management oversight');
    expect(respelt('"supervison" of permanense', words, stems)).toBe('"supervision" of permanence');
    expect(respelt('permanance', words, stems)).toBeUndefined(); // "perman", as Pagefind stems "permanence": it finds those entries
  });

  it('offers a hyphenated word no entry uses as its words', () => {
    expect(respelt('care-leavers', words, stems)).toBe('care leavers');
    expect(respelt('"Care-leavers" oversight', words, stems)).toBe('"Care leavers" oversight');
  });

  it('allows one letter in words of six to eight letters and two in longer ones', () => {
    expect(respelt('mangers', words, stems)).toBe('managers');
    expect(respelt('supervisn', words, stems)).toBe('supervision'); // two letters away, typed in nine
    expect(respelt('oversite', words, stems)).toBeUndefined(); // two letters from "oversight", typed in eight
  });

  it('counts two neighbouring letters typed the wrong way round as one slip', () => {
    expect(respelt('supervsion', words, stems)).toBe('supervision');
    expect(respelt('mangaers', words, stems)).toBe('managers');
    expect(respelt('managres', words, stems)).toBe('managers');
    expect(respelt('manaregs', words, stems)).toBeUndefined(); // letters swapped further apart: two slips, in eight letters
  });

  it('prefers the word the entries use most among equally near ones', () => {
    // With no stems given, every word is one no entry uses.
    expect(respelt('manages', ['managers', 'managed'], [])).toBe('managers');
    expect(respelt('manages', ['managed', 'managers'], [])).toBe('managed');
  });

  it('respells only words no entry uses, and only those of six letters or more', () => {
    expect(respelt('care leavers', words, stems)).toBeUndefined(); // "leavers" is "leaver"'s stem: Pagefind finds it
    expect(respelt('cafe plans', words, stems)).toBeUndefined();
  });

  it('offers nothing when every word is the entries’ own, short, or has no near word', () => {
    expect(respelt('management oversight', words, stems)).toBeUndefined();
    expect(respelt('cafe', words, stems)).toBeUndefined();
    expect(respelt('thresholds', words, stems)).toBeUndefined();
  });
});

describe('unknownWords', () => {
  const stems = entryStems(['domain', 'document', 'of', 'care', 'leaver', 'families', 'safeguarding', 'improvement', 'children', 's']);

  it('names each word no entry uses, as typed, once', () => {
    expect(unknownWords('Domestic abuse', stems)).toEqual(['Domestic', 'abuse']);
    expect(unknownWords('Ofqual of OFQUAL', stems)).toEqual(['Ofqual']);
  });

  it('knows a word by its stem or as the start of one, as Pagefind finds it', () => {
    expect(unknownWords('care leavers', stems)).toEqual([]); // leaver
    expect(unknownWords('family improvements', stems)).toEqual([]); // famili, improv
    expect(unknownWords('safeguard docu', stems)).toEqual([]); // the start of safeguard and document
    expect(unknownWords("children's", stems)).toEqual([]);
  });

  it('leaves numbers alone', () => {
    expect(unknownWords('care 2018', stems)).toEqual([]);
  });

  it('reads a hyphenated word as one, joined up, as Pagefind does', () => {
    // "care-leavers" is "careleavers" to Pagefind, which then found every entry with "care".
    expect(unknownWords('care-leavers', stems)).toEqual(['care-leavers']);
    const withCompound = entryStems(['case', 'management', 'casemanagement']);
    expect(unknownWords('case-management', withCompound)).toEqual([]);
  });
});

describe('withoutWords', () => {
  it('takes the words out, whatever their case, and quotes left empty', () => {
    expect(withoutWords('management oversight Domestic', ['domestic'])).toBe('management oversight');
    expect(withoutWords('"domestic abuse" neglect', ['domestic', 'abuse'])).toBe('neglect');
    expect(withoutWords('domestic', ['domestic'])).toBe('');
    expect(withoutWords('care-leavers plans', ['care-leavers'])).toBe('plans');
  });

  it('leaves no space inside a quoted phrase it took a word from', () => {
    // "Search without “oversite”: “management ”" linked to a search for "management " with its space.
    expect(withoutWords('"management oversite" plans', ['oversite'])).toBe('"management" plans');
    expect(withoutWords('plans "oversite of management"', ['oversite'])).toBe('plans "of management"');
  });
});

describe('yearInQuery', () => {
  const years = ['2019', '2018', '2017'];

  it('finds a year the Year filter offers, and the words without it', () => {
    expect(yearInQuery('management oversight 2017', years)).toEqual({ year: '2017', rest: 'management oversight' });
    expect(yearInQuery('2018', years)).toEqual({ year: '2018', rest: '' });
  });

  it('leaves other numbers and years the filter does not offer alone', () => {
    expect(yearInQuery('management oversight 2031', years)).toBeUndefined();
    expect(yearInQuery('section 17 and 20173', years)).toBeUndefined();
  });
});

describe('namedCouncils', () => {
  const names = ['Nottingham', 'Nottinghamshire', 'Windsor and Maidenhead', 'Bury', 'Reading', 'Kingston upon Hull', 'Kingston upon Thames', 'Richmond upon Thames', 'Dorset County', 'City of London', 'North Tyneside', 'North Somerset', 'North Yorkshire'];

  it('finds the council a query names, the longest name where several fit', () => {
    expect(namedCouncils('care leavers in nottingham', names)).toEqual(['Nottingham']);
    expect(namedCouncils('Nottinghamshire', names)).toEqual(['Nottinghamshire']);
    expect(namedCouncils('windsor and maidenhead 2018', names)).toEqual(['Windsor and Maidenhead']);
  });

  it('finds a council by a word of its name that at most one other shares', () => {
    expect(namedCouncils('Windsor', names)).toEqual(['Windsor and Maidenhead']);
    expect(namedCouncils('front door maidenhead', names)).toEqual(['Windsor and Maidenhead']);
    expect(namedCouncils('hull', names)).toEqual(['Kingston upon Hull']);
    expect(namedCouncils('kingston', names)).toEqual(['Kingston upon Hull', 'Kingston upon Thames']);
  });

  it('not by a word many names share, a joining word, or the kind of council or place', () => {
    expect(namedCouncils('burying the lead', names)).toEqual([]);
    expect(namedCouncils('north', names)).toEqual([]);
    expect(namedCouncils('upon', names)).toEqual([]);
    expect(namedCouncils('county lines', names)).toEqual([]);
    expect(namedCouncils('london', names)).toEqual([]);
  });

  it('none when the words point at more than two councils', () => {
    expect(namedCouncils('kingston windsor', names)).toEqual([]);
  });
});

describe('councilRespelt', () => {
  const names = ['Nottingham', 'Nottinghamshire', 'Birmingham', 'Derbyshire', 'Bury', 'Luton', 'Milton Keynes', 'Reading'];

  it('spells the council a query seems to misspell as the site does, alone or among other words', () => {
    expect(councilRespelt('Notingham', names)).toBe('Nottingham');
    expect(councilRespelt('Darbyshire', names)).toBe('Derbyshire');
    expect(councilRespelt('milton keyns', names)).toBe('Milton Keynes');
    expect(councilRespelt('Raeding front door', names)).toBe('Reading front door'); // two letters the wrong way round: one slip
  });

  it('keeps the other words as typed: the suggestion is the same search', () => {
    expect(councilRespelt('care leavers in Birmingam', names)).toBe('care leavers in Birmingham');
    expect(councilRespelt('"front door" milton  keyns, 2019', names)).toBe('"front door" Milton Keynes, 2019');
  });

  it('says nothing when the query names a council as written, or only short names are near', () => {
    expect(councilRespelt('Nottingham focused visit', names)).toBeUndefined();
    expect(councilRespelt('reading', names)).toBeUndefined();
    expect(councilRespelt('busy front door', names)).toBeUndefined(); // Bury is one letter away, but too short to guess
    expect(councilRespelt('management oversight', names)).toBeUndefined();
    expect(councilRespelt('', names)).toBeUndefined();
  });
});

describe('regionId', () => {
  it('makes an Ofsted region a filter value fit for an address', () => {
    expect(regionId('North East, Yorkshire and the Humber')).toBe('north-east-yorkshire-and-the-humber');
    expect(regionId('East of England')).toBe('east-of-england');
  });
});

describe('countingStates', () => {
  it('counts a facet without its own choice but with every other facet chosen', () => {
    const counting = new Map(countingStates(state('q=oversight&year=2018&kind=inspection&kind=deep-dive')));
    expect([...counting.keys()]).toEqual(['kind', 'year']);
    expect(pagefindFilters(counting.get('year')!)).toEqual({ kind: { any: ['inspection', 'deep-dive'] } });
    expect(pagefindFilters(counting.get('kind')!)).toEqual({ year: { any: ['2018'] } });
    expect(counting.get('year')!.query).toBe('oversight');
  });

  it('needs no extra search when nothing is chosen', () => {
    expect(countingStates(state('q=oversight'))).toEqual([]);
  });
});

describe('the query in the search status', () => {
  it('is in curly quotes, once, even when the reader typed quotes for an exact phrase', () => {
    expect(quotedQuery('management oversight')).toBe('“management oversight”');
    expect(quotedQuery('"management oversight"')).toBe('“management oversight”');
    expect(quotedQuery('“management oversight”')).toBe('“management oversight”');
    expect(quotedQuery('"plans" and drift')).toBe('“"plans" and drift”');
    expect(quotedQuery('"plans" and "drift"')).toBe('“"plans" and "drift"”');
  });
});

describe('the chosen filters in words', () => {
  const labelOf = (_facet: string, value: string) => value.toUpperCase();

  it('is empty with none chosen', () => {
    expect(describeFilters(state('q=oversight'), labelOf)).toBe('');
  });

  it('names each filter by its label, in the form’s order, values joined by or', () => {
    expect(describeFilters(state('year=2018'), labelOf)).toBe('filtered by year 2018');
    expect(describeFilters(state('theme=care-leavers&year=2018&kind=focused-visit&kind=monitoring-visit&kind=inspection&council=reading'), labelOf)).toBe(
      'filtered by council READING, kind FOCUSED-VISIT, MONITORING-VISIT or INSPECTION, year 2018 and theme CARE-LEAVERS',
    );
  });
});

describe('phraseExcerpt', () => {
  // As Pagefind gives an entry page's text: the summary, the hidden facts, the body, the hidden themes.
  const content =
    'Ofsted found the front door slow. Council: Northby. Inspectors: Jo Bloggs. Managers did not check plans. ' +
    'Management oversight of referrals was weak, and supervision was irregular. Theme: Management oversight and supervision. Theme: Caseloads.';
  const text = (runs: { text: string }[] | undefined) => runs?.map((run) => run.text).join('');
  const marked = (runs: { text: string; marked: boolean }[] | undefined) => runs?.filter((run) => run.marked).map((run) => run.text);

  it("centres a quoted phrase's excerpt on the entry's own words, not the hidden theme names", () => {
    const runs = phraseExcerpt(content, '"management oversight"', 6);
    expect(text(runs)).toBe('check plans. Management oversight of referrals');
    expect(marked(runs)).toEqual(['Management', 'oversight']);
  });

  it('matches words by their stems, as Pagefind does', () => {
    expect(marked(phraseExcerpt(content, '"manager checks"', 6))).toBeUndefined();
    expect(marked(phraseExcerpt(content, '"managers did not check"', 8))).toEqual(['Managers', 'did', 'not', 'check']);
    expect(marked(phraseExcerpt(content, '"supervisions"', 4))).toEqual(['supervision']);
  });

  it("leaves Pagefind's excerpt when only the hidden sentences hold the phrase, or the query is not one phrase", () => {
    expect(phraseExcerpt(content, '"Jo Bloggs"')).toBeUndefined();
    expect(phraseExcerpt(content, '"caseloads"')).toBeUndefined();
    expect(phraseExcerpt(content, 'management oversight')).toBeUndefined();
    expect(phraseExcerpt(content, '"management oversight" caseloads')).toBeUndefined();
  });

  it("keeps the excerpt within the entry's own words, at the text's start and end and around the hidden sentences", () => {
    expect(text(phraseExcerpt(content, '"ofsted found"', 4))).toBe('Ofsted found the front');
    expect(text(phraseExcerpt(content, '"door slow"', 4))).toBe('the front door slow.');
    expect(text(phraseExcerpt(content, '"managers did"', 4))).toBe('Managers did not check');
    expect(text(phraseExcerpt(content, '"supervision was irregular"', 4))).toBe('and supervision was irregular.');
  });
});

describe('ownWordsExcerpt', () => {
  const runs = (excerpt: string) => excerpt.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((part) => ({ text: part.replace(/<\/?mark>/g, ''), marked: part.startsWith('<mark>') }));
  const text = (r: { text: string; marked: boolean }[]) => r.map((run) => (run.marked ? `<mark>${run.text}</mark>` : run.text)).join('');

  it("stops Pagefind's excerpt where the entry's own words end and the hidden theme names begin", () => {
    // Reading's focused visit of February 2022, searched for management oversight.
    const excerpt = 'Supervision, <mark>management</mark> <mark>oversight</mark> and the effectiveness of quality assurance. Theme: Child in need and child protection plans. Theme: Quality of assessment.';
    expect(text(ownWordsExcerpt(runs(excerpt)))).toBe('Supervision, <mark>management</mark> <mark>oversight</mark> and the effectiveness of quality assurance.');
  });

  it("keeps to the entry's own words on both sides of the hidden council and inspectors after the summary", () => {
    const excerpt = 'more effective <mark>management</mark> oversight in most of the service. Council: Cheshire East. Inspectors: Kathryn Grindrod. Kathryn Grindrod and';
    expect(text(ownWordsExcerpt(runs(excerpt)))).toBe('more effective <mark>management</mark> oversight in most of the service.');
    const after = 'Council: Leeds. Inspectors: Matt Reed. The <mark>front</mark> door is well resourced.';
    expect(text(ownWordsExcerpt(runs(after)))).toBe('The <mark>front</mark> door is well resourced.');
  });

  it('leaves the excerpt as it is when its first highlight is in a hidden sentence, or it has none', () => {
    const hidden = 'visit looked at care leavers. Theme: <mark>Management</mark> oversight and supervision.';
    expect(text(ownWordsExcerpt(runs(hidden)))).toBe(hidden);
    expect(text(ownWordsExcerpt(runs('No highlight here. Theme: Caseloads.')))).toBe('No highlight here. Theme: Caseloads.');
  });
});
