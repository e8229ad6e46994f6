// End-to-end tests of <iml-question> in Debian's headless Chromium against the local server (make test-widget).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const PORT = 8089;
const BASE = `http://127.0.0.1:${PORT}`;
const JAVA = process.env.JAVA_BIN || 'java';
// outside target/: the Lambda build's clean, later in make test, would delete them
const ARTEFACTS = new URL('../artefacts/', import.meta.url).pathname;
let server;
let browser;

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(`${BASE}/widget/index.html`);
      if (r.ok) return;
    } catch (e) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the local server did not start');
}

before(async () => {
  mkdirSync(ARTEFACTS, { recursive: true });
  server = spawn(JAVA, [`-Dquarkus.http.port=${PORT}`, '-jar', new URL('../../target/quarkus-app/quarkus-run.jar', import.meta.url).pathname], { stdio: 'ignore' });
  await waitForServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

async function widget(viewport = { width: 1000, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(BASE)) outside.push(r.url()); });
  await page.goto(`${BASE}/widget/index.html`);
  const form = page.locator('iml-question[name="vacancy-filling"] form');
  await form.waitFor();
  return { page, form, outside };
}

test('fills the example, asks, and shows the summary, dates and a citation with its words (3.1-10-50)', async () => {
  const { page, form, outside } = await widget();
  await form.getByRole('button', { name: 'Load example' }).click();
  assert.equal(await form.getByLabel('Vacant office', { exact: true }).inputValue(), 'TRUSTEE');
  await form.getByRole('button', { name: 'Ask' }).click();
  const answer = page.locator('iml-question[name="vacancy-filling"] section.answer');
  await answer.locator('.summary').waitFor();
  const summary = await answer.locator('.summary').textContent();
  // 3.1-10-50(e): appointment within 60 days of the vacancy, with the board's advice and consent within 30 days of forwarding
  assert.equal(summary, 'The president appoints a qualified person for the remainder of the term, with the advice and consent of the board '
    + 'of trustees, no later than March 16, 2026. Once the appointee is forwarded, the board of trustees must act within 30 days.');
  // issue 15: the summary's dates as people write them, each said once
  assert.doesNotMatch(summary, /\d{4}-\d{2}-\d{2}/);
  assert.equal(summary.split('March 16, 2026').length - 1, 1, summary);
  assert.match(await answer.locator('dl').first().textContent(), /Monday, March 16, 2026/);
  // only the answer's decision (its @Decision components), not every value it carries
  const headline = ['Method', 'Election date', 'Filled by', 'Interim', 'Appointment deadline', 'Village resident may be acting president'];
  for (const dt of await answer.locator('dl').first().locator('dt').allTextContents()) assert.ok(headline.includes(dt), dt);
  assert.match(await answer.locator('.law').first().textContent(), /^Law current through P\.A\. /);
  // titled with the subsection and its own caption, not the section's heading
  const citation = answer.locator('details').filter({ hasText: '65 ILCS 5/3.1-10-50(e) — Appointment to fill alderperson or trustee vacancy' });
  await citation.locator('summary').click();
  assert.match(await citation.locator('blockquote').textContent(), /^\(e\) Appointment to fill alderperson or trustee vacancy\./);
  // the official text, one link per citation, to the section's page on ilga.gov
  assert.equal(await citation.getByRole('link').getAttribute('href'), 'https://www.ilga.gov/legislation/ilcs/fulltext.asp?DocName=006500050K3.1-10-50');
  // the words broken where the statute breaks them: (f) is its lead-in, then (1), (2), (3)
  const f = answer.locator('details').filter({ hasText: /^65 ILCS 5\/3\.1-10-50\(f\) — / });
  await f.locator('summary').click();
  const paragraphs = await f.locator('blockquote p').allTextContents();
  assert.ok(paragraphs.length >= 4, JSON.stringify(paragraphs));
  assert.match(paragraphs[0], /^\(f\) /);
  assert.match(paragraphs[1], /^\(1\) /);
  await page.screenshot({ path: ARTEFACTS + 'answered.png', fullPage: true });
  assert.deepEqual(outside, []);
  await page.close();
});

