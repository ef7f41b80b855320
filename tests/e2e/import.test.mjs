// Importing a plan file from the plan list: refused files name the place and change nothing,
// a dropped file is previewed and imported as a new plan, text from a file stays text, and a
// plan survives the round trip into a fresh browser.
//
// Fixtures (tests/fixtures/e2e/): valid-plan.json is a two-initiative plan; the others are it
// broken in one way each (see the test cases below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  useApp, withApp, gotoApp, expectSaved, expectNoAxeViolations, REPO_ROOT,
  eventually, expectPoll, expectCount, focused, storage,
} from './harness.mjs';
import { EXAMPLE } from './example.mjs';
import { plain, plainText } from './keyboard.mjs';

const app = useApp();
const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'e2e');
const FILE_LABEL = 'Planfil (JSON, högst 10 MB)';
const VALID_NAME = 'Importplan Norrtälje 2024–2026';

const hash = (page) => page.evaluate(() => location.hash);
const stored = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);

const fixture = (name) => path.join(FIXTURES, name);
const listHeading = (page) => page.getByRole('heading', { level: 1, name: 'Dina planer' });
const problemsHeading = (page) => page.getByRole('heading', { level: 1, name: 'Filen kunde inte importeras' });
const previewHeading = (page) => page.getByRole('heading', { level: 1, name: 'Importera planen?' });

/** The text a file input receives, as a file of that name. */
const asFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

/** The page's elements that a payload could create if text were parsed as HTML. */
const activeElements = (page) =>
  page.evaluate(() => ({
    img: document.querySelectorAll('img').length,
    script: document.querySelectorAll('script').length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    pwned: window.__pwned,
  }));

// Each file has one problem; the message names its place in the user's words.
const REFUSED = [
  { file: 'not-json.json', says: /^Filen är inte en giltig JSON-fil: den blir felaktig på rad 1, tecken 1\.$/ },
  {
    file: 'wrong-format.json',
    says: /^Filen är inte en plan från Beredning: den anger formatet "kalkylark" i stället för "beredning-plan"\.$/,
  },
  { file: 'score-7.json', says: /^initiativ 2: bedömningen på kriteriet "[^"]+" måste vara 1–5 \(filen har 7\)\.$/ },
  {
    file: 'negative-investment.json',
    says: /^initiativ 1, investering 1, belopp: förväntat värde får inte vara mindre än 0 \(filen har -150 000\)\.$/,
  },
  { file: 'truncated.json', says: /^Filen tar slut mitt i \(på rad \d+\) – den har troligen klippts av\./ },
];

test('a refused file names the place of each problem and leaves the stored plans as they were', () =>
  withApp(app, '', async (page) => {
    await listHeading(page).waitFor();
    await expectSaved(page);
    const before = await storage(page);
    for (const [n, { file, says }] of REFUSED.entries()) {
      await page.getByLabel(FILE_LABEL).setInputFiles(fixture(file));
      await problemsHeading(page).waitFor();
      await expectPoll(() => hash(page), '#/importera');
      await page.getByText(file, { exact: true }).waitFor();
      await eventually(async () => {
        const messages = (await page.getByRole('alert').getByRole('listitem').allInnerTexts()).map(plain);
        assert.equal(messages.length, 1, `${file}: ${messages.join(' | ')}`);
        assert.match(messages[0], says, file);
      });
      await page.getByText('Inget har ändrats i dina sparade planer.').waitFor();
      await expectPoll(() => focused(page, 'textContent'), 'Filen kunde inte importeras');
      if (n === 0) await expectNoAxeViolations(page, 'import problems');
      await expectPoll(() => storage(page), before, `${file} changed nothing in storage`);
      await page.getByRole('link', { name: 'Tillbaka till planerna' }).click();
      await listHeading(page).waitFor();
    }
    await expectCount(page.getByRole('table', { name: 'Planer i den här webbläsaren' }).getByRole('row'), 2);
    await expectPoll(() => storage(page), before);
  }));

