/**
 * npm run dev, npm run preview and npm start run Astro's own command line
 * through this script, so that on an officer's machine Astro neither sends
 * telemetry nor checks npm for a newer version: its "New version of Astro
 * available … run npx @astrojs/upgrade" would invite an officer to change
 * the pinned dependencies (the build sets the same for itself, in
 * scripts/build-site.ts). Arguments pass through: npm run dev -- --port 4400.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const cli = path.join(root, 'node_modules/astro/bin/astro.mjs');

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
});
// Ctrl+C reaches the child from the terminal too; pass on a kill from elsewhere.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