test('NEEDS_FACTS highlights the missing fields and asks the questions', async () => {
  const { page, form } = await widget();
  await form.getByLabel('Vacant office', { exact: true }).selectOption('TRUSTEE');
  await form.getByRole('button', { name: 'Ask' }).click();
  const answer = page.locator('iml-question[name="vacancy-filling"] section.answer');
  await answer.getByText('To answer, please tell us').waitFor();
  const population = form.locator('.field.needs').filter({ has: page.getByLabel('Population', { exact: true }) });
  // each missing fact with its question and the provision that makes it matter (3.1-10-50(i): the Section's scope, under 500,000)
  assert.equal(await population.locator('.message').textContent(), 'How many inhabitants does the municipality have (latest federal census)? '
    + 'It matters under 65 ILCS 5/3.1-10-50(i) (Events upon which an elective office becomes vacant in municipality with population under 500,000).');
  assert.equal(await answer.locator('.summary').textContent(), 'To answer, I need to know: How many inhabitants does the municipality have '
    + '(latest federal census)? On what date did the vacancy occur? Why is the office vacant (resignation, death, disability, abandonment, '
    + 'removal, failure to qualify, moving away, a plea agreement or conviction, an election declared void, or a debt to the municipality)? '
    + 'When is the next general municipal election scheduled?');
  assert.ok(await form.locator('.field.needs').count() >= 3);
  await page.close();
});

test('a 400 puts each problem next to its field', async () => {
  const { page, form } = await widget();
  await form.getByLabel('Population', { exact: true }).fill('-5');
  await form.getByLabel('Kind of municipality', { exact: true }).selectOption('VILLAGE');
  await form.getByLabel('Vacant office', { exact: true }).selectOption('MAYOR');
  await form.getByRole('button', { name: 'Ask' }).click();
  const populationMessage = form.locator('.field').filter({ has: page.getByLabel('Population', { exact: true }) }).locator('.message');
  await populationMessage.getByText('must be a whole number of at least 1').waitFor();
  // a sentence a clerk can read, not the API's path and phrase
  assert.equal(await populationMessage.textContent(), 'Population must be a whole number of at least 1.');
  assert.equal(await form.getByLabel('Population', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.match(await form.locator('.field').filter({ has: page.getByLabel('Vacant office', { exact: true }) }).locator('.message').textContent(), /^Vacant office does not fit the kind of municipality: a village has a president and trustees/);
  await page.close();
});

test('keyboard only: Tab to the example, Enter, Tab to Ask, Enter; focus is visible', async () => {
  const { page, form } = await widget({ width: 375, height: 800 });
  const active = () => page.evaluate(() => {
    const shadow = document.querySelector('iml-question[name="vacancy-filling"]').shadowRoot;
    const a = shadow.activeElement;
    return a ? { text: a.textContent, tag: a.tagName, outline: getComputedStyle(a).outlineStyle } : null;
  });
  async function tabTo(text) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const a = await active();
      if (a && a.tag === 'BUTTON' && a.text === text) return a;
    }
    throw new Error('could not reach ' + text + ' with Tab');
  }
  const example = await tabTo('Load example');
  assert.notEqual(example.outline, 'none');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await active()).text, 'Ask');
  await page.keyboard.press('Enter');
  await page.locator('iml-question[name="vacancy-filling"] section.answer .summary').waitFor();
  await page.screenshot({ path: ARTEFACTS + 'answered-phone.png', fullPage: true });
  await page.close();
});

test('a network failure says so and keeps what was typed', async () => {
  const { page, form } = await widget();
  await form.getByLabel('Population', { exact: true }).fill('3200');
  await page.route('**/vacancy-filling', (route) => route.abort());
  await form.getByRole('button', { name: 'Ask' }).click();
  await page.locator('iml-question[name="vacancy-filling"] section.answer').getByText('could not be reached').waitFor();
  assert.equal(await form.getByLabel('Population', { exact: true }).inputValue(), '3200');
  await page.close();
});

