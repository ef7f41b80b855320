// Working across organisations: a joint initiative split per inhabitant, checked against figures
// computed by hand (docs/domain.md §7.2); a proposal made in one browser profile and added to a
// plan in another; hostile links refused with a message and nothing changed; a small plan shared
// as a link. axe on every new page, form and table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { useApp, openApp, gotoApp, withApp, expectNoAxeViolations, expectPoll, eventually, storage, assertNoPageErrors } from './harness.mjs';
import { EXAMPLE, LIBRARY } from './example.mjs';
import { plain } from './keyboard.mjs';

const app = useApp();
const NBSP = /\u00a0/g;

const base64url = (buf) => buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The cells of the split table's rows (name first), with the thousands spaces as plain spaces. */
async function splitRows(page) {
  const table = page.getByRole('table', { name: 'Fördelning per organisation' });
  await table.waitFor();
  return table.locator('tr').evaluateAll((rows) =>
    rows.slice(1).map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent.replace(/\u00a0/g, ' ').trim())),
  );
}

test('joint initiative: a per-inhabitant split shows each share, adding up exactly', () =>
  withApp(app, '#/', async (page) => {
    // A second plan to take a share into.
    await page.getByRole('button', { name: `Duplicera ${EXAMPLE}` }).click();
    await page.getByRole('link', { name: `${EXAMPLE} (kopia)` }).waitFor();
    await gotoApp(page, '#/plan/exempelplan');
    await page.getByRole('link', { name: LIBRARY }).click();
    await page.getByRole('heading', { level: 1, name: LIBRARY }).waitFor();
    const hash = new URL(page.url()).hash.replace(/\/(behov|analys|prioritering|beslut)$/, '');
    await gotoApp(page, `${hash}/analys`);
    const section = page.locator('#analysis-joint');
    await section.getByLabel('Samverkansinitiativ: flera organisationer deltar').check();
    await section.getByRole('radio', { name: 'Per invånare' }).check();
    for (const [name, population] of [['Västerås', '156 000'], ['Köping', '26 000'], ['Sala', '23 000']]) {
      await section.getByLabel('Ny organisation').fill(name);
      await section.getByRole('button', { name: 'Lägg till organisation' }).click();
      await section.getByLabel(`Invånare i ${name}`).fill(population);
      await section.getByLabel(`Källa för invånarantalet i ${name}`).fill('SCB, folkmängd 31 december');
    }
    // Investment 1 200 000 + 300 000 kr, running cost 150 000 kr a year, 2 000 freed hours a
    // year; 156/205, 26/205 and 23/205 of each, by largest remainder (docs/domain.md §7.2):
    //   1 500 000 → 1 141 463,41 / 190 243,90 / 168 292,68: Köping and Sala get the 2 kr left;
    //   150 000 → 114 146,34 / 19 024,39 / 16 829,27: Köping gets the krona left;
    //   2 000 h → 1 521,95 / 253,66 / 224,39: Västerås and Köping get the 2 h left.
    await expectPoll(async () => (await splitRows(page)).map((r) => r.slice(0, 5)), [
      ['Västerås', '76,1 %', '1 141 463', '114 146', '1 522'],
      ['Köping', '12,68 %', '190 244', '19 025', '254'],
      ['Sala', '11,22 %', '168 293', '16 829', '224'],
      ['Summa', '100 %', '1 500 000', '150 000', '2 000'],
    ], 'each organisation\'s share of investment, running cost and freed hours');
    const rows = await splitRows(page);
    const npv = rows.map((r) => Number(r[5].replace(/ /g, '').replace('−', '-')));
    assert.equal(npv[0] + npv[1] + npv[2], npv[3], 'the NPV shares add up exactly to the total');
    for (const [i, pop] of [[0, 156], [1, 26], [2, 23]]) {
      assert.ok(Math.abs(npv[i] - (npv[3] * pop) / 205) < 1, `NPV share ${i} within 1 kr of its exact value`);
    }
    await expectNoAxeViolations(page, 'joint initiative', { include: [['#analysis-joint']] });
    // Köping takes its share into the other plan, linked back to the joint initiative.
    await section.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Köping' });
    await section.getByLabel('Till planen').selectOption({ label: `${EXAMPLE} (kopia)` });
    await section.getByRole('button', { name: 'Ta in andelen' }).click();
    const shareTitle = `${LIBRARY} – andel för Köping`;
    await section.getByText(`Lade till ${shareTitle}.`).waitFor();
    await section.getByRole('button', { name: 'Ångra' }).waitFor();
    await expectNoAxeViolations(page, 'share taken in', { include: [['#analysis-joint']] });
    // Own percentages that do not add up to 100 are refused with the sum.
    await section.getByRole('radio', { name: 'Egna procentandelar' }).check();
    await section.getByLabel('Andel för Västerås (%)').fill('50');
    await section.getByLabel('Andel för Köping (%)').fill('30');
    await section.getByLabel('Andel för Sala (%)').fill('10');
    await section.getByText('De egna procentandelarna blir tillsammans 90 %, men de måste bli 100 %.').waitFor();
    // The share in the other plan says whose share it is; its investment is Köping's part.
    await section.getByRole('link', { name: 'Öppna det nya initiativet' }).click();
    await page.getByRole('heading', { level: 1, name: shareTitle }).waitFor();
    const shareHash = new URL(page.url()).hash.replace(/\/(behov|analys|prioritering|beslut)$/, '');
    await gotoApp(page, `${shareHash}/analys`);
    await page.getByText('Det här initiativet är andelen för Köping (12,68 %) av ett samverkansinitiativ.').waitFor();
    await page.getByRole('link', { name: 'Öppna samverkansinitiativet' }).waitFor();
  }));

