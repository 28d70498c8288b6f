#!/usr/bin/env node
// The plainlint command. Thin on purpose: everything lives in src/ (built into dist/).
import { main } from '../dist/src/cli.js';

process.exitCode = await main(process.argv);
