import { describe, expect, it } from 'vitest';
import { councilNameFinder, otherCouncilNamed } from '../../../src/lib/content/council-names.ts';

const COUNCILS = [
  { id: 'leeds', name: 'Leeds', short_name: 'Leeds' },
  { id: 'lewisham', name: 'Lewisham', short_name: 'Lewisham' },
  { id: 'reading', name: 'Reading Borough Council', short_name: 'Reading' },
  { id: 'cheshire-west-and-chester', name: 'Cheshire West and Chester', short_name: 'Cheshire West and Chester' },
  { id: 'cheshire-east', name: 'Cheshire East', short_name: 'Cheshire East' },
  { id: 'nottingham', name: 'Nottingham', short_name: 'Nottingham' },
  { id: 'nottinghamshire', name: 'Nottinghamshire', short_name: 'Nottinghamshire' },
  { id: 'durham', name: 'County Durham', short_name: 'Durham' },
  { id: 'southend-on-sea', name: 'Southend-on-Sea City Council', short_name: 'Southend' },
  { id: 'bury', name: 'Bury', short_name: 'Bury' },
];
const find = councilNameFinder(COUNCILS);
/** `name=council`, with `?` after a name that may be an ordinary word. */
const names = (text: string) => find(text).map((m) => `${m.name}${m.maybeWord ? '?' : ''}=${m.councils.join('|')}`);

describe('councilNameFinder', () => {
  it('finds the names of the council files, full and short', () => {
    expect(names('Focused visit to Lewisham children\u2019s services')).toEqual(['Lewisham=lewisham']);
    expect(names('Reading Borough Council and Leeds')).toEqual(['Reading Borough Council=reading', 'Leeds=leeds']);
    expect(names('Reading\u2019s director reported to committee.')).toEqual(['Reading=reading']);
    expect(names('Leeds-based services, as in\nLewisham')).toEqual(['Leeds=leeds', 'Lewisham=lewisham']);
  });

  it('reads the longest name written, not a shorter one inside it', () => {
    expect(names('Cheshire West and Chester\u2019s front door')).toEqual(['Cheshire West and Chester=cheshire-west-and-chester']);
    expect(names('Nottinghamshire and Nottingham')).toEqual(['Nottinghamshire=nottinghamshire', 'Nottingham=nottingham']);
    expect(names('County Durham, or Durham for short')).toEqual(['County Durham=durham', 'Durham=durham']);
    expect(names('Southend-on-Sea City Council')).toEqual(['Southend-on-Sea City Council=southend-on-sea']);
    expect(names('Southend-on-Sea')).toEqual(['Southend=southend-on-sea']);
  });

  it('matches whole words, in the case the council file writes them', () => {
    expect(names('Leedsfield and Lewishamite')).toEqual([]);
    expect(names('leeds and LEWISHAM')).toEqual([]);
    expect(names('Cheshire Westminster')).toEqual([]);
  });

  it('marks a name that is also a word where it starts a sentence followed by a word in lower case', () => {
    expect(names('Reading the letter, inspectors found drift.')).toEqual(['Reading?=reading']);
    expect(names('Plans improved. Reading them, the council saw drift.')).toEqual(['Reading?=reading']);
    expect(names('"Bury the past," the director said.')).toEqual(['Bury?=bury']);
    expect(names('Reading has improved.')).toEqual(['Reading?=reading']);
    // Anywhere else it is the council.
    expect(names('Reading: focused visit')).toEqual(['Reading=reading']);
    expect(names('Ofsted found that Reading had improved.')).toEqual(['Reading=reading']);
    expect(names('Reading Borough Council improved.')).toEqual(['Reading Borough Council=reading']);
    // A name that is no English word is the council even there.
    expect(names('Lewisham has improved.')).toEqual(['Lewisham=lewisham']);
  });

  it('knows every council of a name two files share', () => {
    const shared = councilNameFinder([...COUNCILS, { id: 'leeds-trust', name: 'Leeds Children\u2019s Trust', short_name: 'Leeds' }]);
    expect(shared('Leeds').map((m) => m.councils)).toEqual([['leeds', 'leeds-trust']]);
  });
});

describe('otherCouncilNamed', () => {
  const fields = (title: string, summary?: string): [string, string | undefined][] => [['title', title], ['summary', summary]];

  it('names the first field that names another council, and the councils it names', () => {
    expect(otherCouncilNamed(fields('Focused visit to Lewisham children\u2019s services', 'Lewisham has improved.'), 'leeds', find)).toEqual({
      field: 'title',
      others: [{ name: 'Lewisham', councils: ['lewisham'], maybeWord: false }],
    });
    expect(otherCouncilNamed(fields('Focused visit', 'Ofsted found Lewisham and Nottingham, and Lewisham again.'), 'leeds', find)).toEqual({
      field: 'summary',
      others: [{ name: 'Lewisham', councils: ['lewisham'], maybeWord: false }, { name: 'Nottingham', councils: ['nottingham'], maybeWord: false }],
    });
  });

  it('is content when the entry names no council, or its own', () => {
    expect(otherCouncilNamed(fields('Focused visit', 'Help for children in need has improved.'), 'leeds', find)).toBeUndefined();
    expect(otherCouncilNamed(fields('Leeds focused visit'), 'leeds', find)).toBeUndefined();
    expect(otherCouncilNamed(fields('Reading the letter', 'Reading the letter again, it is clear.'), 'leeds', find)).toBeUndefined();
  });

  it('is content when the entry names its own council beside a partner, in either field', () => {
    expect(otherCouncilNamed(fields('Joint peer review with Lewisham', 'Leeds and Lewisham reviewed each other\u2019s front doors.'), 'leeds', find)).toBeUndefined();
  });

  it('takes a name that may be a word for its own council, never for another', () => {
    expect(otherCouncilNamed(fields('Bury and Leeds shared a front door'), 'bury', find)).toBeUndefined();
    expect(otherCouncilNamed(fields('Bury and Leeds shared a front door'), 'leeds', find)).toBeUndefined();
    expect(otherCouncilNamed(fields('Bury the past', 'Bury: focused visit of Bury children\u2019s services, and Bury again.'), 'leeds', find)).toEqual({
      field: 'summary',
      others: [{ name: 'Bury', councils: ['bury'], maybeWord: false }],
    });
  });

  it('is content with a council that is `alike`: one that took over from this one, or this one from it', () => {
    expect(otherCouncilNamed(fields('Nottinghamshire report'), 'nottingham', find, (id) => id === 'nottinghamshire')).toBeUndefined();
    expect(otherCouncilNamed(fields('Nottinghamshire report'), 'nottingham', find)?.field).toBe('title');
  });
});
