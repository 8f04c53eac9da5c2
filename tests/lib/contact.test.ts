import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/lib/contact.ts';

describe('IJ_CONTACT', () => {
  it('takes an email address, as a mailto: link', () => {
    expect(parseContact(' journeys@example.gov.uk ')).toEqual({ contact: { href: 'mailto:journeys@example.gov.uk', text: 'journeys@example.gov.uk', isPage: false } });
  });

  it('takes a web page', () => {
    expect(parseContact('https://www.example.gov.uk/contact-us')).toEqual({
      contact: { href: 'https://www.example.gov.uk/contact-us', text: 'https://www.example.gov.uk/contact-us', isPage: true },
    });
  });

  it('is optional', () => {
    expect(parseContact(undefined)).toEqual({});
    expect(parseContact('  ')).toEqual({});
  });

  it('refuses anything else, saying what is allowed', () => {
    for (const value of ['the children’s services team', 'www.example.gov.uk/contact', 'javascript:alert(1)', 'a@b']) {
      expect(parseContact(value).problem).toBe(
        `IJ_CONTACT='${value}' is not an email address or a web address (allowed: e.g. journeys@example.gov.uk, or https://www.example.gov.uk/contact-us)`,
      );
    }
  });
});
