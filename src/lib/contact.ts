/**
 * Where readers ask for information in another format or report an
 * accessibility problem (IJ_CONTACT): the accessibility regulations require
 * a way to reach the site's publisher, and only the publisher knows it.
 */

export interface Contact {
  href: string;
  text: string;
  /** A web page (marked as another site's), not an email address. */
  isPage: boolean;
}

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

/** The contact an IJ_CONTACT value names, or what is wrong with it. */
export function parseContact(value: string | undefined): { contact?: Contact; problem?: string } {
  const written = value?.trim();
  if (!written) return {};
  if (EMAIL.test(written)) return { contact: { href: `mailto:${written}`, text: written, isPage: false } };
  if (/^https?:\/\//i.test(written) && URL.canParse(written)) return { contact: { href: new URL(written).href, text: written, isPage: true } };
  return {
    problem: `IJ_CONTACT='${written}' is not an email address or a web address (allowed: e.g. journeys@example.gov.uk, or https://www.example.gov.uk/contact-us)`,
  };
}
