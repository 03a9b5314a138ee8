import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's own folder (package.json, knowledge/, public/), found by walking up from a file's
 * folder. Files that ship with the project are found from here, not from `__dirname` alone,
 * because the same code runs from src/ through tsx and from its built copy under dist/.
 */
export function findAppRoot(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json in ${start} or any folder above it: the project's files are not where they should be`);
  }
}

export const APP_ROOT = findAppRoot(__dirname);
