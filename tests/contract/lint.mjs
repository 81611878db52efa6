// Lints the platform API contract with Redocly's OpenAPI linter (the engine of `redocly lint`) and
// the rules in redocly.yaml, then checks what Redocly cannot know about this contract. Any warning
// fails, like an error. Usage: node lint.mjs [path/to/platform-api.yaml]
import { formatProblems, getTotals, lint, loadConfig } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { contractProblems } from './contract-rules.mjs';
import { loadContract } from './contract.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(process.argv[2] ?? resolve(here, '../../docs/platform-api.yaml'));

const config = await loadConfig({ configPath: resolve(here, 'redocly.yaml') });
let problems;
try {
  problems = await lint({ ref: specPath, config });
} catch (error) {
  // A YAML syntax error or an unreadable file: one line says where.
  console.log(`${specPath}: ${error.originalError?.message ?? error.message}`);
  process.exit(1);
}
const version = JSON.parse(
  readFileSync(resolve(here, 'node_modules/@redocly/openapi-core/package.json'), 'utf8')).version;
if (problems.length > 0)
  formatProblems(problems, { format: 'codeframe', totals: getTotals(problems), version });

const own = contractProblems(loadContract(specPath));
for (const problem of own)
  console.log(`${specPath}: ${problem}`);

const total = problems.length + own.length;
console.log(`${specPath}: ${problems.length} Redocly problem(s), ${own.length} contract problem(s)`);
process.exit(total === 0 ? 0 : 1);
