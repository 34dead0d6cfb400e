// The start page: join a team with the code; a device that joined before goes straight back.
'use strict';

(async function () {
  const status = document.getElementById('status');
  const saved = JSON.parse(localStorage.getItem('entente-team') || 'null');
  let info;
  try {
    info = await Api.get('/api/info');
  } catch (e) {
    say(status, e.message, 'error');
    return;
  }
  document.getElementById('title').textContent = info.title;
  document.getElementById('description').textContent = info.description;
  const box = document.getElementById('teams');
  for (const t of info.teams) {
    const input = el('input', { type: 'radio', name: 'actor', value: t.actor, id: 'team-' + t.actor });
    box.append(el('label', { for: 'team-' + t.actor }, input,
      el('span', {}, el('strong', { text: t.name }), ' (' + t.actor + ')' + (t.joined ? ' — joined already' : ''))));
  }
  if (saved && info.teams.some(t => t.actor === saved.actor)) {
    const banner = document.getElementById('resume');
    banner.append('You joined as ' + saved.actor + ' on this device. ', el('a', { href: 'team.html', text: 'Go back to your team' }));
    banner.classList.remove('hidden');
  }
  document.getElementById('join').addEventListener('submit', async ev => {
    ev.preventDefault();
    const code = document.getElementById('code').value.trim();
    const choice = document.querySelector('input[name=actor]:checked');
    if (!code) { say(status, 'Type the join code first.', 'error'); return; }
    if (!choice) { say(status, 'Choose the state your team plays.', 'error'); return; }
    try {
      const token = saved && saved.actor === choice.value ? saved.token : undefined;
      const r = await Api.post('/api/join', { code, actor: choice.value, token });
      localStorage.setItem('entente-team', JSON.stringify({ actor: r.actor, token: r.token }));
      location.href = 'team.html';
    } catch (e) {
      say(status, e.message, 'error');
    }
  });
})();