test('on load: one request, only the named question, under 10 KB; the search box asks nothing until used', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const calls = [];
  page.on('requestfinished', async (r) => {
    if (r.method() === 'POST') {
      const body = await (await r.response()).body();
      calls.push({ url: r.url(), posted: r.postData(), bytes: body.length });
    }
  });
  await page.goto(`${BASE}/widget/index.html`);
  await page.locator('iml-question[name="vacancy-filling"] form').waitFor();
  await page.getByRole('searchbox', { name: 'What happened?' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(calls.length, 1, JSON.stringify(calls));
  assert.equal(calls[0].url, `${BASE}/questions`);
  assert.deepEqual(JSON.parse(calls[0].posted), { name: 'vacancy-filling' });
  assert.ok(calls[0].bytes < 10 * 1024, `${calls[0].bytes} bytes`);
  console.log(`widget load: ${calls.length} request, ${calls[0].bytes} bytes`);
  await page.close();
});

test('the facts a question cannot answer without come first; the rest are folded', async () => {
  const { page, form } = await widget({ width: 375, height: 800 });
  // one plain sentence of what it decides; the API's description, with its readings, folded under "How we read the statute"
  assert.equal(await form.locator('p.lead').textContent(), 'Who fills a vacant elective office, how (appointment or election), and by when.');
  const readings = form.locator('details').filter({ hasText: 'How we read the statute' });
  assert.equal(await readings.getAttribute('open'), null);
  assert.match(await readings.textContent(), /28 months means the vacancy date plus 28 calendar months/);
  const labels = await form.locator(':scope > .field label, :scope > fieldset legend').allTextContents();
  // 3.1-10-50: the vacancy-filling function asks first for the municipality, the office, the dates and the cause
  assert.deepEqual(labels.slice(0, 2), ['Municipality', 'Vacant office']);
  assert.equal(await form.getByLabel('Vacant office', { exact: true }).getAttribute('aria-required'), 'true');
  const more = form.locator('details.more').filter({ hasText: 'More details (optional)' });
  assert.equal(await more.getAttribute('open'), null);
  assert.ok(await more.locator('.field').count() >= 3);
  // inside the municipality group too: kind and population first, its form of government and home rule folded
  assert.equal(await more.getByLabel('Form of government', { exact: true }).count(), 1);
  assert.equal(await more.getByLabel('Population', { exact: true }).count(), 0);
  // the first key field is on the first screen of a phone
  const box = await form.locator('input, select').first().boundingBox();
  assert.ok(box && box.y + box.height <= 800, JSON.stringify(box));
  await page.screenshot({ path: ARTEFACTS + 'form-phone.png', fullPage: false });
  await page.close();
});

test('the search box finds the question from the visitor\'s words and opens its form', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${BASE}/widget/index.html`);
  const picker = page.locator('#picker');
  await picker.getByRole('searchbox', { name: 'What happened?' }).fill('our trustee moved out of the village - what now?');
  await picker.getByRole('button', { name: 'Find the question' }).click();
  const first = picker.locator('.choices button').first();
  await first.waitFor();
  assert.equal(await first.textContent(), 'Filling a vacancy in an elective office');
  await first.click();
  await picker.locator('form[aria-label="Filling a vacancy in an elective office"]').waitFor();
  await page.close();
});

test('an answer worth keeping: copied as plain text, and printed with every citation\'s words (3.1-10-50(e))', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.addInitScript(() => {
    window.__copied = null;
    window.__printed = false;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => { window.__copied = t; } } });
    window.print = () => { window.__printed = true; };
  });
  await page.goto(`${BASE}/widget/index.html`);
  const form = page.locator('iml-question[name="vacancy-filling"] form');
  await form.getByRole('button', { name: 'Load example' }).click();
  await form.getByRole('button', { name: 'Ask' }).click();
  const answer = page.locator('iml-question[name="vacancy-filling"] section.answer');
  await answer.locator('.summary').waitFor();
  await answer.getByRole('button', { name: 'Copy answer' }).click();
  await answer.getByText('Copied.').waitFor();
  const copied = await page.evaluate(() => window.__copied);
  assert.match(copied, /^Filling a vacancy in an elective office\n/);
  assert.match(copied, /\(e\) Appointment to fill alderperson or trustee vacancy\./);
  assert.match(copied, /Law current through P\.A\. /);
  await answer.getByRole('button', { name: 'Print or save as PDF' }).click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  await page.emulateMedia({ media: 'print' });
  const words = answer.locator('blockquote').filter({ hasText: /^\(e\) Appointment to fill alderperson or trustee vacancy\./ });
  assert.ok(await words.isVisible());
  assert.equal(await form.isVisible(), false);
  await page.pdf({ path: ARTEFACTS + 'answer.pdf' });
  await page.close();
});

test('accessibility (axe-core): no serious or critical violation on the empty form, an answer, NEEDS_FACTS and a 400', async () => {
  const { AxeBuilder } = await import('@axe-core/playwright');
  // axe needs a page of its own browser context
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/widget/index.html`);
  const form = page.locator('iml-question[name="vacancy-filling"] form');
  await form.waitFor();
  const widgetOnly = () => new AxeBuilder({ page }).include('iml-question[name="vacancy-filling"]');
  const states = {};
  const check = async (state) => {
    const result = await widgetOnly().analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    states[state] = { violations: result.violations.length, seriousOrCritical: bad.length };
    assert.deepEqual(bad.map((v) => v.id + ': ' + v.help), [], state);
  };
  await check('empty form');
  const answer = page.locator('iml-question[name="vacancy-filling"] section.answer');
  await form.getByLabel('Vacant office', { exact: true }).selectOption('TRUSTEE');
  await form.getByRole('button', { name: 'Ask' }).click();
  await answer.getByText('To answer, please tell us').waitFor();
  await check('NEEDS_FACTS');
  await page.screenshot({ path: ARTEFACTS + 'needs-facts.png', fullPage: true });
  await form.getByLabel('Population', { exact: true }).fill('-5');
  await form.getByRole('button', { name: 'Ask' }).click();
  await answer.getByText('Some answers need correcting.').waitFor();
  await check('a 400');
  await page.screenshot({ path: ARTEFACTS + 'invalid.png', fullPage: true });
  await form.getByRole('button', { name: 'Load example' }).click();
  await form.getByRole('button', { name: 'Ask' }).click();
  await answer.locator('.summary').getByText(/appoints/).waitFor();
  await check('an answer');
  console.log('axe: ' + JSON.stringify(states));
  // the check can fail: an input without a label inside the widget's shadow root is found
  await page.evaluate(() => document.querySelector('iml-question[name="vacancy-filling"]').shadowRoot.querySelector('form').append(document.createElement('input')));
  const planted = await widgetOnly().analyze();
  assert.ok(planted.violations.some((v) => v.id === 'label'), JSON.stringify(planted.violations.map((v) => v.id)));
  await context.close();
});

