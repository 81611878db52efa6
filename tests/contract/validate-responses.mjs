// Checks HTTP exchanges recorded by the tests against docs/platform-api.yaml (ADR 0013).
//
//   node validate-responses.mjs [--spec platform-api.yaml] exchanges.jsonl
//
// Each line of the file is one exchange as the test saw it:
//   {"method":"GET","path":"/v1/products/3f…?limit=5","status":200,
//    "headers":{"content-type":"application/json","etag":"\"3\""},"body":{…} or null}
// optionally with "test" (who recorded it; shown in failures), "note" and "expect" (ignored; the
// self-test samples use them). For each exchange: the operation is found by its path template and
// method (no operation: the 404/405 answers of x-unrouted-responses), the status must be documented,
// the documented required headers present and valid, the content type documented, the body valid
// against the response schema, a problem's code matching its status, an ETag matching the version.
// One line per failure; exit 1 on any failure, and on a file with no exchanges.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { compileRoutes, deref, loadContract, matchRoute } from './contract.mjs';

const EXCHANGE_FIELDS = new Set(['method', 'path', 'status', 'headers', 'body', 'test', 'note', 'expect']);
const SCHEMA_ROOT = 'platform-api';
const MAX_SCHEMA_ERRORS = 5;

// OpenAPI 3.0 schemas as JSON Schema for Ajv: component references point into one root schema,
// and the discriminator keeps only what Ajv supports (the oneOf branches carry their type enums).
function toJsonSchema(node) {
  if (Array.isArray(node))
    return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object')
    return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/'))
      out.$ref = `${SCHEMA_ROOT}#/definitions/${value.slice('#/components/schemas/'.length)}`;
    else if (key === 'discriminator')
      out.discriminator = { propertyName: value.propertyName };
    else
      out[key] = toJsonSchema(value);
  }
  return out;
}

function makeAjv(doc) {
  const ajv = new Ajv({ allErrors: true, discriminator: true, strict: true, strictTypes: false,
                        strictRequired: false });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
  ajv.addFormat('binary', true);
  ajv.addFormat('password', true);
  ajv.addKeyword('example');
  ajv.addSchema({ $id: SCHEMA_ROOT, definitions: toJsonSchema(doc.components.schemas) });
  return ajv;
}

function describeErrors(errors) {
  const shown = errors.slice(0, MAX_SCHEMA_ERRORS).map((e) => {
    const where = e.instancePath || '(body)';
    const extra = e.keyword === 'additionalProperties' ? ` (${e.params.additionalProperty})`
      : e.keyword === 'enum' ? ` (${e.params.allowedValues.join(', ')})` : '';
    return `${where} ${e.message}${extra}`;
  });
  if (errors.length > MAX_SCHEMA_ERRORS)
    shown.push(`… ${errors.length - MAX_SCHEMA_ERRORS} more`);
  return shown.join('; ');
}

export class ResponseValidator {
  constructor(specPath) {
    this.doc = loadContract(specPath);
    this.routes = compileRoutes(this.doc);
    this.ajv = makeAjv(this.doc);
    this.compiled = new Map();
    this.codeStatus = this.doc['x-problem-codes'] ?? {};
  }

  validator(schema) {
    let fn = this.compiled.get(schema);
    if (!fn) {
      fn = this.ajv.compile(toJsonSchema(schema));
      this.compiled.set(schema, fn);
    }
    return fn;
  }

  // The documented response for the exchange: { label, response } or { failure }.
  responseFor(method, pathname, status) {
    const route = matchRoute(this.routes, pathname);
    const unrouted = this.doc['x-unrouted-responses'] ?? {};
    if (!route) {
      if (status !== 404)
        return { failure: `no operation matches ${method} ${pathname}, so the status must be 404, not ${status}` };
      return { label: `${method} (unknown path)`, response: deref(this.doc, unrouted.not_found) };
    }
    const op = route.item[method.toLowerCase()];
    if (!op) {
      if (status !== 405)
        return { failure: `${route.template} has no ${method} operation, so the status must be 405, not ${status}` };
      return { label: `${method} ${route.template}`, response: deref(this.doc, unrouted.method_not_allowed) };
    }
    const label = `${method} ${route.template}`;
    const response = op.responses[String(status)];
    if (!response) {
      const documented = Object.keys(op.responses).join(', ');
      return { failure: `status ${status} is not documented for ${label} (documented: ${documented})` };
    }
    return { label, response: deref(this.doc, response) };
  }

