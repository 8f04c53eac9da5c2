/**
 * An option typed without the -- of `npm run <script> -- …` (`npm run import
 * --dry-run x.pdf`) is kept by npm as its own setting, which reaches the
 * script only as the variable npm_config_<name> ("true" for a flag); a value
 * it was given comes as a word of its own.
 */
export function keptByNpm(name: string, env: Record<string, string | undefined> = process.env): string | undefined {
  return env[`npm_config_${name.replace(/-/g, '_')}`];
}
