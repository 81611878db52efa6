// Reading docs/platform-api.yaml: loading it, following $refs, and finding the operation that
// answers a request path. Shared by lint.mjs (contract-rules.mjs) and validate-responses.mjs.
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// The contract as plain data. CORE_SCHEMA keeps `2026-03-15` a string, as JSON would.
export function loadContract(path) {
  const doc = yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA });
  if (!doc || typeof doc !== 'object' || typeof doc.paths !== 'object')
    throw new Error(`${path}: not an OpenAPI document (no paths)`);
  return doc;
}

// The object a local reference (`#/components/…`) points at.
export function pointer(doc, ref) {
  if (!ref.startsWith('#/'))
    throw new Error(`only local references are supported: ${ref}`);
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node))
      throw new Error(`unresolved reference ${ref}`);
    node = node[key];
  }
  return node;
}

// Follows $ref until a non-reference object (responses, headers, parameters, schemas).
export function deref(doc, node) {
  const seen = new Set();
  while (node && typeof node === 'object' && typeof node.$ref === 'string') {
    if (seen.has(node.$ref))
      throw new Error(`reference cycle at ${node.$ref}`);
    seen.add(node.$ref);
    node = pointer(doc, node.$ref);
  }
  return node;
}

// Path templates compiled once: `/v1/products/{id}` matches one segment per parameter.
export function compileRoutes(doc) {
  return Object.keys(doc.paths).map((template) => {
    const segments = template.split('/');
    return {
      template,
      segments,
      literals: segments.filter((s) => !/^\{[^}]+\}$/.test(s)).length,
      item: doc.paths[template],
    };
  });
}

// The route of `pathname` (no query): the matching template with the most literal segments, or
// null when no template matches.
export function matchRoute(routes, pathname) {
  const segments = pathname.split('/');
  let best = null;
  for (const route of routes) {
    if (route.segments.length !== segments.length)
      continue;
    const fits = route.segments.every((s, i) =>
      /^\{[^}]+\}$/.test(s) ? segments[i].length > 0 : s === segments[i]);
    if (fits && (!best || route.literals > best.literals))
      best = route;
  }
  return best;
}

// Every operation: { template, method, op, item }.
export function operations(doc) {
  const out = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      if (item[method])
        out.push({ template, method, op: item[method], item });
    }
  }
  return out;
}

// The parameters of an operation, path-level ones included, resolved.
export function parametersOf(doc, { op, item }) {
  return [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
}
