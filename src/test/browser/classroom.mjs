// End-to-end test of the classroom game in headless Chromium (driven by ClassroomBrowserTest):
// one teacher page and three team pages join and play five turns; in turn 3 North Korea's team
// lets the deadline pass (its agent stands in), in turn 2 South Korea's page reloads mid-turn
// and comes back where it was; the teacher injects an event and ends the game; the debrief
// report opens. Screenshots at 1280x720 and at phone size go to SHOTS when it is set.
// Usage: node classroom.mjs BASE_URL TEACHER_TOKEN JOIN_CODE CHROMIUM
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base, teacherToken, joinCode, executablePath] = process.argv.slice(2);
const shots = process.env.SHOTS;
const results = [];
let failed = 0;

function check(name, ok, detail) {
  results.push((ok ? 'ok   ' : 'FAIL ') + name + (ok || !detail ? '' : ': ' + detail));
  if (!ok) failed++;
}

async function shot(page, name) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
}

// headless Chromium now and then hangs: the whole test has a hard limit
const watchdog = setTimeout(() => { console.error('browser test: no end after 240 s, giving up'); process.exit(3); }, 240_000);

const browser = await chromium.launch({
  executablePath, headless: true, timeout: 60_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run']
});
try {
  if (shots) mkdirSync(shots, { recursive: true });
  const consoleErrors = [];
  const watch = page => page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });

  const teacherCtx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const teacher = await teacherCtx.newPage();
  watch(teacher);
  teacher.on('dialog', d => d.accept());
  await teacher.goto(`${base}teacher.html#${teacherToken}`);
  await teacher.getByText('Teams are joining').waitFor();
  check('the teacher link leaves no token in the address bar', !teacher.url().includes(teacherToken), teacher.url());

  const teams = {};
  for (const [actor, size] of [['USA', { width: 1280, height: 720 }], ['KOR', { width: 390, height: 844 }], ['PRK', { width: 1280, height: 720 }]]) {
    const ctx = await browser.newContext({ viewport: size });
    const page = await ctx.newPage();
    watch(page);
    await page.goto(base);
    await page.getByLabel('Join code').fill(joinCode.toLowerCase());
    await page.locator(`label[for=team-${actor}]`).click();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL('**/team.html');
    await page.getByText('Waiting for the teacher to open the first turn').waitFor();
    teams[actor] = page;
  }
  await teacher.getByText('3 of 3').or(teacher.getByText('✓ online').nth(2)).first().waitFor();
  check('the teacher sees three teams joined', await teacher.getByText(/✓ (online|joined)/).count() === 3);
  await shot(teacher, 'teacher-lobby-1280x720');

  async function openTurn(n, seconds) {
    await teacher.getByLabel('Seconds').fill(String(seconds));
    await teacher.getByRole('button', { name: `Open turn ${n}` }).click();
    for (const page of Object.values(teams)) await page.getByText(`Turn ${n} is open`).waitFor();
  }

  async function choose(actor, optionLabel, text) {
    const page = teams[actor];
    await page.getByLabel(optionLabel, { exact: false }).first().check();
    if (text !== undefined) {
      const box = optionLabel.startsWith('Make a public statement') ? page.getByLabel('Your public statement') : page.getByLabel('Your reasons');
      await box.fill(text);
    }
    await page.getByRole('button', { name: 'Send our choice' }).click();
    await page.getByText(/^✓?\s*(Recorded|Already recorded)/).or(page.locator('.status.ok')).first().waitFor();
  }

  async function closeTurn(n) {
    await teacher.getByRole('button', { name: 'Close turn now' }).click();
    for (const page of Object.values(teams)) await page.getByText(`Turn ${n} is over`).waitFor();
  }

  // turn 1: everyone chooses
  await openTurn(1, 120);
  await choose('USA', 'Military exercise with South Korea', 'deter the next launch');
  await choose('KOR', 'Make a public statement', 'We call on Pyongyang to stop its launches.');
  await choose('PRK', 'Missile test (SRBM)');
  await teacher.getByText('3 of 3 teams have chosen').waitFor();
  await shot(teacher, 'teacher-turn-1280x720');
  await shot(teams.KOR, 'team-KOR-phone-390x844');
  await shot(teams.USA, 'team-USA-1280x720');
  await closeTurn(1);

  // turn 2: South Korea picks, reloads mid-turn, and finds its choice again
  await openTurn(2, 120);
  await choose('KOR', 'Summit with Japan', 'Tokyo first');
  await teams.KOR.reload();
  await teams.KOR.getByText('Turn 2 is open').waitFor();
  check('after a reload the team finds its choice', await teams.KOR.getByLabel('Summit with Japan').isChecked());
  check('after a reload the team sees it is recorded', await teams.KOR.getByText('Your choice is in').count() === 1);
  await choose('KOR', 'Military exercise with United States');
  await choose('USA', 'Sanctions');
  await choose('PRK', 'Do nothing this week');
  await closeTurn(2);
  check('the revised choice counted', (await teams.KOR.locator('#last-move').textContent()).includes('Military exercise with United States'));

  // turn 3: North Korea's team lets the deadline pass; its agent stands in
  await openTurn(3, 10);
  await choose('USA', 'Military exercise with Japan and South Korea');
  await choose('KOR', 'Do nothing this week');
  for (const page of Object.values(teams)) await page.getByText('Turn 3 is over').waitFor({ timeout: 30_000 });
  check('the late team gets the agent stand-in', (await teams.PRK.locator('#last-move').textContent()).includes('agent stand-in'));
  await shot(teams.PRK, 'team-PRK-results-1280x720');

  // turn 4: the teacher injects an event while the teams choose
  await openTurn(4, 120);
  await teacher.getByText('Inject an event').click();
  await teacher.getByLabel('Quick pick').selectOption({ index: 1 });
  await teacher.getByRole('button', { name: 'Inject now' }).click();
  await teacher.getByText('Injected: it fires on').waitFor();
  await choose('USA', 'Do nothing this week');
  await choose('KOR', 'Summit with Japan');
  await choose('PRK', 'Missile test (ICBM)', 'answer the drills');
  await closeTurn(4);

  // turn 5: the game ends with the turn open; it is played out first
  await openTurn(5, 120);
  await choose('PRK', 'Suspend exercises and offer talks');
  await teacher.getByRole('button', { name: 'End game' }).click();
  await teacher.getByText('The game is over.').waitFor();
  const link = teacher.getByRole('link', { name: 'open the debrief report' });
  await link.waitFor({ timeout: 120_000 });
  await shot(teacher, 'teacher-ended-1280x720');
  for (const page of Object.values(teams)) await page.getByRole('link', { name: 'open the debrief report' }).waitFor();
  const debrief = await teacherCtx.newPage();
  watch(debrief);
  await debrief.goto(`${base}debrief.html`);
  await debrief.getByRole('heading', { name: 'Which team decisions changed the outcome most' }).waitFor();
  check('the debrief report shows the replay check', (await debrief.content()).includes('checked: a headless replay gives'));
  await shot(debrief, 'debrief-1280x720');
  check('no errors on the browser consoles', consoleErrors.length === 0, consoleErrors.join(' | '));
} catch (e) {
  check('the game plays through in the browser', false, e.message.split('\n')[0]);
} finally {
  await browser.close().catch(() => {});
  clearTimeout(watchdog);
}
for (const r of results) console.log(r);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
