// Issue 13, part 4: the public contract (infra/openapi-public.json) as an integrator uses it. Redocly CLI lints it with
// zero errors; @hey-api/openapi-ts generates a TypeScript client from it; tsc compiles that client with typed calls
// (contract/call.ts); and the compiled client calls the local server: an answer, a NEEDS_FACTS, a 400 and the catalogue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { createRequire } from 'node:module';

const PORT = 8090;
const BASE = `http://127.0.0.1:${PORT}`;
const JAVA = process.env.JAVA_BIN || 'java';
const ROOT = new URL('../', import.meta.url).pathname;
const CONTRACT = new URL('../../infra/openapi-public.json', import.meta.url).pathname;
const OUT = new URL('../../target/contract-client/', import.meta.url).pathname;
const bin = (name) => `${ROOT}node_modules/.bin/${name}`;
let server;

before(async () => {
  server = spawn(JAVA, [`-Dquarkus.http.port=${PORT}`, '-jar', new URL('../../target/quarkus-app/quarkus-run.jar', import.meta.url).pathname], { stdio: 'ignore' });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${BASE}/openapi.json`)).ok) return;
    } catch (e) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the local server did not start');
});

after(() => server?.kill());

test('the public contract lints with zero errors (Redocly CLI, recommended rules)', () => {
  let report;
  try {
    report = execFileSync(bin('redocly'), ['lint', CONTRACT, '--format=json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    report = e.stdout; // redocly exits non-zero when it finds errors; the report says which
  }
  const totals = JSON.parse(report).totals;
  console.log(`redocly lint: ${totals.errors} errors, ${totals.warnings} warnings`);
  assert.equal(totals.errors, 0, report);
});

test('the local server serves the same contract at GET /openapi.json', async () => {
  const served = await (await fetch(`${BASE}/openapi.json`)).json();
  assert.deepEqual(served, JSON.parse(readFileSync(CONTRACT, 'utf8')));
});

test('a client generated from the contract answers through the local server', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  execFileSync(bin('openapi-ts'), ['-i', CONTRACT, '-o', `${OUT}gen`], { stdio: 'ignore' });
  cpSync(`${ROOT}contract/call.ts`, `${OUT}call.ts`);
  execFileSync(bin('tsc'), ['--outDir', `${OUT}js`, '--module', 'commonjs', '--target', 'es2022', '--moduleResolution', 'node',
    '--strict', '--skipLibCheck', '--lib', 'es2022,dom,dom.iterable', `${OUT}call.ts`], { stdio: 'inherit' });
  // the widget tests' package is ESM; the compiled client is CommonJS in its own folder
  writeFileSync(`${OUT}js/package.json`, '{"type": "commonjs"}');
  const { run } = createRequire(import.meta.url)(`${OUT}js/call.js`);
  const r = await run(BASE);
  assert.equal(r.answered.status, 200);
  assert.equal(r.answered.data.status, 'ANSWERED');
  assert.equal(r.answered.data.answer.appointmentDeadline, '2027-01-30'); // 3.1-10-50(e): 60 days after the vacancy
  assert.equal(r.needsFacts.data.status, 'NEEDS_FACTS');
  assert.equal(r.invalid.status, 400);
  assert.equal(r.invalid.error.error.code, 'INVALID_INPUT');
  assert.equal(r.invalid.error.error.fields[0].field, 'office');
  assert.equal(r.catalogue.status, 200);
  assert.ok(r.catalogue.data.answer.functions.length >= 35);
});
