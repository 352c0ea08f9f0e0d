#!/usr/bin/env node
/*
 * The `hunt-eda` command. The CLI is TypeScript run through tsx's require hook (installed by `npm ci`), so a
 * fresh clone needs no compile step.
 */
'use strict';
require('tsx/cjs');
const { runCli } = require('../cli/main.ts');

runCli(process.argv.slice(2)).then(
  (code) => {
    // Every command (serve too, once stopped) is done here: no worker thread or open handle may keep it
    // alive. A pipe that filled up takes writes asynchronously, so exit only once both streams are flushed.
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  },
  (error) => {
    process.stderr.write(`hunt-eda: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
