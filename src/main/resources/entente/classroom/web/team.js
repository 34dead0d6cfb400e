// A team's page: its state's situation, the week's move, and what happened and why.
// The token stays in this device's storage, so a reload (or a lost connection) comes back here.
'use strict';

(function () {
  const me = JSON.parse(localStorage.getItem('entente-team') || 'null');
  if (!me) { location.replace('index.html'); return; }
  const $ = id => document.getElementById(id);
  const draftKey = 'entente-draft-' + me.actor;
  let view = null, renderedTurn = -1, deadlineAt = 0, announced = {};

  function draft() { return JSON.parse(localStorage.getItem(draftKey) || 'null'); }

  function saveDraft() {
    const picked = document.querySelector('input[name=option]:checked');
    localStorage.setItem(draftKey, JSON.stringify({
      turn: view.turn, option: picked ? picked.value : null, text: currentText(),
      targets: [...document.querySelectorAll('input[name=names]:checked')].map(b => b.value) }));
  }

  function currentText() {
    const picked = document.querySelector('input[name=option]:checked');
    return (picked && picked.value === 'statement' ? $('statement') : $('reason')).value.trim();
  }

  function showTextBoxes() {
    const picked = document.querySelector('input[name=option]:checked');
    const statement = picked && picked.value === 'statement';
    $('statement-box').classList.toggle('hidden', !statement);
    $('reason-box').classList.toggle('hidden', statement);
  }

  /** The menu is built once a turn, so a poll never disturbs what the team is choosing. */
  function renderForm() {
    const menu = clear($('menu'));
    menu.append(el('legend', { text: 'What does ' + view.name + ' do this week?' }));
    const mine = view.choice || {};
    const d = draft();
    const start = d && d.turn === view.turn && d.option ? d : (view.choice ? { option: mine.option, text: mine.text, targets: mine.targets } : {});
    for (const item of view.menu) {
      const id = 'opt-' + item.id;
      menu.append(el('label', { for: id },
        el('input', { type: 'radio', name: 'option', id, value: item.id, checked: start.option === item.id }),
        el('span', { text: item.label })));
    }
    const names = clear($('names'));
    names.append(el('legend', { text: 'States your statement names (optional)' }));
    for (const a of view.others) {
      const id = 'name-' + a;
      names.append(el('label', { for: id }, el('input', { type: 'checkbox', name: 'names', id, value: a,
        checked: (start.targets || []).includes(a) }), a));
    }
    $('statement').value = start.option === 'statement' ? (start.text || '') : '';
    $('reason').value = start.option !== 'statement' ? (start.text || '') : '';
    showTextBoxes();
    renderedTurn = view.turn;
  }

  function renderChoiceState() {
    const open = view.phase === 'open';
    for (const input of document.querySelectorAll('#form input, #form textarea, #form button')) input.disabled = !open;
    if (open && view.choice && !$('status').textContent) {
      say($('status'), 'Your choice is in: ' + label(view.choice.option) + '. You can change it until the turn closes.', 'ok');
    }
    if (!open) say($('status'), '');
  }

  function label(option) {
    const item = view.menu.find(m => m.id === option);
    return item ? item.label : option;
  }

  function renderPhase() {
    const p = $('phase');
    const next = view.turn + 1;
    p.textContent = {
      lobby: 'Waiting for the teacher to open the first turn.',
      open: 'Turn ' + view.turn + ' is open: choose your move before the time runs out.' + (view.paused ? ' (The clock is paused.)' : ''),
      results: 'Turn ' + view.turn + ' is over: read what happened below. ' + (view.period_over ? 'That was the last week of the scenario.' : 'Turn ' + next + ' opens soon.'),
      ended: 'The game is over. Thank you for playing!'
    }[view.phase];
    const deb = $('debrief');
    if (view.debrief) {
      clear(deb).append('The debrief is ready: ', el('a', { href: view.debrief, text: 'open the debrief report' }));
      deb.classList.remove('hidden');
    }
  }

  function renderSituation() {
    $('own').textContent = 'Your own escalation: ' + view.escalation.toFixed(1) + ' of 10 (' + view.escalation_words + ').';
    const body = clear($('states').tBodies[0]);
    for (const s of view.states) {
      const fill = el('span', { class: 'bar-fill' });
      fill.style.width = Math.min(100, s.threat * 100) + '%';
      const change = s.threat_change === undefined ? '—'
        : 'threat ' + signed(s.threat_change) + ', relations ' + signed(s.alignment_change);
      const dir = s.threat_change === undefined ? '' : s.threat_change > 0.005 ? 'up' : s.threat_change < -0.005 ? 'down' : 'flat';
      body.append(el('tr', {},
        el('th', { scope: 'row' }, s.name + ' (' + s.actor + ')'),
        el('td', {}, el('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill), ' ' + s.threat_words + ' (' + s.threat.toFixed(2) + ')'),
        el('td', {}, s.alignment_words + ' (' + signed(s.alignment) + ')'),
        el('td', { class: dir }, change)));
    }
  }

  function renderEvents() {
    const lt = view.last_turn;
    const list = clear($('last-events'));
    if (!lt) {
      $('last-move').textContent = 'Nothing yet: the first turn has not been played.';
    } else {
      $('last-move').textContent = 'Turn ' + lt.number + ' (' + niceDate(lt.from) + ' to ' + niceDate(lt.to) + '). Your move: '
        + lt.your_move + '.';
      if (!lt.events.length) list.append(el('li', {}, 'Nothing happened in those days.'));
      lt.events.forEach(e => list.append(eventItem(e)));
    }
    const recent = clear($('recent'));
    if (!view.recent.length) recent.append(el('li', {}, 'No events yet.'));
    view.recent.forEach(e => recent.append(eventItem(e)));
  }

  /** While a turn is open the move comes first; between turns, what happened does. */
  function order() {
    const last = $('last'), grid = $('columns');
    const inPlace = view.phase === 'open' ? last.previousElementSibling === grid : grid.previousElementSibling === last;
    if (inPlace) return;
    if (view.phase === 'open') grid.after(last); else grid.before(last);
  }

  function render() {
    order();
    $('choose').classList.toggle('hidden', view.phase === 'ended');
    $('who').textContent = 'You are ' + view.name;
    document.title = view.name + ' — Entente crisis game';
    $('date').textContent = 'Week of ' + niceDate(view.date);
    $('turn').textContent = view.turn ? 'Turn ' + view.turn : 'Before the first turn';
    if (view.turn !== renderedTurn) { say($('status'), ''); renderForm(); }
    renderPhase();
    renderChoiceState();
    renderSituation();
    renderEvents();
    deadlineAt = view.phase === 'open' ? Date.now() + view.remaining_ms : 0;
  }

  function tickTimer() {
    const t = $('timer');
    if (!view || view.phase !== 'open') { t.textContent = ''; return; }
    const left = view.paused ? view.remaining_ms : deadlineAt - Date.now();
    t.textContent = (view.paused ? 'paused ' : '') + clock(left) + ' left';
    t.classList.toggle('low', left < 30000);
    for (const mark of [60000, 10000]) {
      const key = view.turn + ':' + mark;
      if (!view.paused && left <= mark && left > mark - 2000 && !announced[key]) {
        announced[key] = true;
        $('phase').textContent = 'Turn ' + view.turn + ': ' + (mark / 1000) + ' seconds left!';
      }
    }
  }

  async function refresh() {
    try {
      view = await Api.get('/api/team', me.token);
    } catch (e) {
      if (e.status === 401) {
        localStorage.removeItem('entente-team');
        clear($('phase')).append(e.message + ' ', el('a', { href: 'index.html', text: 'Join again' }));
        throw new Error('Not joined.');
      }
      throw e;
    }
    render();
  }

  $('menu').addEventListener('change', () => { showTextBoxes(); saveDraft(); });
  $('form').addEventListener('input', saveDraft);
  $('form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const picked = document.querySelector('input[name=option]:checked');
    if (!picked) { say($('status'), 'Choose one of the moves first.', 'error'); return; }
    const body = { turn: view.turn, option: picked.value, text: currentText(),
      targets: picked.value === 'statement' ? [...document.querySelectorAll('input[name=names]:checked')].map(b => b.value) : [] };
    try {
      const r = await Api.post('/api/team/choice', body, me.token);
      say($('status'), (r.status === 'unchanged' ? 'Already recorded: ' : 'Recorded: ') + label(r.choice.option)
        + '. You can change it until the turn closes.', 'ok');
      await refresh();
    } catch (e) {
      say($('status'), e.message, 'error');
    }
  });
  poll(refresh, 1500, $('offline'));
  setInterval(tickTimer, 250);
})();
