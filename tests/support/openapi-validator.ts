// Checks real responses against central-api/openapi.yaml with Ajv (JSON Schema 2020-12, as OpenAPI 3.1
// uses), resolving $refs into components. Records which operations were seen, so a contract test can
// insist that every operation in the file was exercised.
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const DOC_ID = 'openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  operationId: string;
  responses: Record<string, unknown>;
  requestSchema?: unknown;
}

type Json = Record<string, unknown>;

/** Points every local $ref ("#/components/...") at the registered document. */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${DOC_ID}${v}` : anchorRefs(v),
    ]),
  );
}

export interface OpenApiValidator {
  /** Throws, with Ajv's errors, unless the response is one the contract documents for this request. */
  validateResponse(method: string, url: string, status: number, body: unknown): string;
  /** Whether a request body is one the contract accepts for this request (errors as text, or null). */
  requestBodyErrors(method: string, url: string, body: unknown): string | null;
  operationIds(): string[];
  coveredOperationIds(): Set<string>;
}

export function createOpenApiValidator(specPath: string): OpenApiValidator {
  const doc = parse(readFileSync(specPath, 'utf8')) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(doc, DOC_ID);

  const components = (doc.components ?? {}) as { responses?: Record<string, Json> };
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const source = template
        .split('/')
        .map((seg) => (seg.startsWith('{') ? '[^/]+' : seg.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
        .join('/');
      operations.push({
        method,
        template,
        pattern: new RegExp(`^${source}$`),
        operationId: String(op.operationId),
        responses: op.responses as Record<string, unknown>,
        requestSchema: (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)
          ?.content?.['application/json']?.schema,
      });
    }
  }
  const covered = new Set<string>();
  const compiled = new Map<string, ValidateFunction>();

  const compile = (key: string, schema: unknown) => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(anchorRefs(schema) as Json);
      compiled.set(key, validate);
    }
    return validate;
  };
  const operationFor = (method: string, url: string) => {
    const path = new URL(url, 'http://x').pathname;
    const op = operations.find((o) => o.method === method.toLowerCase() && o.pattern.test(path));
    if (!op) throw new Error(`openapi.yaml has no operation for ${method} ${path}`);
    return op;
  };

  return {
    requestBodyErrors(method, url, body) {
      const op = operationFor(method, url);
      if (!op.requestSchema) throw new Error(`${op.operationId} takes no request body`);
      const validate = compile(`${op.operationId} request`, op.requestSchema);
      return validate(body) ? null : ajv.errorsText(validate.errors, { separator: '; ' });
    },
    validateResponse(method, url, status, body) {
      const op = operationFor(method, url);
      let response = op.responses[String(status)] as Json | undefined;
      if (!response) throw new Error(`${op.operationId}: status ${status} is not documented`);
      const ref = response.$ref;
      if (typeof ref === 'string') response = components.responses?.[ref.split('/').pop() ?? ''];
      const content = response?.content as Record<string, { schema?: unknown }> | undefined;
      const schema = content?.['application/json']?.schema;
      if (content?.['text/html']) {
        if (typeof body !== 'string' || !/^<!doctype html>/i.test(body))
          throw new Error(`${op.operationId} ${status}: expected an HTML page`);
      } else if (!schema) {
        if (body !== undefined && body !== '')
          throw new Error(`${op.operationId} ${status}: expected no body`);
      } else {
        const key = `${op.operationId} ${status}`;
        const validate = compile(key, schema);
        if (!validate(body)) {
          throw new Error(
            `${key} does not match openapi.yaml: ${ajv.errorsText(validate.errors, { separator: '; ' })}`,
          );
        }
      }
      covered.add(op.operationId);
      return op.operationId;
    },
    operationIds: () => operations.map((o) => o.operationId),
    coveredOperationIds: () => covered,
  };
}
