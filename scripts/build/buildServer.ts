import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Builds the server into plain JavaScript under dist/ (dist/src/..., dist/dialogs/...), one file
 * for each TypeScript file, transformed exactly as tsx transforms it at run time (esbuild, the
 * project's tsconfig) but without type checking: `npm run typecheck` does that. `npm start` runs
 * the built copy because a process that loads tsx holds its compiler hooks, the transformed
 * sources and their source maps for as long as it runs: about 30 MB of a server's memory.
 */

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
/** The folders whose TypeScript the server runs. */
const SERVER_FOLDERS = ['src', 'dialogs'] as const;

export interface BuildOptions {
  /** Further TypeScript files to build, relative to the project (the benchmark's server process). */
  readonly extraFiles?: readonly string[];
}

export interface BuildResult {
  readonly outDir: string;
  readonly files: number;
  readonly removed: number;
  readonly ms: number;
}

function typeScriptFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...typeScriptFilesUnder(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}

function builtFilesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...builtFilesUnder(full));
    else if (entry.name.endsWith('.js') || entry.name.endsWith('.js.map')) found.push(full);
  }
  return found;
}

/** The TypeScript file a built file came from. */
function sourceOf(builtFile: string): string {
  return path.join(REPO_ROOT, path.relative(DIST_DIR, builtFile)).replace(/\.js(\.map)?$/, '.ts');
}

export function buildServer(options: BuildOptions = {}): BuildResult {
  const started = process.hrtime.bigint();
  const entryPoints = [
    ...SERVER_FOLDERS.flatMap((folder) => typeScriptFilesUnder(path.join(REPO_ROOT, folder))),
    ...(options.extraFiles ?? []).map((file) => path.resolve(REPO_ROOT, file)),
  ];
  for (const file of entryPoints) {
    if (!fs.existsSync(file)) throw new Error(`cannot build ${path.relative(REPO_ROOT, file)}: there is no such file`);
  }
  buildSync({
    entryPoints,
    outdir: DIST_DIR,
    outbase: REPO_ROOT,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    tsconfig: path.join(REPO_ROOT, 'tsconfig.json'),
    // Maps in files of their own cost nothing unless asked for: `node --enable-source-maps`.
    sourcemap: 'linked',
    logLevel: 'error',
  });
  // Files left from TypeScript that has since been deleted or moved would otherwise still load.
  let removed = 0;
  for (const built of builtFilesUnder(DIST_DIR)) {
    if (!fs.existsSync(sourceOf(built))) {
      fs.rmSync(built);
      removed++;
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { outDir: DIST_DIR, files: entryPoints.length, removed, ms };
}
