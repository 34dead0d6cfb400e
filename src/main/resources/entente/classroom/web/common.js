// Shared helpers of the classroom pages: the JSON API, safe DOM building, dates.
'use strict';

const Api = {
  async call(method, path, body, token) {
    const headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers['Authorization'] = 'Bearer ' + token;
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    } catch (e) {
      const err = new Error('No connection to the game server: retrying…');
      err.offline = true;
      throw err;
    }
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) {
      const err = new Error((data && data.error) || ('The server answered ' + response.status));
      err.status = response.status;
      throw err;
    }
    return data;
  },
  get(path, token) { return this.call('GET', path, undefined, token); },
  post(path, body, token) { return this.call('POST', path, body || {}, token); }
};

/** Builds an element; text is always set as text, never as HTML. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

function niceDate(iso) {
  const d = new Date(iso + 'T00:00:00Z');
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function clock(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

function signed(x) {
  const r = Math.round(x * 100) / 100;
  return (r > 0 ? '+' : r < 0 ? '−' : '±') + Math.abs(r).toFixed(2);
}

function say(node, text, kind) {
  node.textContent = text || '';
  node.className = 'status' + (kind ? ' ' + kind : '');
}

/** One event as a list item: date, what, who decided, and why (the same words as events.csv). */
function eventItem(e) {
  const li = el('li', { class: e.origin });
  li.append(el('div', {}, el('span', { class: 'tag', text: niceDate(e.date) }), el('strong', { text: e.text })));
  li.append(el('div', {}, 'Decided by: ' + e.by));
  if (e.note) li.append(el('div', {}, '“' + e.note + '”'));
  li.append(el('div', { class: 'why' }, 'Why: ' + e.why));
  return li;
}

/** Polls fn every period ms; shows the banner while the server cannot be reached. */
function poll(fn, period, banner) {
  let timer = null;
  async function run() {
    try {
      await fn();
      banner.classList.add('hidden');
    } catch (e) {
      banner.textContent = e.message;
      banner.classList.remove('hidden');
    }
    timer = setTimeout(run, period);
  }
  run();
  return () => clearTimeout(timer);
}
