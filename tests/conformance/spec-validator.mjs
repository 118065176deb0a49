// Validates JSON answers against Together's openapi.yaml: finds the operation for a method
// and URL, takes the schema of the answered status, and checks the body with Ajv (JSON
// Schema 2020-12, which OpenAPI 3.1 uses).
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';

// The spec mixes OpenAPI 3.0's "nullable" into 3.1 schemas, also as an allOf member
// ({allOf: [{nullable: true}, {$ref}]}): turn each into "or null", as it means.
function dropNullable(node) {
  if (Array.isArray(node)) {
    node.forEach(dropNullable);
  } else if (node && typeof node === 'object') {
    if (Array.isArray(node.allOf) && node.allOf.some((s) => s?.nullable === true && Object.keys(s).length === 1)) {
      const rest = node.allOf.filter((s) => !(s?.nullable === true && Object.keys(s).length === 1));
      delete node.allOf;
      node.anyOf = [{ type: 'null' }, { allOf: rest }];
    }
    if (node.nullable === true) {
      if (typeof node.type === 'string') {
        node.type = [node.type, 'null'];
      } else {
        const inner = { ...node };
        delete inner.nullable;
        for (const k of Object.keys(node)) delete node[k];
        node.anyOf = [{ type: 'null' }, inner];
      }
    }
    if (typeof node.nullable === 'boolean') delete node.nullable;
    Object.values(node).forEach(dropNullable);
  }
  return node;
}

export class SpecValidator {
  constructor(specText, basePath = '/v1') {
    this.spec = dropNullable(parse(specText));
    this.basePath = basePath;
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    this.ajv.addSchema(this.spec, 'openapi.json');
    this.routes = Object.keys(this.spec.paths).map((template) => ({
      template,
      regex: new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$'),
      literal: !template.includes('{'),
    }));
    this.validated = [];
    this.undescribed = [];
    this.failures = [];
    this.compiled = new Map();
  }

  route(pathname) {
    // A literal path beats a template (/fine-tunes/estimate-price before /fine-tunes/{id}).
    const hits = this.routes.filter((r) => r.regex.test(pathname));
    return hits.find((r) => r.literal) ?? hits[0];
  }

  async check(method, url, response) {
    const u = new URL(url);
    if (!u.pathname.startsWith(this.basePath)) return;
    const pathname = u.pathname.slice(this.basePath.length);
    const what = `${method} ${pathname} → ${response.status}`;
    const route = this.route(pathname);
    const op = route && this.spec.paths[route.template][method.toLowerCase()];
    const answer = op?.responses?.[String(response.status)] ?? op?.responses?.default;
    const schemaPath = answer?.content?.['application/json']?.schema;
    const type = response.headers.get('content-type') ?? '';
    if (!schemaPath || !type.includes('json')) {
      this.undescribed.push(what);
      return;
    }
    const pointer = [
      'paths', route.template, method.toLowerCase(), 'responses',
      op.responses[String(response.status)] ? String(response.status) : 'default',
      'content', 'application/json', 'schema',
    ].map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
    let validate = this.compiled.get(pointer);
    if (!validate) {
      try {
        validate = this.ajv.compile({ $ref: `openapi.json#/${pointer}` });
      } catch (e) {
        this.failures.push({ what, errors: [`the spec's schema does not compile: ${e.message}`] });
        return;
      }
      this.compiled.set(pointer, validate);
    }
    const body = await response.json();
    if (validate(body)) {
      this.validated.push(what);
    } else {
      this.failures.push({ what, errors: validate.errors.map((e) => `${e.instancePath} ${e.message}`) });
    }
  }
}
