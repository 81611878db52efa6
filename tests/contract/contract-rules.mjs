// The contract's own rules, beyond what an OpenAPI linter knows (ADR 0013). Each returns a list of
// sentences; lint.mjs fails on any.
import { isDeepStrictEqual } from 'node:util';

import { deref, operations, parametersOf } from './contract.mjs';

const WRITE_METHODS = new Set(['put', 'post', 'delete']);
const ENTITY_SCHEMAS = new Set(['Product', 'Seller', 'Order']);

const isV1 = (template) => template.startsWith('/v1/');
const isAuth = (template) => template.startsWith('/v1/auth/');
const name = ({ method, template }) => `${method.toUpperCase()} ${template}`;

// The names of the codes a problem response allows (its allOf's `code.enum`), or null.
function problemCodes(doc, response) {
  const schema = response.content?.['application/problem+json']?.schema;
  for (const part of schema?.allOf ?? []) {
    const codes = deref(doc, part)?.properties?.code?.enum;
    if (codes)
      return codes;
  }
  return null;
}

function refName(schema) {
  return typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : null;
}

// Write schemas are the read schemas' writable part: same names, same schemas.
function writeReadPairs(doc) {
  const problems = [];
  const schemas = doc.components.schemas;
  for (const [writeName, readName] of [['ProductWrite', 'Product'], ['SellerWrite', 'Seller']]) {
    const write = schemas[writeName];
    const read = schemas[readName];
    for (const [field, schema] of Object.entries(write.properties)) {
      if (!isDeepStrictEqual(read.properties[field], schema))
        problems.push(`${readName}.${field} differs from ${writeName}.${field}`);
    }
    for (const field of write.required) {
      if (!read.required.includes(field))
        problems.push(`${readName} does not require ${field}, which ${writeName} requires`);
    }
  }
  return problems;
}

function problemCodeTable(doc) {
  const problems = [];
  const table = doc['x-problem-codes'] ?? {};
  const listed = doc.components.schemas.ProblemCode.enum;
  for (const code of listed) {
    if (!(code in table))
      problems.push(`x-problem-codes has no status for ${code}`);
  }
  for (const [code, status] of Object.entries(table)) {
    if (!listed.includes(code))
      problems.push(`x-problem-codes names ${code}, which ProblemCode does not list`);
    if (!Number.isInteger(status) || status < 400 || status > 599)
      problems.push(`x-problem-codes gives ${code} the status ${status}`);
  }
  return problems;
}

function operationRules(doc, entry) {
  const problems = [];
  const { op, method, template } = entry;
  const table = doc['x-problem-codes'] ?? {};
  const params = parametersOf(doc, entry);
  const headerNames = params.filter((p) => p.in === 'header').map((p) => p.name);
  const responses = Object.fromEntries(
    Object.entries(op.responses).map(([status, r]) => [status, deref(doc, r)]));
  const secured = !Array.isArray(op.security) || op.security.length > 0;
  const jsonBody = op.requestBody && deref(doc, op.requestBody).content?.['application/json'];

  const chunk = method === 'patch' && template === '/v1/uploads/{id}';
  const needsKey = isV1(template) && !isAuth(template) && WRITE_METHODS.has(method);
  if (needsKey && !headerNames.includes('Idempotency-Key'))
    problems.push(`${name(entry)} is a write without Idempotency-Key`);
  if (!needsKey && !chunk && headerNames.includes('Idempotency-Key'))
    problems.push(`${name(entry)} takes Idempotency-Key but is not a /v1 write`);
  if (needsKey && !responses['422'])
    problems.push(`${name(entry)} takes Idempotency-Key but documents no 422`);
  if (headerNames.includes('If-Match') && !responses['412'])
    problems.push(`${name(entry)} takes If-Match but documents no 412`);
  if (params.some((p) => p.name === 'If-Match' && p.required) && !responses['428'])
    problems.push(`${name(entry)} requires If-Match but documents no 428`);

  if (secured && !responses['401'])
    problems.push(`${name(entry)} needs a token but documents no 401`);
  if (isV1(template)) {
    for (const status of ['429', '500', '503']) {
      if (!responses[status])
        problems.push(`${name(entry)} documents no ${status} (fault injection can answer it)`);
    }
  }
  if (jsonBody || chunk) {
    for (const status of ['400', '413', '415']) {
      if (!responses[status])
        problems.push(`${name(entry)} takes a body but documents no ${status}`);
    }
  }
  if (jsonBody) {
    const schema = deref(doc, jsonBody.schema);
    if (schema.additionalProperties !== false)
      problems.push(`${name(entry)}: the request body schema allows unknown fields`);
  }

  for (const [status, response] of Object.entries(responses)) {
    const where = `${name(entry)} ${status}`;
    const headers = Object.fromEntries(
      Object.entries(response.headers ?? {}).map(([h, v]) => [h, deref(doc, v)]));
    if ((status === '429' || status === '503') && !headers['Retry-After']?.required)
      problems.push(`${where} does not require Retry-After`);
    const schemaName = refName(response.content?.['application/json']?.schema);
    if (ENTITY_SCHEMAS.has(schemaName) && status.startsWith('2') && !headers.ETag?.required)
      problems.push(`${where} returns a ${schemaName} without a required ETag`);
    if (Number(status) >= 400) {
      const types = Object.keys(response.content ?? {});
      const base = response.content?.['application/problem+json']?.schema?.allOf?.[0]?.$ref;
      if (types.length !== 1 || types[0] !== 'application/problem+json' ||
          base !== '#/components/schemas/Problem')
        problems.push(`${where} is not application/problem+json built on Problem`);
      const codes = problemCodes(doc, response);
      if (!codes)
        problems.push(`${where} does not restrict its problem codes`);
      for (const code of codes ?? []) {
        if (table[code] !== Number(status))
          problems.push(`${where} allows code ${code}, whose status is ${table[code]}`);
      }
    }
  }
  return problems;
}

export function contractProblems(doc) {
  const problems = [...writeReadPairs(doc), ...problemCodeTable(doc)];
  for (const entry of operations(doc))
    problems.push(...operationRules(doc, entry));
  for (const which of ['not_found', 'method_not_allowed']) {
    if (!doc['x-unrouted-responses']?.[which])
      problems.push(`x-unrouted-responses has no ${which}`);
  }
  return problems;
}