test('every catalogue function\'s form speaks to people: no camelCase and no enum codes in its labels, options or hints', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${BASE}/widget/index.html`);
  const names = (await (await fetch(`${BASE}/questions`)).json()).answer.functions.filter((f) => f.area !== 'PLATFORM').map((f) => f.name);
  const problems = [];
  for (const name of names) {
    await page.evaluate((n) => {
      const w = document.createElement('iml-question');
      w.setAttribute('name', n);
      w.id = 'check-' + n;
      document.body.append(w);
    }, name);
    const form = page.locator(`#check-${name} form`).first();
    await form.waitFor();
    const texts = await form.locator('label, legend, option, .hint').allTextContents();
    for (const t of texts) {
      if (/\b[a-z]+[A-Z][a-zA-Z]*\b/.test(t) || /\b[A-Z]+_[A-Z_]+\b/.test(t)) problems.push(`${name}: ${t.slice(0, 120)}`);
    }
  }
  assert.ok(names.length >= 30, String(names.length));
  assert.deepEqual(problems, []);
  await page.close();
});

test('screenshots of every state at both widths, kept as test artefacts', async () => {
  const states = ['form', 'needs-facts', 'invalid', 'answered', 'search'];
  for (const [width, suffix] of [[1280, 'desktop'], [375, 'phone']]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${BASE}/widget/index.html`);
    const form = page.locator('iml-question[name="vacancy-filling"] form');
    await form.waitFor();
    const answer = page.locator('iml-question[name="vacancy-filling"] section.answer');
    const shot = (state) => page.locator('iml-question[name="vacancy-filling"]').screenshot({ path: `${ARTEFACTS}state-${state}-${suffix}.png` });
    await shot('form');
    await form.getByLabel('Vacant office', { exact: true }).selectOption('TRUSTEE');
    await form.getByRole('button', { name: 'Ask' }).click();
    await answer.getByText('To answer, please tell us').waitFor();
    await shot('needs-facts');
    await form.getByLabel('Population', { exact: true }).fill('-5');
    await form.getByRole('button', { name: 'Ask' }).click();
    await answer.getByText('Some answers need correcting.').waitFor();
    await shot('invalid');
    await form.getByRole('button', { name: 'Load example' }).click();
    await form.getByRole('button', { name: 'Ask' }).click();
    await answer.locator('.summary').waitFor();
    await shot('answered');
    const picker = page.locator('#picker');
    await picker.getByRole('searchbox', { name: 'What happened?' }).fill('our trustee moved out of the village - what now?');
    await picker.getByRole('button', { name: 'Find the question' }).click();
    await picker.locator('.choices button').first().waitFor();
    await picker.screenshot({ path: `${ARTEFACTS}state-search-${suffix}.png` });
    await page.close();
  }
  const { readdirSync } = await import('node:fs');
  const kept = readdirSync(ARTEFACTS).filter((f) => f.startsWith('state-'));
  assert.equal(kept.length, states.length * 2, kept.join(', '));
});

test('a page styles it with the documented custom properties and parts', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${BASE}/widget/index.html`);
  await page.addStyleTag({ content: 'iml-question { --iml-accent: rgb(1, 2, 3); } iml-question::part(label) { text-transform: uppercase; }' });
  const form = page.locator('iml-question[name="vacancy-filling"] form');
  await form.waitFor();
  const ask = form.getByRole('button', { name: 'Ask' });
  assert.equal(await ask.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(1, 2, 3)');
  assert.equal(await form.getByText('Population', { exact: true }).evaluate((l) => getComputedStyle(l).textTransform), 'uppercase');
  await page.close();
});
