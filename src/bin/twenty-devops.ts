#!/usr/bin/env node
import { runBin } from './run-bin';

runBin(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
