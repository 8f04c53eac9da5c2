/**
 * The summary of an Ofsted letter is what this visit found, not the
 * background its headline findings often open with. Every sentence here is
 * taken from one of the twenty real letters in ../shared/data/letters.
 */
import { describe, expect, it } from 'vitest';
import { chooseSummary, isBackground } from '../../../src/lib/import/summary.ts';

describe('isBackground', () => {
  it.each([
    // An earlier inspection or visit, by name or by date.
    ['cheshire-east 2021-11', 'An inspection of Cheshire East children’s services took place in November 2019, when the experiences and progress of children who need help and protection were found to require improvement to be good.', '2021-11-03'],
    ['halton 2022-11', 'Halton children’s services’ previous focused visit took place in March 2021.', '2022-11-23'],
    ['lewisham 2025-04', 'Since the last inspection in 2023, when the experiences and progress of children who need help and protection were judged to be good, leaders have sustained and, in some areas, strengthened practice.', '2025-04-30'],
    ['reading 2022-02', 'Reading was judged as requires improvement to be good at the ILACS inspection in September 2019.', '2022-02-16'],
    ['tameside 2022-04', 'During the previous focused visit, in May 2021, council leaders agreed to provide immediate additional investment to address a lack of capacity across several parts of the service which was causing delay for children in having risks identified and their needs met.', '2022-04-27'],
    ['windsor 2018-11', 'Children’s services were last inspected in 2015, when the overall effectiveness of services was judged to require improvement to be good.', '2018-11-27'],
    ['ealing 2018-10', 'Since the single inspection in 2016, when services were judged to be good, dedicated senior managers and political leaders have continued to transform services by implementing their hugely innovative ‘Brighter Futures’ programme.', '2018-10-24'],
    ['cheshire-east 2021-11', 'Since that time, there has been improvement in the overall quality of work with children who are in need of help or protection.', '2021-11-03'],
    ['windsor 2018-11, a month before the visit', 'Since August 2017, as part of a transformation programme to deliver services more efficiently, the council has transferred the delivery of its children’s services to an external provider.', '2018-11-27'],
    ['tameside 2021-05, a year before the visit', 'During 2020, there was a reduction in the level of contacts and referrals to children’s social care.', '2021-05-12'],
    // The pandemic as the setting.
    ['havering 2021-05', 'It has been an exceptionally challenging year for Havering, with the impact of the pandemic remaining severe.', '2021-05-12'],
    ['leeds 2021-07', 'Leeds has experienced high rates of COVID 19 which has, and continues to have, an impact on all aspects of children’s services.', '2021-07-20'],
    ['southampton 2021-05', 'The onset of the pandemic coincided with a six-month gap in permanent leadership of children’s services until the current statutory director of children’s services was appointed in September 2020.', '2021-05-05'],
    ['tameside 2021-05', 'Tameside has had consistently higher-than-average rates of COVID-19, and lengthy periods of local and national restrictions throughout the pandemic that have created significant challenges for senior leaders.', '2021-05-12'],
    ['surrey 2021-03', 'The COVID-19 pandemic has brought additional challenges in progressing the improvement programme, and the sudden death in June 2020 of the director of children’s services, who was instrumental in leading on necessary improvements, is still felt by many across the council.', '2021-03-24'],
    // The council's circumstances, and how the visit was done.
    ['lewisham 2025-04', 'Lewisham has been selected by the Department for Education to help develop and test national reforms as a Families First for Children pathfinder authority.', '2025-04-30'],
    ['southampton 2021-05', 'At the time of the visit, national restrictions were still in place and many social workers blended remote and in-office working arrangements.', '2021-05-05'],
    ['cheshire-east 2021-11', 'This visit was carried out in line with the inspection of local authority children’s services (ILACS) framework.', '2021-11-03'],
  ])('%s: “%s”', (_, sentence, visitStart) => {
    expect(isBackground(sentence, visitStart)).toBe(true);
  });

  it.each([
    ['cheshire-east 2021-11', 'Assessments and plans are mainly thorough and focused on improving outcomes for children.', '2021-11-03'],
    ['luton 2024-07', 'Care leavers’ experiences of transitions and support into and through early adulthood are too variable.', '2024-07-31'],
    ['luton 2024-07, of this visit', 'This visit found skilled and enthusiastic PAs and frontline managers committed to meeting the needs of care leavers but hampered by workloads that are too demanding.', '2024-07-31'],
    ['north-somerset 2025-10', 'Most children in care in North Somerset live in stable, nurturing homes and benefit from committed social workers and carers.', '2025-10-07'],
    // The pandemic named in a finding about the council's response to it.
    ['havering 2021-05', 'Strong, timely corporate and political support for children’s services has enabled leaders to mitigate some of the impact of the pandemic.', '2021-05-12'],
    ['west-sussex 2020-10', 'Strengthened corporate and partnership working has resulted in vulnerable children receiving targeted support during the pandemic.', '2020-10-20'],
    ['reading 2022-02', 'Despite the exceptional challenges posed by the COVID-19 pandemic, visits to children were prioritised and some partnerships were strengthened.', '2022-02-16'],
    // A year that is the visit's own, and "early 2021" with no month, are not before it.
    ['tameside 2021-05', 'However, greater demand for services since early 2021, combined with pre-existing high levels of children in care and growing numbers of care leavers, has resulted in increasing caseloads which are now too high across most social work teams.', '2021-05-12'],
  ])('%s: not “%s”', (_, sentence, visitStart) => {
    expect(isBackground(sentence, visitStart)).toBe(false);
  });

  it('counts a date as earlier only when the visit date is known', () => {
    const sentence = 'During 2020, there was a reduction in the level of contacts and referrals to children’s social care.';
    expect(isBackground(sentence)).toBe(false);
    expect(isBackground(sentence, '2021-05-12')).toBe(true);
    expect(isBackground(sentence, '2020-10-20')).toBe(false);
  });
});

