// Conformance of dedicated endpoints v2 (DMI): tunedesk-emulator driven by Together's official
// `together-ai` client (0.52): whoami() on the v1 base, and on the v2 control plane the
// supported-model catalogue with its pages, the instance types, configs, endpoints,
// deployments (validateOnly first), the traffic split and autoscaling with etags, events and
// the delete order. Every answer is checked against the shapes the client's types declare
// (resources/top-level.d.ts, resources/beta/{endpoints,models}/*.d.ts). Run by ctest
// (TD_EMULATOR is set there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const loadTogether = () => {
  const m = createRequire(import.meta.url)('together-ai');
  return m.default ?? m.Together ?? m;
};

let emulator;
let v1; // the client on the v1 base: whoami
let v2; // the client on the control plane: beta.*
let project;

// The required fields of the client's types, and their JavaScript types.
const WHOAMI = { api_key_id: 'string', organization_id: 'string', organization_name: 'string', project_id: 'string',
  project_name: 'string', project_slug: 'string' };
const SUPPORTED_MODEL = { id: 'string', baseModel: 'string', baseModelId: 'string', capabilities: 'array',
  createdAt: 'string', deploymentProfiles: 'array', displayName: 'string', displayType: 'string',
  inputModalities: 'array', name: 'string', outputModalities: 'array', products: 'array', publisher: 'string',
  status: 'string', updatedAt: 'string' };
const PROFILE = { certifiedConfigRevisionId: 'string', certifiedModelRevisionId: 'string', config: 'string',
  gpuCount: 'number', gpuType: 'string', model: 'string', modelName: 'string', parallelism: 'string',
  performanceBenchmarks: 'object', profileId: 'string', quantization: 'string' };
const INSTANCE_TYPE = { id: 'string', description: 'string', gpuCount: 'number', gpuMemoryGib: 'number',
  gpuType: 'string', name: 'string', priceCentsPerHour: 'number', regions: 'array' };
const CONFIG = { id: 'string', certifications: 'array', projectId: 'string', referenceModel: 'string',
  referenceModelId: 'string', selectors: 'array' };
const ENDPOINT = { id: 'string', createdAt: 'string', deployments: 'array', endpointType: 'string', etag: 'string',
  name: 'string', projectId: 'string', trafficSplit: 'array', updatedAt: 'string', visibility: 'string' };
const DEPLOYMENT = { id: 'string', autoscaling: 'object', config: 'string', configId: 'string', createdAt: 'string',
  endpointId: 'string', etag: 'string', hardware: 'string', model: 'string', modelId: 'string',
  modelRevisionId: 'string', name: 'string', projectId: 'string', status: 'object', trafficMode: 'string',
  updatedAt: 'string' };
const SUMMARY = { id: 'string', autoscaling: 'object', createdAt: 'string', estimatedEffectiveTrafficShare: 'number',
  model: 'string', modelId: 'string', name: 'string', state: 'string', trafficMode: 'string' };
const EVENT = { id: 'string', createdAt: 'string', endpointId: 'string', level: 'string', source: 'string',
  sourceKind: 'string', type: 'string' };
const STATES = ['DEPLOYMENT_STATE_PROVISIONING', 'DEPLOYMENT_STATE_READY', 'DEPLOYMENT_STATE_SCALING',
  'DEPLOYMENT_STATE_DEGRADED', 'DEPLOYMENT_STATE_FAILED', 'DEPLOYMENT_STATE_STOPPED', 'DEPLOYMENT_STATE_STOPPING'];

function shape(what, value, fields) {
  assert.equal(typeof value, 'object', `${what} is an object`);
  for (const [key, type] of Object.entries(fields)) {
    const v = value[key];
    if (type === 'array') assert.ok(Array.isArray(v), `${what}.${key} is an array (got ${JSON.stringify(v)})`);
    else assert.equal(typeof v, type, `${what}.${key} is a ${type} (got ${JSON.stringify(v)})`);
  }
}

function deploymentShape(d) {
  shape('deployment', d, DEPLOYMENT);
  assert.ok(STATES.includes(d.status.state), `a full state name: ${d.status.state}`);
  assert.equal(typeof d.status.message, 'string');
  assert.match(d.trafficMode, /^TRAFFIC_MODE_(LIVE|SHADOW)$/);
}

