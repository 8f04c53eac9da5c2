/**
 * The fixed vocabulary of the content contract (docs/CONTENT-MODEL.md):
 * grades, kinds, bodies, council types and inspection frameworks.
 * Everything else (schema, pages, charts, scripts) reads these tables, so
 * adding a framework or a kind is one row here.
 */

/** Ofsted's four grades, best first. */
export const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_INFO: Record<Grade, { label: string; short: string; rank: number }> = {
  outstanding: { label: 'Outstanding', short: 'Outstanding', rank: 1 },
  good: { label: 'Good', short: 'Good', rank: 2 },
  'requires-improvement': {
    label: 'Requires improvement to be good',
    short: 'Requires improvement',
    rank: 3,
  },
  inadequate: { label: 'Inadequate', short: 'Inadequate', rank: 4 },
};

export interface KindInfo {
  label: string;
  /** In a sentence: "1 monitoring visit". */
  noun: string;
  /** Plural, for filters and counts ("7 monitoring visits"). */
  plural: string;
  /** Whether this kind of event gives graded judgements. */
  graded: boolean;
  description: string;
}

export const KINDS = {
  inspection: {
    label: 'Inspection',
    noun: 'inspection',
    plural: 'inspections',
    graded: true,
    description:
      'A full graded inspection of children’s services under the framework of the day (SLAC, CPI, TLAC, SIF or ILACS).',
  },
  'short-inspection': {
    label: 'Short inspection',
    noun: 'short inspection',
    plural: 'short inspections',
    graded: true,
    description: 'A shorter graded ILACS inspection for councils last judged good or outstanding.',
  },
  'focused-visit': {
    label: 'Focused visit',
    noun: 'focused visit',
    plural: 'focused visits',
    graded: false,
    description:
      'A short Ofsted visit looking at one area of practice. It ends in a letter, not a grade.',
  },
  'monitoring-visit': {
    label: 'Monitoring visit',
    noun: 'monitoring visit',
    plural: 'monitoring visits',
    graded: false,
    description:
      'A visit Ofsted makes every few months to a council judged inadequate, to check progress. It ends in a letter, not a grade.',
  },
  jtai: {
    label: 'Joint targeted area inspection',
    noun: 'joint targeted area inspection',
    plural: 'joint targeted area inspections',
    graded: false,
    description:
      'An inspection by Ofsted with the health, police and probation inspectorates of how agencies work together in one area. Not graded.',
  },
  'annual-engagement': {
    label: 'Annual engagement meeting',
    noun: 'annual engagement meeting',
    plural: 'annual engagement meetings',
    graded: false,
    description:
      'The yearly conversation between Ofsted and the council’s leaders about how services are doing.',
  },
  'deep-dive': {
    label: 'DfE deep dive',
    noun: 'DfE deep dive',
    plural: 'DfE deep dives',
    graded: false,
    description:
      'A review by the Department for Education, its commissioner or improvement adviser, of how a council is improving.',
  },
  'committee-paper': {
    label: 'Committee paper',
    noun: 'committee paper',
    plural: 'committee papers',
    graded: false,
    description: 'A report to the council’s cabinet, a committee or scrutiny.',
  },
  minutes: {
    label: 'Minutes',
    noun: 'minutes',
    plural: 'minutes',
    graded: false,
    description: 'The record of a council meeting that discussed children’s services.',
  },
  'self-evaluation': {
    label: 'Self-evaluation',
    noun: 'self-evaluation',
    plural: 'self-evaluations',
    graded: false,
    description: 'The council’s own assessment of its services.',
  },
  'peer-review': {
    label: 'Peer review',
    noun: 'peer review',
    plural: 'peer reviews',
    graded: false,
    description: 'A review by other councils or the Local Government Association.',
  },
  other: {
    label: 'Other',
    noun: 'other event',
    plural: 'other events',
    graded: false,
    description: 'Any other event in the journey.',
  },
} as const satisfies Record<string, KindInfo>;
export type Kind = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as Kind[];

export const BODIES = {
  ofsted: 'Ofsted',
  dfe: 'Department for Education',
  council: 'The council',
  peer: 'Sector peers',
  other: 'Other',
} as const;
export type Body = keyof typeof BODIES;
export const BODY_IDS = Object.keys(BODIES) as Body[];