test('unknown fields are listed as not taken along, and cancelling stores nothing', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const before = await storage(page);
    await page.getByLabel(FILE_LABEL).setInputFiles(fixture('unknown-field.json'));
    await previewHeading(page).waitFor();
    const warnings = page.getByRole('region', { name: 'Uppgifter som inte tas med' });
    await expectPoll(() => plainText(warnings), /De tas inte med/);
    await expectPoll(async () => (await warnings.getByRole('listitem').allInnerTexts()).map(plain), [
      'initiativ 1: fältet "prioritetsfarg" känns inte igen och tas inte med.',
    ]);
    await page.getByRole('link', { name: 'Avbryt och gå tillbaka till planerna' }).click();
    await listHeading(page).waitFor();
    await expectPoll(() => storage(page), before);
  }));

test('a file over 10 MB is refused beside the field before it is read', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const before = await storage(page);
    const input = page.getByLabel(FILE_LABEL);
    await input.setInputFiles(asFile('stor.json', ' '.repeat(11 * 1024 * 1024)));
    await page.locator('[aria-invalid="true"]').waitFor({ state: 'attached' });
    await expectPoll(() => input.getAttribute('aria-invalid'), 'true');
    await eventually(async () => {
      const ids = (await input.getAttribute('aria-describedby')).split(' ');
      const error = await plainText(page.locator(`[id="${ids.at(-1)}"]`));
      assert.equal(error, 'Filen är för stor (11 MB). En planfil får vara högst 10 MB.');
    });
    await listHeading(page).waitFor();
    await expectPoll(() => hash(page), '');
    await expectNoAxeViolations(page, 'plan list with a refused file');
    await expectPoll(() => storage(page), before);
  }));

test('a file the browser cannot read gives a message beside the field and stays on the list', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const before = await storage(page);
    const zone = page.getByRole('region', { name: 'Släpp en planfil här' });
    // A file that vanished after it was chosen: reading it fails.
    const transfer = await page.evaluateHandle(() => {
      const file = new File(['{}'], 'borta.json', { type: 'application/json' });
      Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(new DOMException('gone', 'NotFoundError')) });
      const dt = new DataTransfer();
      dt.items.add(file);
      return { dt, file };
    });
    const dt = await transfer.getProperty('dt');
    await page.evaluate(({ dt, file }) => {
      // DataTransfer hands out its own File objects: make the drop carry ours.
      Object.defineProperty(dt, 'files', { value: [file] });
    }, transfer);
    await zone.dispatchEvent('drop', { dataTransfer: dt });
    const input = page.getByLabel(FILE_LABEL);
    await page.getByText('Filen kunde inte läsas. Försök igen eller välj filen på nytt.').waitFor();
    await expectPoll(() => input.getAttribute('aria-invalid'), 'true');
    await expectPoll(() => hash(page), '');
    await expectPoll(() => storage(page), before);
  }));

test('the import page after a reload says there is no file, with a way back', () =>
  withApp(app, '#/importera', async (page) => {
    await page.getByRole('heading', { level: 1, name: 'Ingen fil att importera' }).waitFor();
    await expectNoAxeViolations(page, 'import page without a file');
    await page.getByRole('link', { name: 'Tillbaka till planerna' }).click();
    await listHeading(page).waitFor();
  }));

