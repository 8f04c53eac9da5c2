import { describe, expect, it } from 'vitest';
import { siteLocation, siteUrlProblem } from '../../src/lib/site-url.ts';

const ALLOWED = 'allowed: the address the site will be published at, starting https://, such as https://www.example.gov.uk/journeys/';

describe('siteLocation', () => {
  it('splits the address into the site and the base path it is published under, with or without a final slash', () => {
    expect(siteLocation('https://www.example.gov.uk/journeys/')).toEqual({ site: 'https://www.example.gov.uk', base: '/journeys/' });
    expect(siteLocation('https://www.example.gov.uk/journeys')).toEqual({ site: 'https://www.example.gov.uk', base: '/journeys/' });
    expect(siteLocation('https://journeys.example.org')).toEqual({ site: 'https://journeys.example.org', base: '/' });
  });
});

describe('siteUrlProblem', () => {
  it('accepts an address of a site or a folder, and no setting at all', () => {
    for (const value of [undefined, '', 'https://www.example.gov.uk/journeys/', 'https://www.example.gov.uk/journeys', 'http://localhost:4321/', 'https://a.example/v1.2-journeys/']) {
      expect(siteUrlProblem(value), value).toBeUndefined();
    }
  });

  it('says what is wrong with an address that is not one, or not a folder of one', () => {
    expect(siteUrlProblem('www.example.gov.uk/journeys/')).toBe(`IJ_SITE_URL is 'www.example.gov.uk/journeys/', which is not a web address (${ALLOWED})`);
    expect(siteUrlProblem('ftp://example.gov.uk/')).toBe(`IJ_SITE_URL is 'ftp://example.gov.uk/', which is not a web address (${ALLOWED})`);
    expect(siteUrlProblem('https://example.gov.uk/journeys/?preview=1')).toBe(`IJ_SITE_URL is 'https://example.gov.uk/journeys/?preview=1', which has a query (?…) that a site's address cannot have (${ALLOWED})`);
    expect(siteUrlProblem('https://example.gov.uk/journeys/#top')).toBe(`IJ_SITE_URL is 'https://example.gov.uk/journeys/#top', which has a fragment (#…) that a site's address cannot have (${ALLOWED})`);
    expect(siteUrlProblem('https://example.gov.uk//journeys//')).toBe(`IJ_SITE_URL is 'https://example.gov.uk//journeys//', which has an empty folder (//) in its path (${ALLOWED})`);
    expect(siteUrlProblem('https://example.gov.uk/my site/')).toBe(`IJ_SITE_URL is 'https://example.gov.uk/my site/', whose path has a space or another character written with % (${ALLOWED}: a folder name of letters, digits, - and _)`);
    expect(siteUrlProblem('https://example.gov.uk/journeys/index.html')).toBe(`IJ_SITE_URL is 'https://example.gov.uk/journeys/index.html', which ends in a file's name (${ALLOWED}: the folder, not a page in it)`);
  });
});
