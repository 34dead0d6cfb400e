// The teacher's page: who has joined and chosen, the clock, the turn controls, event
// injection, the map and live charts. The teacher's token comes in the link's #fragment; it
// is moved to this tab's storage and taken off the address bar, so a projector never shows it.
'use strict';

(function () {
  if (location.hash.length > 1) {
    sessionStorage.setItem('entente-teacher', location.hash.slice(1));
    history.replaceState(null, '', location.pathname);
  }
  const token = sessionStorage.getItem('entente-teacher');
  const $ = id => document.getElementById(id);
  if (!token) {
    $('phase').textContent = 'This page needs the teacher\'s link that the classroom command printed.';
    return;
  }
  let view = null, setup = null, outline = null, deadlineAt = 0, shownVersion = -1;

  async function control(path, body) {
    try {
      view = await Api.post('/api/teacher/' + path, body, token);
      say($('status'), '');
      render();
    } catch (e) {
      say($('status'), e.message, 'error');
    }
  }

  function renderTeams() {
    const list = clear($('teams'));
    for (const t of view.teams) {
      const release = el('button', { class: 'secondary', type: 'button', 'aria-label': 'Release ' + t.name + ' so it can join again' }, 'Release');
      release.addEventListener('click', () => {
        if (confirm('Release ' + t.name + '? Its device loses access and the team can join again with the code.')) control('release', { actor: t.actor });
      });
      list.append(el('li', {},
        el('strong', { text: t.name + ' (' + t.actor + ')' }),
        el('span', {},
          el('span', { class: 'pill ' + (t.joined ? 'yes' : 'no') }, t.joined ? (t.online ? '✓ online' : '✓ joined') : '✗ not joined'), ' ',
          el('span', { class: 'pill ' + (t.chosen ? 'yes' : 'no') }, view.phase === 'open' ? (t.chosen ? '✓ chosen' : '… choosing') : '—'), ' ',
          release)));
    }
  }

  function renderControls() {
    const p = view.phase;
    $('open').disabled = p === 'open' || p === 'ended' || view.period_over;
    $('close').disabled = p !== 'open';
    $('pause').disabled = p !== 'open';
    $('pause').textContent = view.paused ? 'Resume clock' : 'Pause clock';
    $('end').disabled = p === 'ended';
    $('open').textContent = 'Open turn ' + (view.turn + 1);
    const chosen = view.teams.filter(t => t.chosen).length;
    $('phase').textContent = {
      lobby: 'Teams are joining. Open the first turn when they are ready.',
      open: 'Turn ' + view.turn + ' is open: ' + chosen + ' of ' + view.teams.length + ' teams have chosen.' + (view.paused ? ' The clock is paused.' : ''),
      results: 'Turn ' + view.turn + ' is played. ' + (view.period_over ? 'The scenario is over: end the game for the debrief.' : 'Discuss, then open the next turn.'),
      ended: 'The game is over.'
    }[p];
    const deb = $('debrief');
    deb.classList.toggle('hidden', view.debrief_status === 'none');
    clear(deb);
    if (view.debrief) deb.append('Debrief ready: ', el('a', { href: view.debrief, target: '_blank', text: 'open the debrief report' }));
    else if (view.debrief_status === 'running') deb.append('Preparing the debrief (counterfactual runs)…');
    else if (view.debrief_status === 'failed') deb.append('The debrief failed; see the server\'s console.');
  }

  function renderCharts() {
    const s = view.series;
    const total = Math.round((Date.parse(view.end) - Date.parse(view.start)) / 86400000) + 1;
    const cohesion = [];
    if (s.cohesion_trilateral) cohesion.push({ name: 'trilateral', values: s.cohesion_trilateral });
    if (s.cohesion_counter) cohesion.push({ name: 'counter-bloc', values: s.cohesion_counter });
    lineChart($('cohesion'), { title: 'Alliance cohesion', lines: cohesion, start: view.start, total, turnDays: view.turn_days, yMin: 0, yMax: 1 });
    const esc = Object.entries(s.escalation).map(([a, v]) => ({ name: a, values: v }));
    lineChart($('escalation'), { title: 'Escalation by state (0–10)', lines: esc, start: view.start, total, turnDays: view.turn_days, yMin: 0, yMax: 4 });
    regionMap($('map'), outline, view.actors, view.alignment);
  }

  function renderLog() {
    const moves = clear($('moves'));
    for (const t of [...view.turns].reverse()) {
      for (const m of t.moves) {
        moves.append(el('li', { class: m.stand_in ? 'decision' : 'team' },
          el('span', { class: 'tag', text: 'turn ' + t.number }), el('strong', { text: m.actor + ': ' }), m.move));
      }
    }
    if (!view.turns.length) moves.append(el('li', {}, 'No turn played yet.'));
    const recent = clear($('recent'));
    view.recent.slice(0, 12).forEach(e => recent.append(eventItem(e)));
    if (!view.recent.length) recent.append(el('li', {}, 'No events yet.'));
  }

  function render() {
    $('title').textContent = view.title;
    $('date').textContent = 'Week of ' + niceDate(view.date);
    $('turn').textContent = view.turn ? 'Turn ' + view.turn : 'Lobby';
    $('join-url').textContent = view.join_url;
    $('join-code').textContent = view.join_code;
    deadlineAt = Date.now() + view.remaining_ms;
    renderTeams();
    renderControls();
    if (view.version !== shownVersion) {
      renderCharts();
      renderLog();
      shownVersion = view.version;
    }
  }

  function tickTimer() {
    const t = $('timer');
    if (!view || view.phase !== 'open') { t.textContent = ''; return; }
    const left = view.paused ? view.remaining_ms : deadlineAt - Date.now();
    t.textContent = (view.paused ? 'paused ' : '') + clock(left);
    t.classList.toggle('low', left < 30000);
  }

  function fillInjectForm() {
    const type = $('type'), sub = $('subtype'), pick = $('pick');
    setup.types.forEach(tp => type.append(el('option', { value: tp, text: tp })));
    setup.missile_classes.forEach(c => sub.append(el('option', { value: c, text: c })));
    setup.quick_picks.forEach((p, k) => pick.append(el('option', { value: k, text: p.label })));
    for (const [box, name] of [[$('inject-actors'), 'actors'], [$('inject-targets'), 'targets']]) {
      for (const a of setup.actors) {
        const id = name + '-' + a.id;
        box.append(el('label', { for: id }, el('input', { type: 'checkbox', name, id, value: a.id }), a.id));
      }
    }
    const kindFields = () => {
      sub.disabled = type.value !== 'MISSILE_TEST';
      $('overflight').disabled = type.value !== 'MISSILE_TEST';
      $('level').disabled = type.value !== 'DEFENSE_SPENDING';
    };
    type.addEventListener('change', kindFields);
    pick.addEventListener('change', () => {
      const p = setup.quick_picks[pick.value];
      if (!p) return;
      type.value = p.type;
      if (p.subtype) sub.value = p.subtype;
      $('overflight').checked = p.overflight;
      document.querySelectorAll('input[name=actors]').forEach(b => { b.checked = p.actors.includes(b.value); });
      document.querySelectorAll('input[name=targets]').forEach(b => { b.checked = p.targets.includes(b.value); });
      $('note').value = p.label;
      kindFields();
    });
    kindFields();
    $('inject').addEventListener('submit', async ev => {
      ev.preventDefault();
      const ticked = name => [...document.querySelectorAll('input[name=' + name + ']:checked')].map(b => b.value);
      const body = { type: type.value, subtype: type.value === 'MISSILE_TEST' ? sub.value : null, overflight: $('overflight').checked,
        actors: ticked('actors'), targets: ticked('targets'), intensity: Number($('intensity').value),
        level: type.value === 'DEFENSE_SPENDING' ? Number($('level').value) : null, note: $('note').value };
      try {
        view = await Api.post('/api/teacher/inject', body, token);
        say($('inject-status'), 'Injected: it fires on ' + niceDate(view.date) + ', after the states\' moves.', 'ok');
        render();
      } catch (e) {
        say($('inject-status'), e.message, 'error');
      }
    });
  }

  $('open').addEventListener('click', () => control('open', { seconds: Number($('seconds').value) }));
  $('close').addEventListener('click', () => control('close'));
  $('pause').addEventListener('click', () => control(view && view.paused ? 'resume' : 'pause'));
  $('end').addEventListener('click', () => {
    if (confirm('End the game? An open turn is played out first; then the debrief is prepared.')) control('end');
  });

  (async function init() {
    try {
      setup = await Api.get('/api/teacher/setup', token);
      outline = await Api.get('/api/map');
      fillInjectForm();
    } catch (e) {
      $('phase').textContent = e.message;
      return;
    }
    poll(async () => { view = await Api.get('/api/teacher', token); render(); }, 1000, $('offline'));
    setInterval(tickTimer, 250);
  })();
})();