test('a dropped file is previewed, then imported as a new plan that survives a reload', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const zone = page.getByRole('region', { name: 'Släpp en planfil här' });
    const text = await readFile(fixture('valid-plan.json'), 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'valid-plan.json', { type: 'application/json' }));
      return dt;
    }, text);
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    // The highlight is said in words, not only shown in colour.
    await zone.getByText('Släpp filen nu för att importera den.').waitFor();
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await previewHeading(page).waitFor();

    await eventually(async () => {
      const rows = {};
      for (const row of await page.getByRole('table', { name: 'Planen i filen' }).getByRole('row').all()) {
        const [head, value] = (await row.locator('th, td').allInnerTexts()).map(plain);
        rows[head] = value;
      }
      assert.equal(rows.Namn, VALID_NAME);
      assert.equal(rows.Organisation, 'Norrtälje kommun');
      assert.equal(rows.Period, '2024–2026');
      assert.match(rows.Exporterad, /^2024-01-10/);
      // The fixture is a version 1 file: the preview says it was migrated.
      assert.equal(rows.Version, 'Beredning 0.1.0, filformat 4 (migrerad från version 1)');
      assert.equal(rows.Initiativ, '2');
      assert.equal(rows.Aktiviteter, '1');
      assert.equal(rows['Mål'], '1');
    });
    // The file's salary (42 000) is not the example plan's (40 000): the compare view is offered.
    await page.getByText(`Planens beräkningsparametrar skiljer sig från dina (i ${EXAMPLE})`, { exact: false }).waitFor();
    const modes = page.getByRole('group', { name: 'Hur vill du importera planen?' });
    await expectPoll(() => modes.getByRole('radio', { name: 'Som en ny plan' }).isChecked(), true);
    await expectPoll(() => modes.getByRole('radio', { name: 'Slå samman med en befintlig plan' }).isChecked(), false);
    await expectNoAxeViolations(page, 'import preview');
    await expectPoll(() => stored(page, 'beredning.plan.e2e-import-plan'), null, 'nothing stored before confirming');

    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByRole('heading', { level: 1, name: VALID_NAME }).waitFor();
    await expectPoll(() => hash(page), '#/plan/e2e-import-plan');
    const notice = page.getByRole('status').filter({ hasText: 'Planen importerades:' });
    await expectPoll(() => plainText(notice), new RegExp(`Planen importerades: ${VALID_NAME}`));
    await expectPoll(
      () => notice.getByRole('link', { name: 'Räkna om med våra siffror' }).getAttribute('href'),
      '#/plan/e2e-import-plan/jamfor',
    );
    await expectNoAxeViolations(page, 'overview after import');
    await expectSaved(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: VALID_NAME }).waitFor();
    const original = JSON.parse(text).plan;
    await expectPoll(
      async () => JSON.parse(await stored(page, 'beredning.plan.e2e-import-plan')).plan.initiatives.map((i) => i.title),
      original.initiatives.map((i) => i.title),
    );
    await page.getByRole('link', { name: 'Tillbaka till planerna' }).click();
    await page.getByRole('link', { name: VALID_NAME }).waitFor();
    await page.getByRole('link', { name: EXAMPLE }).waitFor();
  }));