async function until(what, fn, timeoutMs = 30000) {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

before(async () => {
  emulator = spawn(process.env.TD_EMULATOR, ['--port', '0', '--speed', '100'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const baseURL = await new Promise((resolve, reject) => {
    emulator.stdout.once('data', (d) => resolve(String(d).trim()));
    emulator.once('exit', (code) => reject(new Error(`tunedesk-emulator exited with ${code}`)));
  });
  const Together = loadTogether();
  v1 = new Together({ apiKey: 'tgp_v1_conformance', baseURL, maxRetries: 0 });
  const who = await v1.whoami();
  shape('whoami', who, WHOAMI);
  project = who.project_id;
  // The client sends v2 calls to its defaultBaseURL only when no base URL is given: point a
  // second client at the emulator's control plane, with the project whoami named.
  v2 = new Together({ apiKey: 'tgp_v1_conformance', baseURL: baseURL.replace(/\/v1$/, '/v2'), projectID: project,
    maxRetries: 0 });
});

after(() => emulator?.kill());

test('supported models: product filter, search, every page, profiles', async () => {
  const dedicated = [];
  for await (const m of v2.beta.models.listSupported({ product: 'PRODUCT_DEDICATED', limit: 2 })) {
    shape('supported model', m, SUPPORTED_MODEL);
    assert.ok(m.products.includes('PRODUCT_DEDICATED'));
    for (const p of m.deploymentProfiles) {
      shape('deployment profile', p, PROFILE);
      assert.equal(typeof p.performanceBenchmarks.maxContextLength, 'string', 'a 64-bit count as a string');
    }
    if (m.contextLength !== undefined) assert.equal(typeof m.contextLength, 'string');
    dedicated.push(m);
  }
  assert.ok(dedicated.length >= 3, 'more than one page was followed');
  assert.ok(!dedicated.some((m) => m.name.endsWith('-Reference')), 'a base without profiles is not dedicated');
  const page = await v2.beta.models.listSupported({ search: 'Llama-3.3' });
  assert.equal(page.data.length, 1);
  const llama = page.data[0];
  assert.ok(llama.products.includes('PRODUCT_FINE_TUNING'));
  assert.ok(llama.deploymentProfiles.some((p) => p.gpuCount === 2 && p.quantization === 'FP8'));
  const one = await v2.beta.models.retrieveSupported(llama.id);
  assert.equal(one.name, llama.name);
  await assert.rejects(v2.beta.models.listSupported({ product: 'DEDICATED' }), (e) => e.status === 400);
});

test('instance types with prices; configs of a base', async () => {
  const types = await v2.beta.endpoints.hardware.list();
  assert.equal(types.object, 'list');
  for (const t of types.data) shape('instance type', t, INSTANCE_TYPE);
  const h200 = types.data.find((t) => t.name === '8xnvidia-h200-141gb');
  assert.ok(h200 && h200.priceCentsPerHour > 0);
  const one = await v2.beta.endpoints.hardware.retrieve(h200.id);
  assert.equal(one.priceCentsPerHour, h200.priceCentsPerHour);
  const configs = [];
  for await (const c of v2.beta.models.configs.list({ referenceModelId: 'ml_qwen3_8b' })) {
    shape('config', c, CONFIG);
    configs.push(c);
  }
  assert.equal(configs.length, 1);
  assert.ok(configs[0].selectors.some((s) => s.key === 'accelerator_type'));
  const config = await v2.beta.models.configs.retrieve(configs[0].id);
  assert.equal(config.id, configs[0].id);
});

test('endpoint and deployment: dry run, create, READY, weight, scale, stop, delete in order', async () => {
  const qwen = (await v2.beta.models.listSupported({ search: 'Qwen3-8B' })).data[0];
  const profile = qwen.deploymentProfiles[0];
  const endpoint = await v2.beta.endpoints.create({ name: 'conformance' });
  shape('endpoint', endpoint, ENDPOINT);
  assert.equal(endpoint.name, 'emulator-user/conformance');
  assert.equal(endpoint.endpointType, 'ENDPOINT_TYPE_DEDICATED');
  const request = { name: 'd1', model: profile.model, config: profile.config,
    autoscaling: { minReplicas: 1, maxReplicas: 2 } };
  const dry = await v2.beta.endpoints.deployments.create(endpoint.id, { ...request, validateOnly: true });
  assert.equal(typeof dry, 'object');
  assert.equal((await v2.beta.endpoints.deployments.list(endpoint.id)).data.length, 0, 'a dry run provisions nothing');
  const created = await v2.beta.endpoints.deployments.create(endpoint.id, request);
  deploymentShape(created);
  assert.equal(created.status.state, 'DEPLOYMENT_STATE_PROVISIONING');
  const ready = await until('READY', async () => {
    const d = await v2.beta.endpoints.deployments.retrieve(created.id, { endpointId: endpoint.id });
    deploymentShape(d);
    return d.status.state === 'DEPLOYMENT_STATE_READY' ? d : null;
  });
  assert.equal(ready.status.readyReplicas, 1);
  const withDeployment = await v2.beta.endpoints.retrieve(endpoint.id);
  for (const s of withDeployment.deployments) shape('deployment summary', s, SUMMARY);
  // Traffic: the etag read last; a stale one is a 409.
  const routed = await v2.beta.endpoints.update(endpoint.id, { updateMask: 'trafficSplit', etag: withDeployment.etag,
    trafficSplit: [{ deploymentId: created.id, weight: 1 }] });
  shape('endpoint', routed, ENDPOINT);
  assert.deepEqual(routed.trafficSplit, [{ deploymentId: created.id, weight: 1 }]);
  await assert.rejects(v2.beta.endpoints.update(endpoint.id, { updateMask: 'trafficSplit', etag: withDeployment.etag,
    trafficSplit: [{ deploymentId: created.id, weight: 2 }] }), (e) => e.status === 409);
  // Autoscaling: min 0 with max > 0 is refused; 0/0 stops.
  await assert.rejects(v2.beta.endpoints.deployments.update(created.id, { endpointId: endpoint.id,
    updateMask: 'autoscaling', autoscaling: { minReplicas: 0, maxReplicas: 2 } }), (e) => e.status === 400);
  const stopping = await v2.beta.endpoints.deployments.update(created.id, { endpointId: endpoint.id,
    updateMask: 'autoscaling', autoscaling: { minReplicas: 0, maxReplicas: 0 } });
  deploymentShape(stopping);
  await until('STOPPED', async () => (await v2.beta.endpoints.deployments.retrieve(created.id,
    { endpointId: endpoint.id })).status.state === 'DEPLOYMENT_STATE_STOPPED');
  // Still in the split with weight: it cannot be deleted yet.
  await assert.rejects(v2.beta.endpoints.deployments.delete(created.id, { endpointId: endpoint.id }),
    (e) => e.status === 400);
  const current = await v2.beta.endpoints.retrieve(endpoint.id);
  await v2.beta.endpoints.update(endpoint.id, { updateMask: 'trafficSplit', etag: current.etag,
    trafficSplit: [{ deploymentId: created.id, weight: 0 }] });
  assert.deepEqual(await v2.beta.endpoints.deployments.delete(created.id, { endpointId: endpoint.id }), {});
  const events = [];
  for await (const e of v2.beta.endpoints.listEvents(endpoint.id)) {
    shape('event', e, EVENT);
    events.push(e);
  }
  assert.ok(events.some((e) => e.type === 'DEPLOYMENT_CREATED'));
  assert.deepEqual(await v2.beta.endpoints.delete(endpoint.id), {});
  await assert.rejects(v2.beta.endpoints.retrieve(endpoint.id), (e) => e.status === 404);
});

test('list endpoints with the cursor', async () => {
  for (const name of ['page-a', 'page-b', 'page-c']) await v2.beta.endpoints.create({ name });
  const names = [];
  for await (const e of v2.beta.endpoints.list({ limit: 2 })) {
    shape('endpoint', e, ENDPOINT);
    names.push(e.name);
  }
  assert.deepEqual(names.sort(), ['emulator-user/page-a', 'emulator-user/page-b', 'emulator-user/page-c']);
});
