// Tests of the contract tooling itself (ctest api-validator-selftest): the response validator passes
// every known-good exchange, fails each known-bad one with the expected message, and fails a file
// with nothing to check; the contract rules catch the mistakes they exist for.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { contractProblems } from './contract-rules.mjs';
import { loadContract } from './contract.mjs';
import { ResponseValidator } from './validate-responses.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const spec = resolve(here, '../../docs/platform-api.yaml');
const validatorScript = join(here, 'validate-responses.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'chophien-contract-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function runValidator(text) {
  const file = join(scratch, `exchanges-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [validatorScript, '--spec', spec, file], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

const lines = (name) => readFileSync(join(here, 'samples', name), 'utf8').split('\n').filter((l) => l.trim());

describe('validate-responses.mjs', () => {
  test('compiles every documented response schema', () => {
    assert.deepEqual(new ResponseValidator(spec).compileAll(), []);
  });

  test('passes every known-good exchange', () => {
    const good = lines('good.jsonl');
    assert.ok(good.length >= 50, `only ${good.length} good samples`);
    const run = runValidator(good.join('\n') + '\n');
    assert.equal(run.status, 0, run.out);
    assert.match(run.out, new RegExp(`${good.length} exchanges checked, 0 failures`));
  });

  describe('fails each known-bad exchange with its expected message', () => {
    const bad = lines('bad.jsonl');
    const run = runValidator(bad.join('\n') + '\n');
    test('exits 1', () => assert.equal(run.status, 1, run.out));
    for (const [index, line] of bad.entries()) {
      const expect = /"expect":\s*"((?:[^"\\]|\\.)*)"/.exec(line)?.[1]?.replace(/\\"/g, '"');
      test(`line ${index + 1}: ${expect}`, () => {
        assert.ok(expect, `bad sample ${index + 1} has no "expect"`);
        const mine = run.out.split('\n').filter((l) => l.includes(`.jsonl:${index + 1} `) || l.includes(`.jsonl:${index + 1}:`));
        assert.ok(mine.some((l) => l.includes(expect)), `expected "${expect}" for line ${index + 1} in:\n${mine.join('\n')}`);
      });
    }
  });

  test('fails a file with no exchanges', () => {
    const run = runValidator('\n\n');
    assert.equal(run.status, 1, run.out);
    assert.match(run.out, /no exchanges to check/);
  });

  test('fails a file that does not exist', () => {
    const run = spawnSync(process.execPath, [validatorScript, join(scratch, 'missing.jsonl')], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stdout, /ENOENT/);
  });

  test('names the test that recorded a failing exchange', () => {
    const run = runValidator('{"method":"GET","path":"/v1/health","status":418,"test":"tst_sync_push"}\n');
    assert.equal(run.status, 1, run.out);
    assert.match(run.out, /\[tst_sync_push\] GET \/v1\/health → 418: status 418 is not documented/);
  });
});

describe('contract rules', () => {
  test('the contract keeps its own rules', () => {
    assert.deepEqual(contractProblems(loadContract(spec)), []);
  });

  test('catch a write without Idempotency-Key, a lost ETag and a drifting read schema', () => {
    const doc = loadContract(spec);
    const put = doc.paths['/v1/products/{id}'].put;
    put.parameters = put.parameters.filter((p) => !p.$ref.endsWith('/IdempotencyKey'));
    delete doc.paths['/v1/orders/{id}'].get.responses['200'].headers;
    doc.components.schemas.ProductWrite.properties.price.minimum = -1;
    delete doc.paths['/v1/seller'].get.responses['429'];
    const problems = contractProblems(doc);
    for (const expected of [
      'PUT /v1/products/{id} is a write without Idempotency-Key',
      'GET /v1/orders/{id} 200 returns a Order without a required ETag',
      'Product.price differs from ProductWrite.price',
      'GET /v1/seller documents no 429 (fault injection can answer it)',
    ])
      assert.ok(problems.includes(expected), `missing "${expected}" in ${JSON.stringify(problems)}`);
  });

  test('catch a problem code answered with the wrong status, and an open request body', () => {
    const doc = loadContract(spec);
    doc.paths['/v1/changes'].get.responses['410'].content['application/problem+json'].schema.allOf[1]
      .properties.code.enum = ['not_found'];
    doc.components.schemas.OrderStatusChange.additionalProperties = true;
    doc.components.schemas.ProblemCode.enum.push('teapot');
    const problems = contractProblems(doc);
    for (const expected of [
      'GET /v1/changes 410 allows code not_found, whose status is 404',
      'POST /v1/orders/{id}/status: the request body schema allows unknown fields',
      'x-problem-codes has no status for teapot',
    ])
      assert.ok(problems.includes(expected), `missing "${expected}" in ${JSON.stringify(problems)}`);
  });
});
