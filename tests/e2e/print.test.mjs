// The printed documents on A4: the example plan's beslutsunderlag and uppföljningsrapport, printed
// to PDF in headless Chromium. The checks hold for every table, cell and heading the documents
// have, so a section added later is held to them too: nothing runs past the printable width, every
// cell's text is on paper whole, no heading ends a page, and every page carries the plan's name,
// the organisation, the date and "sida N av M" (in English "page N of M").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withApp, expectPoll } from './harness.mjs';

const app = useApp();
const BRIEF = '#/plan/exempelplan/beslutsunderlag';
const REPORT = '#/plan/exempelplan/uppfoljningsrapport';

/** Whitespace, soft hyphens and hyphens taken out, ligatures spelled out: a text as it can be
 *  compared with what a PDF's text layer gives for it, whatever line breaks the paper made. */
const squash = (s) => s.normalize('NFKC').replace(/[\s\u00a0\u00ad\u2010-]+/g, '');

async function pdfjsOrSkip(t) {
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch {
    t.skip('pdfjs-dist is not installed (npm i -E -D pdfjs-dist)');
    return null;
  }
}

/**
 * The A4 page as the @page rule sets it: the printable width in CSS px, and the top and bottom
 * margins in PDF points (where the running head and foot are, outside the body).
 */
function pageBox(page) {
  return page.evaluate(() => {
    // The bundle may wrap the print rules in `@media print`: look inside grouping rules too.
    const rulesOf = (list) => [...list].flatMap((r) => (r.cssRules ? [r, ...rulesOf(r.cssRules)] : [r]));
    for (const sheet of document.styleSheets) {
      let rules = [];
      try {
        rules = rulesOf(sheet.cssRules);
      } catch {
        continue;
      }
      const rule = rules.find((r) => r instanceof CSSPageRule && r.selectorText === '' && /A4/i.test(r.style.size));
      if (!rule) continue;
      const px = (length) => {
        const probe = document.createElement('div');
        probe.style.position = 'absolute';
        probe.style.width = length;
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width;
      };
      const { marginLeft: left, marginRight: right, marginTop: top, marginBottom: bottom } = rule.style;
      return { width: px(`calc(210mm - ${left} - ${right})`), top: px(top) * 0.75, bottom: px(bottom) * 0.75 };
    }
    return null;
  });
}

/**
 * Lays the page out as on paper (print media, the printable width) and lists what does not fit:
 * a table whose right edge passes the printable width, a cell whose content is wider than the
 * cell, a page wider than the paper. Empty when everything fits.
 */
async function overflows(page, width) {
  return page.evaluate((width) => {
    const found = [];
    const name = (el) => (el.id ? `#${el.id}` : el.querySelector('caption')?.textContent.trim() ?? el.className);
    for (const table of document.querySelectorAll('main table')) {
      const right = table.getBoundingClientRect().right;
      if (right > width + 0.5) found.push(`table ${name(table)} ends at ${right.toFixed(1)} px of ${width.toFixed(1)}`);
      for (const cell of table.querySelectorAll('th, td')) {
        if (cell.scrollWidth > cell.clientWidth) {
          found.push(`cell "${cell.textContent.trim().slice(0, 40)}" of ${name(table)}: ${cell.scrollWidth} > ${cell.clientWidth}`);
        }
      }
    }
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) found.push(`page ${doc.scrollWidth} px wide of ${doc.clientWidth}`);
    return found;
  }, width);
}

/** Every page's text items, each with its font size and height on the page (PDF points). */
async function pdfPages(pdfjs, pdf) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const p = await doc.getPage(n);
    const [, , , top] = p.view;
    const items = (await p.getTextContent()).items
      .filter((i) => i.str.trim() !== '')
      .map((i) => ({ str: i.str, y: i.transform[5], size: Math.hypot(i.transform[2], i.transform[3]) }));
    pages.push({ top, items, text: items.map((i) => i.str).join(' ') });
  }
  return pages;
}

/**
 * Prints the document now on screen and checks it: it fits the printable width, every cell's
 * text is in the PDF, every page carries `marks` and its page counter, and the last line of a
 * page (above the foot margin) is never a heading. Returns the pages, for further checks.
 */
