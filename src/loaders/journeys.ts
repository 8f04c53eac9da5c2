/**
 * Astro content loaders for councils, themes and entries. The entries
 * loader reads the whole content directory through the same validation as
 * `npm run check` (src/lib/content/validate.ts) and refuses the build with
 * the same messages when anything is wrong, so every entry file becomes a
 * page or the build fails.
 *
 * Entries are rendered here with Astro's unified processor and the entry
 * pipeline (on worker threads for a large batch, see lib/markdown/render.ts),
 * and their themes detected, once; the store keeps the result with a digest
 * of the file, the theme dictionary and the code that renders it, so
 * unchanged entries are not redone and a change of code redoes them all.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { codeFingerprint } from '../lib/content/code-fingerprint.ts';
import { ContentProblemsError, describeContent, formatProblems, formatWarnings } from '../lib/content/problems.ts';
import { setPreviewProblems } from '../lib/content/preview-problems.ts';
import { loadCouncils, loadThemes, takeOrLoadContent, type EntryRecord } from '../lib/content/validate.ts';
import { renderAll, textToRender, unrenderable } from '../lib/markdown/render.ts';
import type { EntrySections } from '../lib/markdown/rehype-entry-sections.ts';
import { contentDir } from '../lib/settings.ts';
import type { DetectedTheme } from '../lib/themes.ts';

/**
 * What an entry's rendering adds to Astro's `rendered.metadata`: the themes
 * found in its text, which the site merges with those its front-matter
 * lists when it reads them (data/site.ts). Astro serialises, bundles and
 * reads back its whole content store in every build; stored already merged,
 * with two flags each, the themes made it a fifth larger (docs/BENCHMARKS.md).
 */
export interface EntryAnalysis {
  sections: EntrySections;
  detected: DetectedTheme[];
}

/** The content directory, resolved against the project root. */
const root = (context: LoaderContext) => path.resolve(context.config.root.pathname, contentDir());

/** In dev, any change under the content directory re-runs the loader. */
function watchContent(context: LoaderContext, reload: () => Promise<void>) {
  const dir = root(context);
  let timer: ReturnType<typeof setTimeout> | undefined;
  context.watcher?.add(dir);
  context.watcher?.on('all', (_event, file) => {
    if (!path.resolve(file).startsWith(dir + path.sep)) return;
    // An editor's save is often several events; reload once they settle.
    clearTimeout(timer);
    timer = setTimeout(() => reload().catch((error) => context.logger.error(String(error.message ?? error))), 150);
  });
}

function replaceAll(context: LoaderContext, items: { id: string; data: Record<string, unknown>; digest: string }[]) {
  const stale = new Set(context.store.keys());
  for (const item of items) {
    stale.delete(item.id);
    context.store.set(item);
  }
  for (const id of stale) context.store.delete(id);
}

/** A collection whose items are read whole from the content directory and parsed by its schema. */
function fileLoader(name: string, read: (dir: string) => Promise<{ id: string; data: Record<string, unknown> }[]>): Loader {
  return {
    name,
    load: async (context) => {
      const sync = async () => {
        const items = [];
        for (const item of await read(root(context))) {
          const data = await context.parseData({ id: item.id, data: item.data });
          items.push({ id: item.id, data, digest: context.generateDigest(data) });
        }
        replaceAll(context, items);
      };
      await sync();
      watchContent(context, sync);
    },
  };
}

export const councilsLoader = () => fileLoader('journeys-councils', loadCouncils);

export const themesLoader = () =>
  fileLoader('journeys-themes', async (dir) => (await loadThemes(dir)).map((theme) => ({ id: theme.id, data: theme })));

export function entriesLoader(): Loader {
  return {
    name: 'journeys-entries',
    load: async (context) => {
      // The dev preview shows drafts (with a banner), and leaves out files with problems; the build does neither.
      const preview = Boolean(context.watcher);
      const sync = async () => {
        const set = await takeOrLoadContent(root(context));
        // The preview lists the problems on every page.
        if (set.problems.length && !preview) throw new ContentProblemsError(set.problems);
        setPreviewProblems({ problems: set.problems, warnings: set.warnings });
        if (set.problems.length) context.logger.error(`${formatProblems(set.problems)}\nThe preview leaves these files out until they are fixed.`);
        // The build prints its warnings itself (scripts/build-site.ts), whatever Astro's log level.
        if (preview && set.warnings.length) context.logger.warn(formatWarnings(set.warnings));
        // What an entry's rendering depends on besides its file: the code, and the themes it is searched for.
        const renderedWith = context.generateDigest(`${codeFingerprint(context.config.root.pathname)}\n${JSON.stringify(set.themes)}`);
        const stale = new Set(context.store.keys());
        const changed: { entry: EntryRecord; digest: string }[] = [];
        // In the preview, a council file with a problem leaves out its entries too: they have no council to belong to.
        const councils = new Set(set.councils.map((c) => c.id));
        for (const entry of set.entries) {
          if ((entry.data.draft && !preview) || !councils.has(entry.council)) continue;
          stale.delete(entry.id);
          const digest = context.generateDigest(`${renderedWith}\n${entry.file}\n${JSON.stringify(entry.data)}\n${entry.body}`);
          if (context.store.get(entry.id)?.digest !== digest) changed.push({ entry, digest });
        }
        const textOf = ({ entry }: (typeof changed)[number]) => textToRender(entry.data, entry.body);
        // entry.data is the schema's output already: the check parsed every file with the
        // collection's schema (validate.ts), so Astro's parseData would only do it again.
        await renderAll(changed, textOf, set.themes, ({ entry, digest }, rendered) => {
          const analysis: EntryAnalysis = { sections: rendered.sections, detected: rendered.detected };
          context.store.set({
            id: entry.id,
            data: entry.data,
            filePath: path.relative(context.config.root.pathname, path.resolve(entry.file)),
            digest,
            rendered: { html: rendered.html, metadata: { headings: rendered.headings, ...analysis } },
          });
        }, ({ entry }, failure) => new ContentProblemsError([unrenderable(entry, failure)]));
        for (const id of stale) context.store.delete(id);
        if (!set.problems.length) context.logger.info(`${describeContent(set)}: no problems`);
      };
      await sync();
      watchContent(context, sync);
    },
  };
}
