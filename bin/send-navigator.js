#!/usr/bin/env node
// The `send-navigator` command. TypeScript runs through tsx, so the command always matches the
// source; `npm run typecheck` keeps it honest. `npm start` runs the built copy instead (less memory).
'use strict';
require('tsx/cjs');
require('../src/cli/entry.ts');
