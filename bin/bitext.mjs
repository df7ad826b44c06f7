#!/usr/bin/env node
// Runs the TypeScript command line straight from the checkout (tsx compiles on the fly, cached).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
const code = await runCli(process.argv.slice(2));
process.exitCode = code;