async function printAndCheck(page, pdfjs, { label, words: [pageWord, ofWord] }) {
  const plan = await page.evaluate(() => JSON.parse(localStorage.getItem('beredning.plan.exempelplan') ?? '{}').plan);
  assert.ok(plan?.name, 'the example plan is stored');
  const org = plan.organisation.name;
  const date = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

  await page.emulateMedia({ media: 'print' });
  const box = await pageBox(page);
  assert.ok(box, 'print.css has an A4 @page rule');
  const { width } = box;
  assert.ok(width > 600 && width < 700, `printable width ${width} px`);
  await page.setViewportSize({ width: Math.floor(width), height: 1000 });
  // A vertical scrollbar would narrow the layout: widen the window by what it takes.
  const bar = await page.evaluate((w) => Math.floor(w) - document.documentElement.clientWidth, width);
  if (bar > 0) await page.setViewportSize({ width: Math.floor(width) + bar, height: 1000 });
  await expectPoll(() => overflows(page, width), []);

  // Every heading and caption keeps with what follows it, whatever section it is in.
  await expectPoll(
    () => page.evaluate(() => [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6, caption)')]
      .filter((h) => getComputedStyle(h).breakAfter !== 'avoid').map((h) => h.textContent.trim())),
    [],
  );
  const cells = (await page.locator('main table').evaluateAll((tables) => tables.flatMap((t) =>
    [...t.querySelectorAll('th, td')].map((c) => c.innerText.trim()).filter((s) => s !== ''))));
  const headers = await page.locator('main table thead th').allInnerTexts();
  // What must not close a page: a table's caption or header row without a row under it.
  const tableHeads = await page.locator('main table').evaluateAll((tables) => tables.flatMap((t) =>
    [t.caption?.innerText ?? '', [...(t.tHead?.rows[0]?.cells ?? [])].map((c) => c.innerText).join(' ')]));
  assert.ok(cells.length > 0 && headers.length > 0, `${label} has tables`);
  const bodySize = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize) * 0.75);

  const pdf = await page.pdf({ format: 'A4' });
  const pages = await pdfPages(pdfjs, pdf);
  const count = pages.length;
  const all = squash(pages.map((p) => p.text).join(' '));
  for (const cell of cells) assert.ok(all.includes(squash(cell)), `${label}: "${cell}" whole in the PDF`);
  for (const header of headers) assert.ok(all.includes(squash(header)), `${label}: column "${header}" whole in the PDF`);
  pages.forEach((p, i) => {
    const text = squash(p.text);
    const at = `${label}, page ${i + 1} of ${count}`;
    assert.ok(text.includes(squash(`${pageWord} ${i + 1} ${ofWord} ${count}`)), `${at} says "${pageWord} ${i + 1} ${ofWord} ${count}": ${p.text.slice(0, 160)}`);
    assert.ok(text.includes(squash(plan.name)), `${at} carries the plan's name`);
    assert.ok(text.includes(squash(org)), `${at} carries the organisation`);
    assert.ok(text.includes(squash(date)), `${at} carries the date ${date}`);
    if (i + 1 < count) {
      // The lowest line of the body (above the running foot): a heading is set larger than body text.
      const body = p.items.filter((item) => item.y > box.bottom && item.y < p.top - box.top);
      const lowest = Math.min(...body.map((item) => item.y));
      const last = body.filter((item) => Math.abs(item.y - lowest) < 1);
      const line = last.map((item) => item.str).join(' ');
      assert.ok(last.every((item) => item.size <= bodySize + 0.25),
        `${at} ends with a heading: "${line}" at ${Math.max(...last.map((item) => item.size)).toFixed(1)} pt`);
      assert.ok(!tableHeads.some((head) => head.trim() !== '' && squash(head) === squash(line)),
        `${at} ends with a table's caption or header row: "${line}"`);
    }
  });
  return pages;
}

test('print: the beslutsunderlag fits A4, every page carries the plan, the date and "sida N av M"', async (t) => {
  const pdfjs = await pdfjsOrSkip(t);
  if (!pdfjs) return;
  await withApp(app, BRIEF, async (page) => {
    await page.getByRole('img', { name: /Viktad poäng mot investering/ }).waitFor();
    await page.locator('#brief-ranking-table').waitFor();
    // The ranked table's last column, which a scroll container used to cut to "Uppfy".
    const lastHeader = await page.locator('#brief-ranking-table thead th').last().innerText();
    assert.equal(lastHeader.trim(), 'Ska-krav');
    const pages = await printAndCheck(page, pdfjs, { label: 'beslutsunderlag', words: ['sida', 'av'] });
    // The ranking follows the tjänsteskrivelse's opening sections, so it is looked for by its caption.
    const ranking = pages.find((p) => squash(p.text).includes(squash('Rangordning med nyckeltal')));
    assert.ok(ranking, 'the ranking is printed');
    assert.ok(squash(ranking.text).includes(squash('Ska-krav')), 'the ranking\'s page has the column "Ska-krav" whole');
  });
});

test('print: the uppföljningsrapport fits A4, reached from the beslutsunderlag, and its pages say "page N of M" in English', async (t) => {
  const pdfjs = await pdfjsOrSkip(t);
  if (!pdfjs) return;
  await withApp(app, BRIEF, async (page) => {
    await page.locator('#brief-ranking-table').waitFor();
    // Leaving one document for the other keeps the marks: the new one sets them after the old
    // one took its own away.
    await page.getByRole('navigation', { name: 'Planens vyer' }).getByRole('link', { name: 'Uppföljningsrapport' }).click();
    await page.getByLabel('Uppföljningsår').selectOption('2018');
    await page.getByRole('cell', { name: /Under hösten kartlades/ }).waitFor();
    await printAndCheck(page, pdfjs, { label: 'uppföljningsrapport', words: ['sida', 'av'] });

    await page.emulateMedia({ media: 'screen' });
    await page.locator('#language-switch').click();
    await expectPoll(() => page.evaluate(() => document.documentElement.lang), 'en');
    await page.locator('#rp-year').selectOption('2018');
    await page.getByRole('cell', { name: /Under hösten kartlades/ }).waitFor();
    await printAndCheck(page, pdfjs, { label: 'follow-up report in English', words: ['page', 'of'] });
  });
});
