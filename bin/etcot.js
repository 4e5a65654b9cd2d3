#!/usr/bin/env node
// Registers tsx so the TypeScript sources run as they are, without a build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../harness/cli.ts');
process.exitCode = await main(process.argv.slice(2));