test('when storage is full the import is not saved, says so, and the stored plans stay as they were', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const ours = async () =>
      Object.fromEntries(Object.entries(await storage(page)).filter(([k]) => k.startsWith('beredning.')));
    const before = await ours();
    // Another page of the same site has used up the quota.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let n = 0; chunk.length > 0; n++) {
        try {
          localStorage.setItem(`annat.${n}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    await page.getByLabel(FILE_LABEL).setInputFiles(fixture('valid-plan.json'));
    await previewHeading(page).waitFor();
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByRole('heading', { level: 1, name: VALID_NAME }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Kunde inte spara: lagringen i webbläsaren är full' })
      .waitFor();
    await expectPoll(ours, before);
  }));

const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '<svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
];

test('text from a file is shown as text: markup in names and titles never runs', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const clean = await activeElements(page);
    const doc = JSON.parse(await readFile(fixture('valid-plan.json'), 'utf8'));
    doc.plan.id = 'e2e-xss';
    doc.plan.name = PAYLOADS[0];
    doc.plan.organisation.name = PAYLOADS[1];
    doc.plan.initiatives[0].title = PAYLOADS[2];
    doc.plan.initiatives[1].title = PAYLOADS[3];
    doc.plan.initiatives[0].need.problem = PAYLOADS[0];
    doc.plan.initiatives[1].need.problem = PAYLOADS[1];
    doc.plan.framework.goals[0].name = PAYLOADS[2];
    await page.getByLabel(FILE_LABEL).setInputFiles(asFile('<b>farlig</b>.json', JSON.stringify(doc)));
    await previewHeading(page).waitFor();
    await page.getByText('<b>farlig</b>.json', { exact: true }).waitFor();
    const preview = page.getByRole('table', { name: 'Planen i filen' });
    await preview.getByRole('cell', { name: PAYLOADS[0], exact: true }).waitFor();
    await preview.getByRole('cell', { name: PAYLOADS[1], exact: true }).waitFor();
    await expectPoll(() => activeElements(page), clean, 'preview');

    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByRole('heading', { level: 1, name: PAYLOADS[0] }).waitFor();
    const initiatives = page.getByRole('table', { name: 'Initiativ' });
    await initiatives.getByRole('link', { name: PAYLOADS[2], exact: true }).waitFor();
    await initiatives.getByRole('link', { name: PAYLOADS[3], exact: true }).waitFor();
    await page.getByText(PAYLOADS[1]).first().waitFor();
    await expectPoll(() => activeElements(page), clean, 'overview');

    await initiatives.getByRole('link', { name: PAYLOADS[2], exact: true }).click();
    await page.getByRole('heading', { level: 1, name: PAYLOADS[2] }).waitFor();
    await expectPoll(() => activeElements(page), clean, 'walkthrough, analysis');
    await gotoApp(page, '#/plan/e2e-xss/initiativ/i1/behov');
    await page.getByRole('heading', { level: 1, name: PAYLOADS[2] }).waitFor();
    await eventually(async () => {
      const texts = await page.locator('textarea, input[type="text"]').evaluateAll((els) => els.map((e) => e.value));
      assert.ok(texts.includes(PAYLOADS[0]), 'the need text is the literal payload');
    });
    await expectPoll(() => activeElements(page), clean, 'walkthrough, need');

    await gotoApp(page, '#/');
    await page.getByRole('link', { name: PAYLOADS[0], exact: true }).waitFor();
    await page.getByRole('cell', { name: PAYLOADS[1], exact: true }).waitFor();
    await expectPoll(() => activeElements(page), clean, 'plan list');
    await expectPoll(() => page.evaluate(() => window.__pwned), undefined);
  }));

test('round trip: a plan exported from the share page imports whole into a fresh browser', async () => {
  let file;
  await withApp(app, '#/plan/exempelplan/dela', async (page) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera planen (JSON)', exact: true }).click(),
    ]);
    file = { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  });
  const exported = JSON.parse(file.text);
  assert.equal(exported.plan.id, 'exempelplan');

  await withApp(app, '', async (page) => {
    // A fresh profile starts with its own example plan, which has the same id: the import
    // keeps that one and gives the imported copy a new id.
    await expectSaved(page);
    const own = await stored(page, 'beredning.plan.exempelplan');
    await page.getByLabel(FILE_LABEL).setInputFiles(asFile(file.name, file.text));
    await previewHeading(page).waitFor();
    await page.getByText(/En plan med samma id finns redan här/).waitFor();
    await page.getByRole('button', { name: 'Importera' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Planen importerades:' });
    await expectPoll(() => plainText(notice), /fick ett nytt id/);
    const id = await eventually(async () => {
      const id = (await hash(page)).replace('#/plan/', '');
      assert.match(id, /^[0-9a-f-]{36}$/, 'a fresh random id');
      return id;
    });
    await expectSaved(page);
    await eventually(async () => {
      const copy = JSON.parse(await stored(page, `beredning.plan.${id}`));
      assert.equal(copy.plan.id, id);
      // The stored plan keeps its fastställda versions under keys of their own; its head names them.
      const { versions, ...plan } = exported.plan;
      const { versions: inHead, ...copied } = copy.plan;
      assert.deepEqual({ ...copied, id: 'exempelplan' }, plan, 'everything but the id came across');
      assert.deepEqual(inHead, [], 'the versions are stored apart');
      assert.deepEqual(
        copy.stored.versions.map((v) => [v.id, v.decided_on, v.forum]),
        versions.map((v) => [v.id, v.decided_on, v.forum]),
        'every fastställd version came across',
      );
    });
    await expectPoll(
      () => stored(page, 'beredning.plan.exempelplan'),
      own,
      'the fresh profile keeps its own example plan as it was',
    );
    // Both plans are listed under the same name.
    await page.getByRole('link', { name: 'Tillbaka till planerna' }).click();
    await expectCount(page.getByRole('link', { name: EXAMPLE, exact: true }), 2);
  });
});