  checkHeaders(response, headers, failures) {
    for (const [name, raw] of Object.entries(response.headers ?? {})) {
      const header = deref(this.doc, raw);
      const value = headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required)
          failures.push(`missing header ${name}`);
        continue;
      }
      const schema = deref(this.doc, header.schema);
      let typed = value;
      if (schema.type === 'integer') {
        if (!/^-?[0-9]+$/.test(value)) {
          failures.push(`header ${name} is not an integer: ${JSON.stringify(value)}`);
          continue;
        }
        typed = Number(value);
      }
      const validate = this.validator(header.schema);
      if (!validate(typed))
        failures.push(`header ${name} ${JSON.stringify(value)}: ${describeErrors(validate.errors)}`);
    }
  }

  checkBody(method, response, status, headers, body, failures) {
    const content = response.content;
    if (method === 'HEAD')
      return; // a HEAD answer never has a body
    if (!content) {
      if (body !== null && body !== undefined && body !== '')
        failures.push(`status ${status} has no documented body, but one was received`);
      return;
    }
    const contentType = headers['content-type'];
    if (!contentType) {
      failures.push('missing header Content-Type');
      return;
    }
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    const media = content[mediaType];
    if (!media) {
      failures.push(`content type ${mediaType} is not documented (documented: ${Object.keys(content).join(', ')})`);
      return;
    }
    if (body === null || body === undefined) {
      failures.push('the body is missing or not JSON');
      return;
    }
    const validate = this.validator(media.schema);
    if (!validate(body))
      failures.push(`body does not match the schema: ${describeErrors(validate.errors)}`);

    if (mediaType === 'application/problem+json' && body && typeof body === 'object') {
      if (body.status !== status)
        failures.push(`problem status ${body.status} differs from the HTTP status ${status}`);
      if (body.code in this.codeStatus && this.codeStatus[body.code] !== status)
        failures.push(`problem code ${body.code} belongs to status ${this.codeStatus[body.code]}, not ${status}`);
      if (typeof body.code === 'string' && body.type !== `urn:chophien:problem:${body.code}`)
        failures.push(`problem type ${body.type} does not name its code ${body.code}`);
    }
    const versioned = body?.current !== undefined ? body.current : body;
    const etag = headers.etag;
    if (etag !== undefined && Number.isInteger(versioned?.version) && etag !== `"${versioned.version}"`)
      failures.push(`ETag ${etag} does not match version ${versioned.version}`);
  }

  // The failures of one exchange (an empty list when it conforms).
  check(exchange) {
    const failures = [];
    if (!exchange || typeof exchange !== 'object' || Array.isArray(exchange))
      return ['the exchange is not a JSON object'];
    for (const key of Object.keys(exchange)) {
      if (!EXCHANGE_FIELDS.has(key))
        failures.push(`unknown exchange field ${key}`);
    }
    const { method, path, status } = exchange;
    if (typeof method !== 'string' || !/^[A-Z]+$/.test(method))
      failures.push('method must be an upper-case HTTP method');
    if (typeof path !== 'string' || !path.startsWith('/'))
      failures.push('path must start with /');
    if (!Number.isInteger(status) || status < 100 || status > 599)
      failures.push('status must be an HTTP status code');
    if (exchange.headers !== undefined && (typeof exchange.headers !== 'object' || exchange.headers === null))
      failures.push('headers must be an object');
    if (failures.length > 0)
      return failures;

    const headers = {};
    for (const [name, value] of Object.entries(exchange.headers ?? {}))
      headers[name.toLowerCase()] = String(value);
    const pathname = path.split('?')[0];
    const found = this.responseFor(method, pathname, status);
    if (found.failure)
      return [found.failure];
    this.checkHeaders(found.response, headers, failures);
    this.checkBody(method, found.response, status, headers, exchange.body, failures);
    return failures;
  }

  // Compiles every documented response and header schema, so a schema Ajv cannot use fails here
  // rather than on the first exchange that needs it. Returns the errors as sentences.
  compileAll() {
    const errors = [];
    const responses = [];
    for (const [template, item] of Object.entries(this.doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, response] of Object.entries(op?.responses ?? {}))
          responses.push([`${method.toUpperCase()} ${template} ${status}`, deref(this.doc, response)]);
      }
    }
    for (const [which, response] of Object.entries(this.doc['x-unrouted-responses'] ?? {})) {
      if (which !== 'description')
        responses.push([which, deref(this.doc, response)]);
    }
    for (const [label, response] of responses) {
      const schemas = [
        ...Object.values(response.content ?? {}).map((media) => media.schema),
        ...Object.values(response.headers ?? {}).map((header) => deref(this.doc, header).schema),
      ];
      for (const schema of schemas) {
        try {
          this.validator(schema);
        } catch (error) {
          errors.push(`${label}: ${error.message}`);
        }
      }
    }
    return errors;
  }
}

// Validates a JSONL file: { checked, failures: [line text] }.
export function validateFile(specPath, exchangesPath) {
  const validator = new ResponseValidator(specPath);
  const failures = [];
  let checked = 0;
  const lines = readFileSync(exchangesPath, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '')
      return;
    checked += 1;
    const where = `${exchangesPath}:${index + 1}`;
    let exchange;
    try {
      exchange = JSON.parse(line);
    } catch (error) {
      failures.push(`${where}: not a JSON line (${error.message})`);
      return;
    }
    const test = typeof exchange?.test === 'string' ? ` [${exchange.test}]` : '';
    const request = `${exchange?.method} ${exchange?.path} → ${exchange?.status}`;
    for (const failure of validator.check(exchange))
      failures.push(`${where}${test} ${request}: ${failure}`);
  });
  return { checked, failures };
}

function main(argv) {
  const here = dirname(fileURLToPath(import.meta.url));
  let specPath = resolve(here, '../../docs/platform-api.yaml');
  const files = [];
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--spec')
      specPath = argv[++i];
    else
      files.push(argv[i]);
  }
  if (files.length !== 1 || !specPath) {
    console.error('usage: node validate-responses.mjs [--spec platform-api.yaml] exchanges.jsonl');
    return 2;
  }
  let result;
  try {
    result = validateFile(specPath, files[0]);
  } catch (error) {
    console.log(`FAIL ${error.message}`);
    return 1;
  }
  for (const failure of result.failures)
    console.log(`FAIL ${failure}`);
  if (result.checked === 0) {
    console.log(`FAIL ${files[0]}: no exchanges to check (a check that checks nothing is a defect)`);
    return 1;
  }
  console.log(`validate-responses: ${result.checked} exchanges checked, ${result.failures.length} failures`);
  return result.failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
