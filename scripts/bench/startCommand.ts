import fs from 'node:fs';
import path from 'node:path';

/**
 * The Node.js flags `npm start` runs the server with (package.json's "start" script), so the
 * benchmark measures the server as it is run, and a change to the start command shows in the
 * figures without anyone remembering to change the benchmark too.
 */
export function startScriptNodeFlags(packageJsonPath = path.resolve(__dirname, '../../package.json')): string[] {
  const pkg = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')) as { scripts?: Record<string, string> };
  const start = pkg.scripts?.start ?? '';
  const words = start.trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  // "node --flag --other=1 bin/send-navigator.js serve": the flags are the words before the script.
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}
