import path from 'node:path';
import { buildServer, REPO_ROOT } from './buildServer';

/** `npm run build` (and so `npm start`, before it starts): the server as JavaScript under dist/. */
try {
  const result = buildServer();
  process.stderr.write(`Built ${result.files} files into ${path.relative(REPO_ROOT, result.outDir)}/ in ${Math.round(result.ms)} ms.\n`);
} catch (err) {
  process.stderr.write(`The build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