/** Who usually carries out or writes each kind of event. */
export function defaultBody(kind: Kind): Body {
  switch (kind) {
    case 'deep-dive':
      return 'dfe';
    case 'committee-paper':
    case 'minutes':
    case 'self-evaluation':
      return 'council';
    case 'peer-review':
      return 'peer';
    case 'other':
      return 'other';
    default:
      return 'ofsted';
  }
}

export const COUNCIL_TYPES = {
  county: 'County council',
  unitary: 'Unitary authority',
  'metropolitan-borough': 'Metropolitan borough',
  'london-borough': 'London borough',
  other: 'Other',
} as const;
/** The type within a sentence: "a unitary authority". */
const COUNCIL_TYPE_PHRASES: Record<keyof typeof COUNCIL_TYPES, string> = {
  county: 'a county council',
  unitary: 'a unitary authority',
  'metropolitan-borough': 'a metropolitan borough',
  'london-borough': 'a London borough',
  other: '',
};
export type CouncilType = keyof typeof COUNCIL_TYPES;

/**
 * "Reading Borough Council, a unitary authority in Ofsted's South East region".
 * The regions are Ofsted's (Leeds is in its "North East, Yorkshire and the
 * Humber"), so they are named as such; a London borough is not also "in London".
 */
export function describeCouncil(council: { name: string; type: CouncilType; region?: string }): string {
  const phrase = COUNCIL_TYPE_PHRASES[council.type];
  const { region } = council;
  const where = !region || phrase.includes(region) ? '' : ` in Ofsted’s ${region.replace(/ region$/i, '')} region`;
  return `${council.name}${phrase ? `, ${phrase}` : ''}${where}`;
}
export const COUNCIL_TYPE_IDS = Object.keys(COUNCIL_TYPES) as CouncilType[];

export interface JudgementArea {
  id: string;
  label: string;
  /**
   * The chart row this area is drawn on. Areas that judge the same thing
   * under different frameworks share a series, so a council's history reads
   * as one line across SIF and ILACS.
   */
  series: string;
  /** Further rows an area that judges two things at once is drawn on (ILACS's "children in care and care leavers"). */
  alsoSeries?: string[];
}

export interface Framework {
  id: string;
  label: string;
  /** Its abbreviation, for charts and titles: "SIF". */
  short: string;
  /** The month its inspections began (YYYY-MM), marked on grading-history charts. */
  starts: string;
  /** First and last year the framework was in use (last is null while current). */
  years: [number, number | null];
  /** The area that states the overall effectiveness of children's services, if the framework has one. */
  headline: string | null;
  areas: JudgementArea[];
  description: string;
  /** The framework's own word for a grade, where it is not today's. */
  gradeWords?: Partial<Record<Grade, string>>;
}

/**
 * Until the single inspection framework (November 2013) the third grade was
 * "adequate"; Ofsted's statistics give it in today's words, and the content
 * stores today's id, so only what a reader sees changes.
 */
const ADEQUATE: Framework['gradeWords'] = { 'requires-improvement': 'Adequate' };

const area = (id: string, label: string, series = id, alsoSeries?: string[]): JudgementArea => ({ id, label, series, ...(alsoSeries && { alsoSeries }) });

