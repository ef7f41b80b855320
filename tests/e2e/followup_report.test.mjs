// The yearly follow-up report (uppföljningsrapport) of the example plan: its tables, a recorded
// redeployment of freed time that changes the ledger (and the stored plan), and the report
// printed to an A4 PDF in headless Chromium with every activity of its tables in the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withApp, expectNoAxeViolations, expectPoll, expectSaved, storage } from './harness.mjs';
import { typeInto, plain } from './keyboard.mjs';

const app = useApp();
const REPORT = '#/plan/exempelplan/uppfoljningsrapport';
const FU = '#/plan/exempelplan/uppfoljning';

async function cells(table, rowName) {
  const row = table.getByRole('row', { name: new RegExp(`^${rowName}`) });
  return (await row.getByRole('cell').allInnerTexts()).map(plain);
}

test('report: tables per inriktningsmål, axe 0', () =>
  withApp(app, REPORT, async (page) => {
    await page.getByLabel('Uppföljningsår').selectOption('2018');
    // The e-blomman activity has its 2018 Utfall from seed 002, bilaga 2.
    await page.getByRole('cell', { name: /Under hösten kartlades digitaliseringen/ }).waitFor();
    await page.getByRole('heading', { name: 'Avvikelser' }).waitFor();
    await expectNoAxeViolations(page, 'uppföljningsrapport');
  }));

test('ledger: a recorded redeployment changes the ledger, the report and the stored plan', () =>
  withApp(app, FU, async (page) => {
    await page.getByLabel('Uppföljningsår').selectOption('2021');
    const ledger = page.getByRole('table', { name: 'Frigjord tid 2021, steg för steg' });
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['Inte registrerad']);
    // A record without its use is refused at the field.
    await typeInto(page, page.getByLabel('Omfördelade timmar'), '120');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await expectPoll(() => page.getByLabel('Vad tiden användes till').getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'redeployment form with an error');
    await typeInto(page, page.getByLabel('Vad tiden användes till'), 'Fler öppettimmar');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    // 120 h × 40 000 / 142 × 1,54 = 52 056 kr.
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['120 h']);
    await expectPoll(() => cells(ledger, 'Realiserat värde'), ['52 056 kr']);
    await expectSaved(page);
    await expectPoll(async () => {
      const stored = JSON.parse((await storage(page))['beredning.plan.exempelplan'] || '{}');
      return (stored.plan?.redeployments ?? []).map((r) => [r.year, r.hours, r.used_for]);
    }, [[2021, 120, 'Fler öppettimmar']]);
    // Removal with undo.
    await page.getByRole('button', { name: 'Ta bort: Fler öppettimmar' }).click();
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['Inte registrerad']);
    await page.locator('#fu-rd-undo').click();
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['120 h']);

    await page.goto(page.url().replace(/#.*$/, REPORT));
    await page.getByLabel('Uppföljningsår').selectOption('2021');
    const inReport = page.getByRole('table', { name: 'Frigjord tid 2021, steg för steg' });
    await expectPoll(() => cells(inReport, 'Realiserat värde'), ['52 056 kr']);
  }));

test('print: the report as an A4 PDF holds every activity of its tables', async (t) => {
  let pdfjs;
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch {
    t.skip('pdfjs-dist is not installed (npm i -E -D pdfjs-dist)');
    return;
  }
  await withApp(app, REPORT, async (page) => {
    await page.getByLabel('Uppföljningsår').selectOption('2018');
    await page.getByRole('cell', { name: /Under hösten kartlades/ }).waitFor();
    const titles = (await page.locator('.report-table tbody th[scope="row"]').allInnerTexts())
      .slice(0, await page.locator('section[aria-labelledby="rp-activities-heading"] tbody tr').count())
      .map(plain);
    assert.ok(titles.length > 0, 'the report has activity rows');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
    let text = '';
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += ` ${content.items.map((i) => i.str).join(' ')}`;
    }
    const squash = (s) => s.replace(/[\s\u00a0-]+/g, '');
    for (const title of titles) assert.ok(squash(text).includes(squash(title)), `"${title}" in the PDF`);
  });
});
