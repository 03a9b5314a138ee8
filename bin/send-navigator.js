#!/usr/bin/env node
// The `send-navigator` command. TypeScript runs through tsx, so the command always matches the
// source; `npm run typecheck` keeps it honest.
'use strict';
require('tsx/cjs');
require('../src/cli/main.ts').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`send-navigator: ${err && err.message ? err.message : err}\n`); process.exitCode = 1; },
);