test('proposal: made in one browser profile, opened by link in another, added to a plan in the Behov stage', async () => {
  const title = 'E-arkiv för <script>alert("x")</script> socialtjänsten';
  const sender = await openApp(app, '#/');
  let link;
  try {
    await sender.getByRole('link', { name: 'Lämna ett förslag' }).click();
    await sender.getByRole('heading', { level: 1, name: 'Lämna ett förslag' }).waitFor();
    // Without a title nothing is sent; the message is tied to the field.
    await sender.getByRole('button', { name: 'Kopiera länk' }).click();
    const titleField = sender.getByLabel('Titel', { exact: true });
    await expectPoll(() => titleField.getAttribute('aria-invalid'), 'true', 'the title is marked invalid');
    await expectNoAxeViolations(sender, 'proposal form with an error');
    await titleField.fill(title);
    await sender.getByLabel('Problem och behov').fill('Pappersakter tar plats och tid.');
    await sender.getByLabel('Förvaltning eller verksamhet som föreslår').fill('Socialförvaltningen');
    await sender.getByRole('button', { name: 'Kopiera länk' }).click();
    const field = sender.getByLabel('Länk till förslaget');
    await field.waitFor();
    link = await field.inputValue();
    assert.match(link, /#\/forslag\/oppna\/[A-Za-z0-9_-]+$/);
    assert.ok(link.length <= 8000);
    await expectNoAxeViolations(sender, 'proposal form with its link');
    assertNoPageErrors(sender);
  } finally {
    await sender.context().close();
  }
  // Another profile: its own storage, where the example plan is the only plan.
  const receiver = await openApp(app, '#/');
  try {
    await receiver.goto(link);
    await receiver.getByRole('heading', { level: 1, name: 'Förslag att lägga till' }).waitFor();
    const preview = receiver.getByRole('table', { name: 'Förslagets uppgifter' });
    // The script is shown as the text it is, and never run.
    await expectPoll(() => preview.locator('td').first().textContent(), title, 'the title as literal text');
    assert.equal(await receiver.locator('main script').count(), 0);
    await expectNoAxeViolations(receiver, 'proposal preview');
    await receiver.getByLabel('Plan', { exact: true }).selectOption({ label: EXAMPLE });
    await receiver.getByRole('button', { name: 'Lägg till i plan' }).click();
    await receiver.getByText(`Lade till ${title} i planen ${EXAMPLE}.`).waitFor();
    await receiver.getByRole('button', { name: 'Ångra' }).waitFor();
    await expectNoAxeViolations(receiver, 'proposal added');
    await gotoApp(receiver, '#/plan/exempelplan');
    const row = receiver.getByRole('table', { name: 'Initiativ' }).getByRole('row').filter({ hasText: 'socialtjänsten' });
    await expectPoll(async () => (await row.locator('th, td').allInnerTexts()).slice(0, 2).map(plain), [title, 'Behov'], 'the proposal in the plan\'s list, in the Behov stage');
    assertNoPageErrors(receiver);
  } finally {
    await receiver.context().close();
  }
});

test('proposal file: chosen on the plan list like a plan file, previewed and added', () =>
  withApp(app, '#/', async (page) => {
    const file = {
      format: 'beredning-forslag',
      format_version: 1,
      app_version: '0.1.0',
      proposal: { title: 'Wifi i äldreboenden', need: { proposing_unit: 'Vård och omsorg', target_groups: ['medarbetare'] } },
    };
    await page.getByLabel('Planfil (JSON, högst 10 MB)').setInputFiles({
      name: 'forslag.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file), 'utf8'),
    });
    await page.getByRole('heading', { level: 1, name: 'Förslag att lägga till' }).waitFor();
    const preview = page.getByRole('table', { name: 'Förslagets uppgifter' });
    await expectPoll(() => preview.locator('td').first().textContent(), 'Wifi i äldreboenden', 'the proposal\'s title');
    await expectNoAxeViolations(page, 'proposal file preview');
    await page.getByRole('button', { name: 'Lägg till i plan' }).click();
    await page.getByText(`Lade till Wifi i äldreboenden i planen ${EXAMPLE}.`).waitFor();
  }));

test('hostile links: not base64, bad compression, a decompression bomb, script instead of JSON — refused, nothing changed', () =>
  withApp(app, '#/', async (page) => {
    const before = await storage(page);
    const bomb = base64url(deflateRawSync(Buffer.alloc(2_000_000, 32)));
    const script = base64url(deflateRawSync(Buffer.from('<script>alert(1)</script>')));
    const cases = [
      ['%%%<script>', 'tecken som inte kan finnas'],
      [base64url(Buffer.from('not deflate at all, just bytes')), 'går inte att packa upp'],
      [bomb, 'större än 1 000 000 byte'],
      [script, 'JSON'],
    ];
    for (const [data, words] of cases) {
      await gotoApp(page, `#/forslag/oppna/${data}`);
      await page.getByRole('heading', { level: 1, name: 'Förslaget kunde inte öppnas' }).waitFor();
      const alert = page.getByRole('alert').filter({ hasText: 'Ingenting har ändrats' });
      await expectPoll(async () => (await alert.innerText()).replace(NBSP, ' ').includes(words), true, `the message says why (${words})`);
    }
    await expectNoAxeViolations(page, 'refused link');
    assert.deepEqual(await storage(page), before, 'nothing stored changed');
  }));

test('share view: a small plan as a link opens in another profile on the import page', async () => {
  // A new plan: the example, with seed 002's complete bilagor and its 2018–2019 version, is
  // longer than a link may be (tests/core_link.rs) and travels as a file.
  const sender = await openApp(app, '#/');
  let link;
  try {
    await sender.getByLabel('Planens namn').fill('Liten plan att dela');
    await sender.getByRole('button', { name: 'Skapa plan' }).click();
    await sender.getByRole('heading', { level: 1, name: 'Liten plan att dela' }).waitFor();
    const planUrl = await eventually(async () => {
      const url = sender.url();
      assert.match(url, /#\/plan\/[^/]+$/);
      return url;
    });
    await sender.goto(`${planUrl}/dela`);
    await sender.getByRole('button', { name: 'Dela som länk' }).click();
    const field = sender.getByLabel('Länk till planen');
    await field.waitFor();
    link = await field.inputValue();
    assert.match(link, /#\/oppna\/[A-Za-z0-9_-]+$/);
    await expectNoAxeViolations(sender, 'share as link');
  } finally {
    await sender.context().close();
  }
  const receiver = await openApp(app, '#/');
  try {
    await receiver.goto(link);
    await receiver.getByRole('heading', { level: 1, name: 'Importera planen?' }).waitFor();
  } finally {
    await receiver.context().close();
  }
});
