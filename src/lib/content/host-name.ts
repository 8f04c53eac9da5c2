/**
 * Whether an address written without its scheme starts with a host name, as
 * a browser's address bar shows one: the content check's warning on links
 * (removed-links.ts) and the schema's advice on a source's url both ask.
 */

/** A host name such as lewisham.gov.uk, ending in letters, as the first part of an address. */
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?$/i;
/** A file name's ending, which a host name alone (`plan.pdf`) does not have. */
const FILE_ENDING = /\.(?:pdf|docx?|xlsx?|pptx?|od[tsp]|csv|txt|rtf|html?|png|jpe?g|gif|msg|zip)$/i;

/** Whether an address without a scheme starts with a host name (`lewisham.gov.uk/plan`), not a file's (`plan.pdf`). */
export function looksLikeHost(address: string): boolean {
  const [first, ...rest] = address.split(/(?=[/?#])/);
  return DOMAIN.test(first) && (rest.length > 0 || !FILE_ENDING.test(first));
}
