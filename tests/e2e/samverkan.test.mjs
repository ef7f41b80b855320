// Samverkan: two municipalities' plans, imported as files, with the same need under different
// words; the view groups them with the reason, and confirm/dismiss are kept across a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useApp, withApp, REPO_ROOT, expectSaved, expectNoAxeViolations, expectPoll, expectCount, eventually } from './harness.mjs';
import { plain } from './keyboard.mjs';
import { EXAMPLE } from './example.mjs';

const app = useApp();
const FILE_LABEL = 'Planfil (JSON, högst 10 MB)';
const TEMPLATE = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'e2e', 'valid-plan.json'), 'utf8'));

/** A plan file of `organisation` holding initiatives given as [id, title, problem]. */
function planFile(id, organisation, initiatives) {
  const file = structuredClone(TEMPLATE);
  const base = file.plan.initiatives[0];
  file.plan.id = id;
  file.plan.name = `Handlingsplan ${organisation}`;
  file.plan.organisation = { name: organisation, kind: 'kommun' };
  file.plan.activities = [];
  file.plan.initiatives = initiatives.map(([iid, title, problem]) => ({
    ...structuredClone(base),
    id: iid,
    title,
    need: { problem, target_groups: ['medarbetare'], verified: true },
  }));
  return { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file), 'utf8') };
}

const VASTERAS = planFile('vasteras', 'Västerås stad', [
  ['v1', 'Införa e-arkiv', 'Allmänna handlingar som ska bevaras lagras i system som ska avvecklas. Utan e-arkiv förlorar vi handlingar.'],
  ['v2', 'Wifi på skolor', 'Elever och lärare har svag täckning i klassrummen.'],
]);
const KOPING = planFile('koping', 'Köpings kommun', [
  ['k1', 'E-arkivet – gemensam lösning för slutarkivering', 'Digitala handlingar kan inte bevaras långsiktigt och går förlorade när system byts.'],
  ['k2', 'Digitala lås i hemtjänsten', 'Hemtjänstpersonalen hanterar hundratals fysiska nycklar.'],
]);

async function importPlan(page, file) {
  await page.getByRole('link', { name: 'Planer', exact: true }).click();
  await page.getByLabel(FILE_LABEL).setInputFiles(file);
  await page.getByRole('heading', { level: 1, name: 'Importera planen?' }).waitFor();
  await page.getByRole('button', { name: 'Importera' }).click();
  await page.getByRole('heading', { level: 1, name: JSON.parse(file.buffer.toString()).plan.name }).waitFor();
  await expectSaved(page);
}

const groupTable = (page) => page.getByRole('table', { name: /^Grupp 1 – / });
const rowTexts = async (table) =>
  Promise.all((await table.getByRole('row').all()).slice(1).map(async (r) => (await r.getByRole('cell').allInnerTexts()).map(plain).concat(plain(await r.getByRole('rowheader').innerText()))));

test('two plans with the same need in other words are grouped with the reason, and the choice is kept', () =>
  withApp(app, '', async (page) => {
    await importPlan(page, VASTERAS);
    await importPlan(page, KOPING);
    await page.getByRole('link', { name: 'Samverkan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samverkan' }).waitFor();
    // Only the two imported plans: the example plan is left out.
    await page.getByRole('checkbox', { name: new RegExp(`^${EXAMPLE}`) }).uncheck();
    await page.getByText('1 grupp med 1 matchning.').waitFor();

    const table = groupTable(page);
    await eventually(async () => {
      const rows = await rowTexts(table);
      assert.deepEqual(rows.map((r) => [r[0], r.at(-1)]), [
        ['Västerås stad', 'Införa e-arkiv'],
        ['Köpings kommun', 'E-arkivet – gemensam lösning för slutarkivering'],
      ]);
    });
    const pair = page.getByRole('listitem').filter({ hasText: 'Införa e-arkiv (Västerås stad) och' });
    await pair.getByText(/^Gemensamma ord: e-arkiv, handlingar, .*\(orden finns i båda titlarna\)$/).waitFor();
    await pair.getByText('Samma målgrupp: Medarbetare').waitFor();
    await pair.getByText(/^Likhet \d+ av 100 \((stark|trolig)\)$/).waitFor();
    // Same word, other need: the schools' wifi and the home care locks stand alone.
    await expectCount(page.getByRole('rowheader', { name: 'Wifi på skolor' }), 0);
    await expectNoAxeViolations(page, 'samverkan with a group');

    // Dismissed: the group goes, the pair is listed apart, and that survives a reload.
    await pair.getByRole('button', { name: 'Avfärda' }).click();
    await page.getByRole('status').filter({ hasText: 'Avfärdade förslaget' }).waitFor();
    await page.getByText('Inga överlappande initiativ hittades i de valda planerna.').waitFor();
    const dismissed = page.getByRole('region', { name: 'Avfärdade förslag' });
    await dismissed.getByRole('button', { name: 'Ta tillbaka' }).waitFor();
    await expectNoAxeViolations(page, 'samverkan with a dismissed match');
    await expectPoll(() => page.evaluate(() => Object.values(JSON.parse(localStorage.getItem('beredning.samverkan')))), ['dismissed']);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Samverkan' }).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(`^${EXAMPLE}`) }).uncheck();
    await page.getByRole('region', { name: 'Avfärdade förslag' }).getByRole('button', { name: 'Ta tillbaka' }).click();
    await page.getByText('1 grupp med 1 matchning.').waitFor();

    // Confirmed: marked as the user's own verdict, kept, and can be taken back.
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByText('Bekräftad av dig').waitFor();
    await expectPoll(() => page.evaluate(() => Object.values(JSON.parse(localStorage.getItem('beredning.samverkan')))), ['confirmed']);
    await page.getByRole('button', { name: 'Ångra valet' }).click();
    await page.getByRole('button', { name: 'Bekräfta' }).waitFor();
    await expectPoll(() => page.evaluate(() => localStorage.getItem('beredning.samverkan')), '{}');
  }));

test('with fewer than two plans chosen the view says what to do', () =>
  withApp(app, '#/samverkan', async (page) => {
    await page.getByRole('heading', { level: 1, name: 'Samverkan' }).waitFor();
    await page.getByText('Välj minst två planer för att se vilka initiativ som överlappar.').waitFor();
    await expectNoAxeViolations(page, 'samverkan with one plan');
  }));