describe('chooseSummary', () => {
  it('takes the first sentence and the next when both are about this visit (Cheshire East, after a paragraph on the 2019 inspection)', () => {
    const summary = chooseSummary(
      [
        'An inspection of Cheshire East children’s services took place in November 2019, when the experiences and progress of children who need help and protection were found to require improvement to be good. Since that time, there has been improvement in the overall quality of work with children who are in need of help or protection.',
        'Assessments and plans are mainly thorough and focused on improving outcomes for children. In most parts of the service, more effective management oversight is ensuring that children’s needs are met well, including through provision of relevant services. A child-focused programme of auditing is driving practice improvement and providing senior leaders with an accurate oversight of practice.',
      ],
      '2021-11-03',
    );
    expect(summary?.value).toBe(
      'Assessments and plans are mainly thorough and focused on improving outcomes for children. In most parts of the service, more effective management oversight is ensuring that children’s needs are met well, including through provision of relevant services.',
    );
    expect(summary?.paragraph).toMatch(/^Assessments and plans/);
  });

  it('leaves out a second sentence that is background (Derbyshire)', () => {
    const summary = chooseSummary(
      ['Changes within Derbyshire’s political and senior leadership have not deflected the council from its commitment and responsibilities to children. Senior leaders have continued to build on the early signs of progress seen at the last full inspection of children’s services.'],
      '2022-09-21',
    );
    expect(summary?.value).toBe('Changes within Derbyshire’s political and senior leadership have not deflected the council from its commitment and responsibilities to children.');
  });

  it('passes over what goes on about the earlier visit: inspectors then, and “Since then” (Halton)', () => {
    const summary = chooseSummary(
      [
        'Halton children’s services’ previous focused visit took place in March 2021. Inspectors made areas for priority action following the identification of significant weaknesses in social work practice and the lack of management support and supervision. Since then, a determined and recently appointed chief executive officer has secured corporate commitment and significant financial investment to children’s services in their drive to improve social work practice for children in need of help and protection. The development of a newly established senior leadership team has begun to accelerate the much-needed pace of change to the local authority’s improvement journey.',
      ],
      '2022-11-23',
    );
    expect(summary?.value).toBe('The development of a newly established senior leadership team has begun to accelerate the much-needed pace of change to the local authority’s improvement journey.');
  });

  it('passes over sentences that point back to background (“Their actions”, “Subsequently”, “This led”), but not a finding that follows them', () => {
    const northSomerset = chooseSummary(
      [
        'Since the last inspection in 2023, political and corporate leaders have taken steps to improve the quality of support and services provided to children in care. Their actions and oversight demonstrate their ambition and determination to strengthen children’s services and drive meaningful change to improve children’s lives. Most children in care in North Somerset live in stable, nurturing homes and benefit from committed social workers and carers.',
      ],
      '2025-10-07',
    );
    expect(northSomerset?.value).toBe('Most children in care in North Somerset live in stable, nurturing homes and benefit from committed social workers and carers.');
    const windsor = chooseSummary(
      [
        'Children’s services were last inspected in 2015, when the overall effectiveness of services was judged to require improvement to be good. Subsequently, frequent changes at senior and managerial levels resulted in a loss of focus and considerable instability across the workforce. This led to a decline in the quality of services for children in need of help and protection.',
        'Since August 2017, as part of a transformation programme to deliver services more efficiently, the council has transferred the delivery of its children’s services to an external provider. This resulted in additional resource and the appointment of a director specifically to oversee the delivery of children’s services, as well as a number of reviews to assess the effectiveness of the service.',
        'A stable senior leadership team is now in place. Staff morale has significantly improved in the front door service. Staff describe a more structured framework, in which decisions are more consistent, and visible and approachable leaders and managers.',
      ],
      '2018-11-27',
    );
    expect(windsor?.value).toBe('A stable senior leadership team is now in place. Staff morale has significantly improved in the front door service.');
  });

  it('passes over the rest of the pandemic’s scene (Havering), and a sentence leaning on “these issues” (Tameside)', () => {
    const havering = chooseSummary(
      [
        'It has been an exceptionally challenging year for Havering, with the impact of the pandemic remaining severe. Havering’s infection and death rate from the pandemic is one of the highest in the country. The experience of grief and adversity caused by the pandemic has impacted greatly on the local community including the social care workforce, who have experienced stress, anxiety and loss.',
        'Strong, timely corporate and political support for children’s services has enabled leaders to mitigate some of the impact of the pandemic. Leaders have led a co-ordinated response alongside their partner agencies.',
      ],
      '2021-05-12',
    );
    expect(havering?.value).toMatch(/^Strong, timely corporate and political support/);
    const tameside = chooseSummary(
      [
        'In addition, a decline in the retention and recruitment of social workers during 2020 has led to higher staff turnover and increasing numbers of agency staff being used. The lack of capacity created by these issues has resulted in the local authority improvement plan having little impact over the last 12 months.',
        'Scrutiny by senior leaders is too focused on measuring process through performance data and overall audit grades rather than the evaluation of the experiences of children.',
      ],
      '2021-05-12',
    );
    expect(tameside?.value).toMatch(/^Scrutiny by senior leaders/);
  });

  it('gives no summary when every sentence is background, for the officer to write one', () => {
    expect(
      chooseSummary(
        ['Since the last inspection in 2023, when the experiences and progress of children who need help and protection were judged to be good, leaders have sustained and, in some areas, strengthened practice.'],
        '2025-04-30',
      ),
    ).toBeUndefined();
    expect(chooseSummary([])).toBeUndefined();
  });
});
