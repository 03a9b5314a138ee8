import { main } from './main';

/**
 * Where the `send-navigator` command starts: bin/send-navigator.js runs this file through tsx,
 * and `npm start` runs its built copy (dist/src/cli/entry.js, see scripts/build).
 */
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`send-navigator: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
