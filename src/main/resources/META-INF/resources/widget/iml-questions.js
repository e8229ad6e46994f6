/*
 * <iml-question>: an embeddable form for one statutory question (or a picker of all of them), built from the
 * function's JSON Schema in the `questions` catalogue. No framework, no external requests except the API it is
 * pointed at, and no innerHTML: every text from the API or the user goes in through textContent or value.
 *
 *   <script src="https://host/widget/iml-questions.js"></script>
 *   <iml-question name="vacancy-filling" api="https://host" api-key="..."></iml-question>
 *
 * Attributes: api (base URL; default: this page's origin), name (a function; omit for a search box that finds it
 * from the visitor's words), api-key
 * (sent as x-api-key, for the API Gateway's widget plan). Styling: CSS custom properties --iml-font,
 * --iml-text, --iml-muted, --iml-bg, --iml-accent, --iml-error, --iml-radius, and ::part(form | field | label |
 * control | hint | message | button | answer | summary | figures | reasoning | citation | link | more | readings), --iml-needs, --iml-needs-bg.
 */
(() => {
  const STYLE = `
    :host { display: block; font: var(--iml-font, 16px/1.45 system-ui, sans-serif); color: var(--iml-text, #1b1f24);
            background: var(--iml-bg, #fff); max-width: 46rem; }
    * { box-sizing: border-box; }
    form { display: grid; gap: .75rem; }
    fieldset { border: 1px solid #c9d1d9; border-radius: var(--iml-radius, 6px); padding: .75rem; margin: 0; display: grid; gap: .75rem; }
    legend { font-weight: 600; padding: 0 .25rem; }
    .field { display: grid; gap: .2rem; }
    label { font-weight: 600; }
    .hint { color: var(--iml-muted, #57606a); font-size: .9em; margin: 0; }
    input, select { font: inherit; width: 100%; padding: .45rem .5rem; border: 1px solid #8c959f; border-radius: var(--iml-radius, 6px); background: #fff; color: inherit; }
    input:focus-visible, select:focus-visible, button:focus-visible, summary:focus-visible {
      outline: 3px solid var(--iml-accent, #0b5cad); outline-offset: 2px; }
    /* a fact the answer needs: amber, unlike the focus ring, and said in words beside the field */
    .needs { background: var(--iml-needs-bg, #fff8c5); border-left: 4px solid var(--iml-needs, #9a6700); padding: .4rem .6rem; border-radius: var(--iml-radius, 6px); }
    .needs input, .needs select { border-color: var(--iml-needs, #9a6700); }
    [aria-invalid="true"] { border-color: var(--iml-error, #b42318); }
    .message { margin: 0; font-size: .92em; }
    .message.error { color: var(--iml-error, #b42318); }
    .message.ask { color: #6b4700; font-weight: 600; }
    .law, .official, .why { color: var(--iml-muted, #57606a); font-size: .88em; margin: 0; }
    blockquote p { margin: 0 0 .5em; }
    @media print {
      form, .buttons, .matches { display: none !important; }
      .answer { margin-top: 0; }
      details > summary { list-style: none; }
    }
    .buttons { display: flex; flex-wrap: wrap; gap: .5rem; }
    button { font: inherit; padding: .5rem 1rem; border-radius: var(--iml-radius, 6px); border: 1px solid var(--iml-accent, #0b5cad); cursor: pointer; }
    button.primary { background: var(--iml-accent, #0b5cad); color: #fff; }
    button.secondary { background: transparent; color: var(--iml-accent, #0b5cad); }
    .answer { margin-top: 1rem; display: grid; gap: .75rem; }
    .summary { font-size: 1.08em; font-weight: 600; margin: 0; }
    .status { display: inline-block; font-size: .8em; letter-spacing: .04em; padding: .1rem .45rem; border-radius: 999px; background: #eef2f6; }
    dl { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .3rem 1rem; margin: 0; }
    dt { font-weight: 600; } dd { margin: 0; }
    ol, ul { margin: 0; padding-left: 1.3rem; }
    .cite { color: var(--iml-muted, #57606a); font-size: .88em; }
    details { border-left: 3px solid var(--iml-accent, #0b5cad); padding: .25rem .6rem; }
    blockquote { margin: .4rem 0 0; white-space: pre-wrap; }
    .problem { color: var(--iml-error, #b42318); font-weight: 600; margin: 0; }
    .label-row { display: flex; gap: .5rem; align-items: baseline; }
    .required { color: var(--iml-muted, #57606a); font-size: .85em; }
    details.more { border-left: 0; padding: 0; display: grid; gap: .75rem; }
    details.more > summary { cursor: pointer; font-weight: 600; color: var(--iml-accent, #0b5cad); }
    details.more[open] > summary { margin-bottom: .75rem; }
    .choices { list-style: none; padding: 0; display: grid; gap: .4rem; }
    @media (max-width: 480px) { dl { grid-template-columns: 1fr; } dd { margin-bottom: .4rem; } }
  `;

  let counter = 0;
  /** One request per function per page, shared by every widget showing it: each call is metered on the API key. */
  const ENTRIES = new Map();

  /**
   * The question's own description is written for machines too (fields carry titles and plain hints; this text does not):
   * its enum codes (INCORPORATED_TOWN) and field names (everyTrusteeDeclined) read as words.
   */
  function plainWords(text, values) {
    const codes = new Set((values || []).filter((v) => typeof v === 'string'));
    return text.replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g, (w) => (codes.has(w) || w.includes('_') ? human(w) : w))
      .replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, (w) => human(w).toLowerCase());
  }

  /** A 400's field problem as the API's sentence for people; a gateway 400 has none, so the field's label and the problem. */
  function said(problem, title) {
    return problem.message || ((title || 'The form') + ' ' + String(problem.problem).replace(/\.?$/, '.'));
  }

  /** Dates inside the reasoning's sentences as people write them ("March 16, 2026"). */
  function datesInWords(text) {
    return String(text).replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => formatDate(d, false));
  }

  /**
   * The schema cut in two: the key facts (and, inside a group holding one, the group's required fields) and the rest,
   * each group kept under its own title on both sides: the municipality's kind and population first, its form of
   * government folded with the other optional details.
   */
  function split(schema, keyFacts, prefix = '') {
    const key = {};
    const rest = {};
    const first = new Set(keyFacts.map((path) => path.split('.')[0]));
    for (const [name, prop] of Object.entries(schema.properties || {})) {
      const path = prefix ? prefix + '.' + name : name;
      if (prop.type === 'object' && prop.properties && (prefix || first.has(name))) {
        const [k, r] = split(prop, keyFacts.concat((prop.required || []).map((n) => path + '.' + n)), path);
        if (Object.keys(k.properties).length) key[name] = { ...prop, properties: k.properties };
        if (Object.keys(r.properties).length) rest[name] = { ...prop, properties: r.properties, description: undefined };
      } else if (prefix ? keyFacts.includes(path) : first.has(name)) key[name] = prop;
      else rest[name] = prop;
    }
    return [{ properties: key, required: schema.required }, { properties: rest, required: schema.required }];
  }

  /** A field inside the folded "More details" group is shown when the answer points at it. */
  function unfold(node) {
    const group = node.closest('details');
    if (group) group.open = true;
  }

  /** Elements only from tags, attributes and text: never markup. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c) node.append(c);
    return node;
  }

  /** "nextGeneralElectionDate" -> "Next general election date"; "INCORPORATED_TOWN" -> "Incorporated town". */
  function human(name) {
    const words = String(name).includes('_') ? String(name).toLowerCase().split('_')
      : String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([a-zA-Z])([0-9])/g, '$1 $2').toLowerCase().split(' ');
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function isDate(value) {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  }

  function formatDate(value, weekday = true) {
    const d = new Date(value + 'T00:00:00Z');
    // as people write dates: "Monday, March 16, 2026" (the ISO date stays in the API's answer and the copied text)
    return Number.isNaN(d.getTime()) ? value : d.toLocaleDateString('en-US', { timeZone: 'UTC', weekday: weekday ? 'long' : undefined, year: 'numeric', month: 'long', day: 'numeric' });
  }

  function formatValue(value) {
    if (value === true) return 'Yes';
    if (value === false) return 'No';
    if (isDate(value)) return formatDate(value);
    if (typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value)) return human(value);
    return String(value);
  }

  class ImlQuestion extends HTMLElement {
    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      this.root.append(el('style', { text: STYLE }));
      this.body = el('div');
      this.root.append(this.body);
      this.controls = new Map();
    }

    connectedCallback() {
      this.start();
    }

    get api() {
      return (this.getAttribute('api') || window.location.origin).replace(/\/+$/, '');
    }

    async call(name, facts) {
      const headers = { 'Content-Type': 'application/json' };
      if (this.getAttribute('api-key')) headers['x-api-key'] = this.getAttribute('api-key');
      const response = await fetch(this.api + '/' + encodeURIComponent(name), { method: 'POST', headers, body: JSON.stringify(facts) });
      let json = null;
      try { json = await response.json(); } catch (e) { json = null; }
      return { status: response.status, json };
    }

    /**
     * With a name: that function's entry only (questions {"name"}), the one request made before the visitor acts.
     * Without: a search box; nothing is requested until the visitor asks.
     */
    async start() {
      this.panel = el('div');
      const wanted = this.getAttribute('name');
      this.body.replaceChildren(...(wanted ? [this.panel] : [this.search(), this.panel]));
      if (wanted) await this.open(wanted);
    }

    entryOf(name) {
      const key = this.api + '|' + name;
      if (!ENTRIES.has(key)) {
        ENTRIES.set(key, this.call('questions', { name }).then((r) => {
          const found = r.status === 200 && r.json && r.json.answer && r.json.answer.functions;
          if (!found || !found.length) { ENTRIES.delete(key); return null; }
          return found[0];
        }, (e) => { ENTRIES.delete(key); throw e; }));
      }
      return ENTRIES.get(key);
    }

    async open(name) {
      this.panel.replaceChildren(el('p', { text: 'Loading the question…' }));
      let entry;
      try {
        entry = await this.entryOf(name);
      } catch (e) {
        this.panel.replaceChildren(el('p', { class: 'problem', role: 'alert', text: 'The question service could not be reached. Check your connection and reload the page.' }));
        return;
      }
      if (!entry) {
        this.panel.replaceChildren(el('p', { class: 'problem', role: 'alert', text: 'The question service did not answer as expected.' }));
        return;
      }
      this.show(entry);
    }

    /** "What happened?": the visitor's words ranked against the questions (questions {"query"}), best first. */
    search() {
      const id = 'iml-s-' + (++counter);
      const input = el('input', { id, type: 'search', part: 'control', autocomplete: 'off', placeholder: 'e.g. our trustee moved out of the village' });
      const results = el('div', { class: 'matches', 'aria-live': 'polite' });
      const form = el('form', { part: 'form', role: 'search', 'aria-label': 'Find your question' },
        el('div', { class: 'field', part: 'field' }, el('label', { for: id, part: 'label', text: 'What happened?' }), input,
          el('p', { class: 'hint', part: 'hint', text: 'Describe it in your own words; we suggest the questions that fit.' })),
        el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'primary', part: 'button', text: 'Find the question' })), results);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const words = input.value.trim();
        if (!words) { results.replaceChildren(el('p', { class: 'message error', text: 'Tell us what happened first.' })); return; }
        results.replaceChildren(el('p', { text: 'Looking…' }));
        let r;
        try { r = await this.call('questions', { query: words }); } catch (e) { r = null; }
        if (!r || r.status !== 200 || !r.json || !r.json.answer) {
          results.replaceChildren(el('p', { class: 'problem', role: 'alert', text: 'The question service could not be reached. Try again in a moment.' }));
          return;
        }
        const matches = (r.json.answer.matches || []).filter((m) => m.name !== 'questions');
        if (!matches.length) { results.replaceChildren(el('p', { text: 'No question matched those words. Try other words.' })); return; }
        const list = el('ul', { class: 'choices' });
        for (const m of matches.slice(0, 3)) {
          const pick = el('button', { type: 'button', class: 'secondary', part: 'button', text: m.title });
          pick.addEventListener('click', () => this.open(m.name));
          list.append(el('li', {}, pick));
        }
        results.replaceChildren(el('p', { text: 'Which of these is your question?' }), list);
      });
      return form;
    }

    show(entry) {
      this.entry = entry;
      this.controls.clear();
      const form = el('form', { novalidate: true, part: 'form', 'aria-label': entry.title });
      // the question's one plain sentence of what it decides; the full description, with its readings of the statute, folded
      form.append(el('h2', { text: entry.title }), el('p', { class: 'hint lead', part: 'hint', text: entry.decides || plainWords(entry.description) }));
      if (entry.decides) {
        form.append(el('details', { class: 'more', part: 'readings' }, el('summary', { text: 'How we read the statute' }),
          el('p', { class: 'hint', part: 'hint', text: plainWords(entry.description) })));
      }
      // the facts the question cannot answer without come first; the rest wait, folded, under "More details"
      const keyFacts = entry.keyFacts || [];
      const [key, rest] = split(entry.inputSchema, keyFacts);
      if (Object.keys(key.properties).length && Object.keys(rest.properties).length) {
        this.fields(form, key, '', keyFacts);
        const more = el('details', { class: 'more', part: 'more' }, el('summary', { text: 'More details (optional)' }));
        this.fields(more, rest, '', keyFacts);
        form.append(more);
      } else {
        this.fields(form, entry.inputSchema, '', keyFacts);
      }
      this.general = el('p', { class: 'message error', role: 'alert' });
      const ask = el('button', { type: 'submit', class: 'primary', part: 'button', text: 'Ask' });
      const example = el('button', { type: 'button', class: 'secondary', part: 'button', text: 'Load example' });
      example.addEventListener('click', () => this.fill(entry.example || {}, ''));
      form.append(this.general, el('div', { class: 'buttons' }, ask, example));
      form.addEventListener('submit', (event) => { event.preventDefault(); this.ask(); });
      this.answer = el('section', { class: 'answer', part: 'answer', 'aria-live': 'polite', 'aria-label': 'Answer' });
      this.panel.replaceChildren(form, this.answer);
    }

    fields(parent, schema, prefix, keyFacts = []) {
      for (const [name, prop] of Object.entries(schema.properties || {})) {
        const path = prefix ? prefix + '.' + name : name;
        if (prop.type === 'object' && prop.properties) {
          const set = el('fieldset', { part: 'field' }, el('legend', { text: prop.title || human(name) }));
          if (prop.description) set.append(el('p', { class: 'hint', part: 'hint', text: prop.description }));
          this.fields(set, prop, path, keyFacts);
          parent.append(set);
        } else {
          parent.append(this.field(path, name, prop, (schema.required || []).includes(name) || keyFacts.includes(path)));
        }
      }
    }

    field(path, name, prop, required) {
      const id = 'iml-f-' + (++counter);
      let control;
      if (Array.isArray(prop.enum) && prop.type !== 'integer') {
        control = el('select', { id }, el('option', { value: '', text: '— not given —' }));
        prop.enum.forEach((v, i) => control.append(el('option', { value: v, text: (prop['x-enum-descriptions'] || [])[i] || human(v) })));
      } else if (prop.type === 'boolean') {
        control = el('select', { id }, el('option', { value: '', text: '— not given —' }), el('option', { value: 'true', text: 'Yes' }), el('option', { value: 'false', text: 'No' }));
      } else if (Array.isArray(prop.enum)) {
        control = el('select', { id }, el('option', { value: '', text: '— not given —' }));
        for (const v of prop.enum) control.append(el('option', { value: String(v), text: String(v) }));
      } else if (prop.type === 'integer' || prop.type === 'number') {
        control = el('input', { id, type: 'number', inputmode: 'numeric', min: prop.minimum, max: prop.maximum, step: prop.type === 'integer' ? 1 : 'any' });
      } else if (prop.type === 'string' && prop.format === 'date') {
        control = el('input', { id, type: 'date' });
      } else if (prop.type === 'array') {
        control = el('input', { id, type: 'text', placeholder: 'YYYY-MM-DD, YYYY-MM-DD' });
      } else {
        control = el('input', { id, type: 'text', maxlength: prop.maxLength });
      }
      control.setAttribute('part', 'control');
      control.dataset.path = path;
      control.dataset.kind = prop.type || 'string';
      if (required) control.setAttribute('aria-required', 'true');
      const hint = el('p', { class: 'hint', part: 'hint', id: id + '-hint', text: prop.description || '' });
      const message = el('p', { class: 'message', part: 'message', id: id + '-msg' });
      control.setAttribute('aria-describedby', id + '-hint ' + id + '-msg');
      // the mark is for the eye, beside the label; aria-required says it to assistive technology, so the label stays the field's name
      const label = el('label', { for: id, part: 'label', text: prop.title || human(name) });
      const head = required ? el('div', { class: 'label-row' }, label, el('span', { class: 'required', 'aria-hidden': 'true', text: 'required' })) : label;
      const wrap = el('div', { class: 'field', part: 'field' }, head, control, hint, message);
      this.controls.set(path, { control, message, wrap, title: prop.title || human(name), names: prop.enum && prop['x-enum-descriptions'] ? Object.fromEntries(prop.enum.map((v, i) => [v, prop['x-enum-descriptions'][i]])) : {} });
      return wrap;
    }

    fill(values, prefix) {
      for (const [name, value] of Object.entries(values)) {
        const path = prefix ? prefix + '.' + name : name;
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) this.fill(value, path);
        else if (this.controls.has(path)) this.controls.get(path).control.value = Array.isArray(value) ? value.join(', ') : String(value);
      }
    }

    facts() {
      const out = {};
      for (const [path, { control }] of this.controls) {
        const raw = control.value.trim();
        if (raw === '') continue;
        let value = raw;
        const kind = control.dataset.kind;
        if (kind === 'integer' || kind === 'number') value = Number(raw);
        else if (kind === 'boolean') value = raw === 'true';
        else if (kind === 'array') value = raw.split(',').map((s) => s.trim()).filter(Boolean);
        const parts = path.split('.');
        let target = out;
        for (const p of parts.slice(0, -1)) target = target[p] = target[p] || {};
        target[parts[parts.length - 1]] = value;
      }
      return out;
    }

    clearMessages() {
      this.general.textContent = '';
      for (const { control, message, wrap } of this.controls.values()) {
        message.textContent = '';
        message.className = 'message';
        control.removeAttribute('aria-invalid');
        wrap.classList.remove('needs');
      }
    }

    async ask() {
      this.clearMessages();
      this.answer.replaceChildren(el('p', { text: 'Asking…' }));
      let result;
      try {
        result = await this.call(this.entry.name, this.facts());
      } catch (e) {
        this.answer.replaceChildren(el('p', { class: 'problem', role: 'alert', text: 'The question service could not be reached. Your answers are kept; try again in a moment.' }));
        return;
      }
      const body = result.json;
      if (result.status === 400 && body && body.error) return this.invalid(body.error);
      if (result.status !== 200 || !body || !body.status) {
        this.answer.replaceChildren(el('p', { class: 'problem', role: 'alert', text: (body && body.error && body.error.message) || 'The service could not answer (' + result.status + '). Your answers are kept.' }));
        return;
      }
      this.render(body);
    }

    invalid(error) {
      this.answer.replaceChildren(el('p', { class: 'problem', text: 'Some answers need correcting.' }));
      let first = null;
      for (const f of error.fields || []) {
        const slot = this.controls.get(f.field);
        if (slot) {
          unfold(slot.wrap);
          slot.message.textContent = said(f, slot.title);
          slot.message.className = 'message error';
          slot.control.setAttribute('aria-invalid', 'true');
          first = first || slot.control;
        } else {
          this.general.textContent = said(f, '');
        }
      }
      if (first) first.focus();
    }

    render(envelope) {
      const parts = [el('p', { class: 'status', text: human(envelope.status) }), el('p', { class: 'summary', part: 'summary', text: envelope.summary })];
      if (envelope.status === 'NEEDS_FACTS') {
        const list = el('ul');
        let first = null;
        for (const m of envelope.missingFacts) {
          // why it is asked: the provision that makes the fact decide the answer, by its subsection and caption
          const law = envelope.citations.find((c) => c.cite === m.because);
          const why = m.because ? 'It matters under ' + m.because + (law ? ' (' + (law.caption || law.heading) + ')' : '') + '.' : '';
          list.append(el('li', {}, el('span', { text: m.ask + ' ' }), el('span', { class: 'why', text: why })));
          const slot = this.controls.get(m.field);
          if (slot) {
            unfold(slot.wrap);
            slot.wrap.classList.add('needs');
            slot.message.textContent = m.ask + (why ? ' ' + why : '');
            slot.message.className = 'message ask';
            first = first || slot.control;
          }
        }
        parts.push(el('h3', { text: 'To answer, please tell us' }), list);
        if (first) first.focus();
      }
      if (envelope.answer) {
        // the decision the question declares (its headline), not every value of the answer
        const headline = this.entry.headline || [];
        const shown = headline.length ? Object.fromEntries(Object.entries(envelope.answer).filter(([k]) => headline.includes(k))) : envelope.answer;
        parts.push(el('h3', { text: 'Key figures and dates' }), this.figures(shown));
      }
      if (envelope.reasoning.length) {
        const ol = el('ol', { part: 'reasoning' });
        for (const step of envelope.reasoning) ol.append(el('li', {}, el('span', { text: datesInWords(step.finding) + ' ' }), el('span', { class: 'cite', text: step.citation })));
        parts.push(el('h3', { text: 'Why' }), ol);
      }
      if (envelope.citations.length) {
        const box = el('div', { part: 'citations' });
        for (const c of envelope.citations) {
          // the statute's words as it sets them: one paragraph per nested (1), (A) ...; and where to read the official text
          const starts = (c.paragraphStarts || [0]).concat([c.text.length]);
          const quote = el('blockquote');
          for (let i = 0; i + 1 < starts.length; i++) quote.append(el('p', { text: c.text.slice(starts[i], starts[i + 1]).trim() }));
          const official = c.url ? el('p', { class: 'official' }, el('a', { href: c.url, target: '_blank', rel: 'noopener', part: 'link', text: 'Official text of ' + c.section + ' (Illinois General Assembly)' })) : null;
          box.append(el('details', { part: 'citation' }, el('summary', { text: c.cite + ' — ' + (c.caption || c.heading) }), quote, official));
        }
        parts.push(el('h3', { text: 'The law' }), box);
      }
      const given = this.given();
      if (Object.keys(given).length) parts.push(el('h3', { text: 'Facts given' }), this.figures(given));
      if (envelope.law) {
        parts.push(el('p', { class: 'law', text: 'Law current through ' + envelope.law.amendedThrough + ' (' + envelope.law.source + '). Answered '
          + new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }) + '.' }));
      }
      parts.push(el('p', { class: 'cite', text: envelope.disclaimer }));
      const copy = el('button', { type: 'button', class: 'secondary', part: 'button', text: 'Copy answer' });
      const print = el('button', { type: 'button', class: 'secondary', part: 'button', text: 'Print or save as PDF' });
      const done = el('span', { class: 'law', role: 'status' });
      copy.addEventListener('click', async () => {
        try { await navigator.clipboard.writeText(this.plain(envelope, given)); done.textContent = 'Copied.'; } catch (e) { done.textContent = 'Copying is not allowed here; select the text instead.'; }
      });
      // the citations' words are folded on screen; a printout carries them all
      print.addEventListener('click', () => { for (const d of this.answer.querySelectorAll('details')) d.open = true; window.print(); });
      parts.push(el('div', { class: 'buttons' }, copy, print, done));
      this.answer.replaceChildren(...parts);
    }

    /** The answer as plain text for an email: question, facts, answer, reasons, the statute's words, law version. */
    plain(envelope, given) {
      const lines = [this.entry.title, '', envelope.summary, ''];
      for (const [k, v] of Object.entries(given)) lines.push(k + ': ' + (Array.isArray(v) ? v.join(', ') : formatValue(v)));
      if (envelope.reasoning.length) lines.push('', 'Why:', ...envelope.reasoning.map((s) => '- ' + s.finding + ' (' + s.citation + ')'));
      for (const c of envelope.citations) lines.push('', c.cite + ' (' + (c.caption || c.heading) + ')', c.text, c.url || '');
      if (envelope.law) lines.push('', 'Law current through ' + envelope.law.amendedThrough + '.');
      lines.push('', envelope.disclaimer);
      return lines.join('\n');
    }

    /** The facts given, each under its field's label, an enum value as its name: what the visitor typed, in their words. */
    given() {
      const out = {};
      for (const { control, title, names } of this.controls.values()) {
        const raw = control.value.trim();
        if (raw === '') continue;
        out[title] = raw === 'true' || raw === 'false' ? raw === 'true' : names[raw] || raw;
      }
      return out;
    }

    figures(answer) {
      const dl = el('dl', { part: 'figures' });
      for (const [key, value] of Object.entries(answer)) {
        if (value === null || value === undefined) continue;
        let shown;
        if (Array.isArray(value)) {
          if (!value.length) continue;
          shown = el('ul');
          for (const item of value) {
            shown.append(el('li', { text: item !== null && typeof item === 'object'
              ? Object.values(item).filter((v) => v !== null && typeof v !== 'object').map(formatValue).join(' — ') : formatValue(item) }));
          }
        } else if (typeof value === 'object') {
          continue;
        } else {
          shown = document.createTextNode(formatValue(value));
        }
        // where lawyers could read the statute two ways the answer gives the other reading's result beside the first
        const other = /OtherReading$/.test(key);
        dl.append(el('dt', { text: other ? human(key.replace(/OtherReading$/, '')) + ' (other reading)' : human(key) }), el('dd', {}, shown));
      }
      return dl;
    }
  }

  if (!customElements.get('iml-question')) customElements.define('iml-question', ImlQuestion);
})();
