/** A name as an id of lower-case words joined by hyphens: "North East, Yorkshire and the Humber" → north-east-yorkshire-and-the-humber. */
export function idFromName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