/** Ordered oldest first: charts mark the change from one to the next. */
export const FRAMEWORKS: Framework[] = [
  {
    id: 'slac',
    label: 'Safeguarding and looked after children (SLAC)',
    short: 'SLAC',
    starts: '2009-06',
    years: [2009, 2012],
    headline: null,
    areas: [
      area('safeguarding', 'Safeguarding', 'help-and-protection'),
      area('looked-after-children', 'Looked after children', 'children-in-care'),
    ],
    gradeWords: ADEQUATE,
    description:
      'Inspections of safeguarding and of services for looked after children, each judged separately.',
  },
  {
    id: 'cpi',
    label: 'Child protection inspection (CPI)',
    short: 'CPI',
    starts: '2012-05',
    years: [2012, 2013],
    headline: null,
    areas: [area('overall', 'Child protection (overall)', 'help-and-protection')],
    gradeWords: ADEQUATE,
    description: 'Inspections and re-inspections of child protection services alone.',
  },
  {
    id: 'tlac',
    label: 'Targeted looked after children inspection (TLAC)',
    short: 'TLAC',
    starts: '2012-05',
    years: [2012, 2013],
    headline: null,
    areas: [area('overall', 'Looked after children (overall)', 'children-in-care')],
    gradeWords: ADEQUATE,
    description: 'Targeted inspections of services for looked after children alone.',
  },
  {
    id: 'sif',
    label: 'Single inspection framework (SIF)',
    short: 'SIF',
    starts: '2013-11',
    years: [2013, 2018],
    headline: 'overall',
    areas: [
      area('overall', 'Overall effectiveness'),
      area('help-and-protection', 'Children who need help and protection'),
      area(
        'looked-after-and-permanence',
        'Children looked after and achieving permanence',
        'children-in-care',
      ),
      area('adoption', 'Adoption performance'),
      area('care-leavers', 'Experiences and progress of care leavers'),
      area('leadership', 'Leadership, management and governance'),
      area('lscb', 'Local Safeguarding Children Board'),
    ],
    description:
      'Ofsted’s single inspection of services for children in need of help and protection, children looked after and care leavers.',
  },
  {
    id: 'ilacs',
    label: 'Inspection of local authority children’s services (ILACS)',
    short: 'ILACS',
    starts: '2018-01',
    years: [2018, 2022],
    headline: 'overall',
    areas: [
      area('overall', 'Overall effectiveness'),
      area('leadership', 'Impact of leaders on social work practice'),
      area('help-and-protection', 'Children who need help and protection'),
      area(
        'children-in-care-and-care-leavers',
        'Children in care and care leavers',
        'children-in-care',
        ['care-leavers'],
      ),
    ],
    description:
      'The ILACS framework from January 2018: graded inspections every few years, with focused and monitoring visits in between.',
  },
  {
    id: 'ilacs-2023',
    label: 'ILACS from January 2023',
    short: 'ILACS 2023',
    starts: '2023-01',
    years: [2023, null],
    headline: 'overall',
    areas: [
      area('overall', 'Overall effectiveness'),
      area('leadership', 'Impact of leaders on social work practice'),
      area('help-and-protection', 'Children who need help and protection'),
      area('children-in-care', 'Children in care'),
      area('care-leavers', 'Care leavers'),
    ],
    description:
      'ILACS as revised in January 2023, which judges services for children in care and for care leavers separately.',
  },
];

/**
 * Chart rows, in display order: comparable judgements across frameworks.
 * SLAC safeguarding and CPI share the help-and-protection row; SLAC and TLAC
 * looked-after judgements share the children-in-care row.
 */
export const SERIES: { id: string; label: string }[] = [
  { id: 'overall', label: 'Overall effectiveness' },
  { id: 'help-and-protection', label: 'Help and protection' },
  { id: 'children-in-care', label: 'Children in care' },
  { id: 'care-leavers', label: 'Care leavers' },
  { id: 'adoption', label: 'Adoption' },
  { id: 'leadership', label: 'Leadership' },
  { id: 'lscb', label: 'Safeguarding board (LSCB)' },
];

export const FRAMEWORK_IDS = FRAMEWORKS.map((f) => f.id);

export function frameworkById(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

/** A grade in the words of its framework ("Adequate" in 2011), else today's. */
export function gradeWord(grade: Grade, frameworkId: string | undefined, style: 'label' | 'short' = 'short'): string {
  return (frameworkId && frameworkById(frameworkId)?.gradeWords?.[grade]) || GRADE_INFO[grade][style];
}

export function areaLabel(frameworkId: string, areaId: string): string {
  return frameworkById(frameworkId)?.areas.find((a) => a.id === areaId)?.label ?? areaId;
}

/** Conventional body headings shown as structured lists on an entry page. */
export const SECTIONS = {
  strengths: { label: 'Strengths', headings: ['strengths', 'what is working well', 'what went well'] },
  improvements: {
    label: 'Areas for improvement',
    headings: ['areas for improvement', 'what needs to improve', 'areas for development'],
  },
  nextSteps: { label: 'Next steps', headings: ['next steps', 'key next steps'] },
} as const;
export type SectionKey = keyof typeof SECTIONS;
