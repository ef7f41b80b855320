// Both national strategies as lenses (docs/domain.md §3.6): the list grouped by the areas of
// the plan's lens changes when the lens is switched (the example plan's initiatives are linked
// to 2017 delmål only, and show under 2025–2030 areas through the mapping table); the "Område"
// filter; the overview's section for strategies, areas and the mapping table, and the dialog
// that asks before an area is removed, with undo. axe-core scans each new form and dialog.
import { test } from 'node:test';
import {
  useApp, withApp, expectSaved, expectNoAxeViolations, expectPoll, expectCount, waitForFocus,
} from './harness.mjs';
import { LIBRARY, SIGNING, MEETINGS } from './example.mjs';

const app = useApp();
const LIST = '#/plan/exempelplan/prioritering';
const OVERVIEW = '#/plan/exempelplan';

/** The titles listed under one area of the grouped list. */
const under = (page, area) => page.getByRole('region', { name: area, exact: true }).getByRole('listitem').allInnerTexts();

test('switching the lens changes the list\'s grouping, and the area filter narrows the list', () =>
  withApp(app, LIST, async (page) => {
    await page.getByRole('heading', { level: 2, name: 'Rangordnade initiativ' }).waitFor();
    await page.getByLabel('Gruppera').selectOption({ label: 'Efter område' });
    await page.getByRole('heading', { level: 2, name: 'Initiativ per område i Digitaliseringsstrategin 2017' }).waitFor();
    await expectPoll(() => under(page, 'Digital trygghet'), [`Rang 1 ${SIGNING}`]);
    await expectPoll(() => under(page, 'Digital infrastruktur'), [`Rang 2 ${LIBRARY}`]);
    await expectPoll(async () => (await under(page, 'Utan område')).some((t) => t.includes(MEETINGS)), true);
    await expectNoAxeViolations(page, 'list grouped by the 2017 lens');

    // The 2025–2030 lens: the same links, read through the suggested mapping.
    await page.getByLabel('Läs planen efter').selectOption({ label: 'Digitaliseringsstrategin 2025–2030' });
    await page.getByRole('heading', { level: 2, name: 'Initiativ per område i Digitaliseringsstrategin 2025–2030' }).waitFor();
    await expectPoll(() => under(page, 'Konnektivitet'), [`Rang 2 ${LIBRARY} (via Digital infrastruktur)`]);
    await expectPoll(() => under(page, 'Digitalisering av näringslivet'), [`Rang 1 ${SIGNING} (via Digital innovation)`]);
    await expectCount(page.getByRole('region', { name: 'Digital trygghet', exact: true }), 0);
    await expectSaved(page);
    await expectNoAxeViolations(page, 'list grouped by the 2025–2030 lens');

    // The area filter, on the ranked table.
    await page.getByLabel('Gruppera').selectOption({ label: 'Ingen gruppering' });
    await page.getByLabel('Område').selectOption({ label: 'Konnektivitet' });
    const ranked = page.getByRole('table', { name: 'Rangordnade initiativ' });
    await expectPoll(() => ranked.getByRole('rowheader').allInnerTexts(), [LIBRARY]);

    // The lens is the plan's: it is kept after a reload.
    await page.reload();
    await expectPoll(
      () => page.getByLabel('Läs planen efter').evaluate((el) => el.selectedOptions[0].textContent),
      'Digitaliseringsstrategin 2025–2030',
    );
  }));

test('the overview edits strategies, areas and the mapping table; removing an area asks first and can be undone', () =>
  withApp(app, OVERVIEW, async (page) => {
    const section = page.getByRole('region', { name: 'Strategier och områden' });
    await section.waitFor();
    const s2017 = section.getByRole('group', { name: 'Strategi: Digitaliseringsstrategin 2017' });
    await s2017.getByRole('group', { name: 'Område 5: Digital infrastruktur' }).waitFor();
    const grid = section.getByRole('table', { name: 'Digitaliseringsstrategin 2017 jämförd med Digitaliseringsstrategin 2025–2030' });
    await expectPoll(() => grid.getByRole('checkbox', { name: 'Digital ledning motsvarar Välfärden' }).isChecked(), true);
    await expectPoll(() => grid.getByRole('checkbox', { name: 'Digital trygghet motsvarar Välfärden' }).isChecked(), false);
    await section.getByRole('heading', { name: 'Förslag' }).waitFor();
    await expectNoAxeViolations(page, 'strategies section');

    // An empty area name is refused, tied to the field; the last valid name is kept.
    const ledning = s2017.getByRole('group', { name: 'Område 4: Digital ledning' });
    await ledning.getByLabel('Namn').fill('');
    await expectPoll(() => ledning.getByLabel('Namn').getAttribute('aria-invalid'), 'true');
    await expectPoll(() => ledning.getByText('Skriv ett namn.').count(), 1);
    await s2017.getByRole('group', { name: 'Område 4: Digital ledning' }).waitFor();
    await ledning.getByLabel('Namn').fill('Digital ledning');
    await expectPoll(() => ledning.getByLabel('Namn').getAttribute('aria-invalid'), null);

    // A mapping cell ticked in the grid.
    await grid.getByRole('checkbox', { name: 'Digital trygghet motsvarar Välfärden' }).check();
    await expectPoll(() => grid.getByRole('checkbox', { name: 'Digital trygghet motsvarar Välfärden' }).isChecked(), true);

    // Removing an area says what points at it.
    const infra = s2017.getByRole('group', { name: 'Område 5: Digital infrastruktur' });
    await infra.getByRole('button', { name: 'Ta bort Digital infrastruktur' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Ta bort området ”Digital infrastruktur”?' });
    await dialog.getByText('1 initiativ, 0 mål och 1 rad i jämförelsetabellen pekar på det.', { exact: false }).waitFor();
    await waitForFocus(dialog.getByRole('button', { name: 'Avbryt' }), 'focus moves into the dialog');
    await expectNoAxeViolations(page, 'area removal dialog');
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await section.getByText('”Digital infrastruktur” togs bort.').waitFor();
    await expectCount(s2017.getByRole('group', { name: /^Område \d/ }), 4);
    await expectCount(grid.getByRole('rowheader', { name: 'Digital infrastruktur' }), 0);
    await waitForFocus(section.getByRole('button', { name: 'Ångra' }), 'focus moves to the undo button');
    const stored = () => page.evaluate(() => {
      const plan = JSON.parse(localStorage.getItem('beredning.plan.exempelplan')).plan;
      return plan.initiatives.some((i) => (i.analysis.area_ids || []).includes('ds2017-infrastruktur'));
    });
    await expectPoll(stored, false, 'the link went with the area');

    await section.getByRole('button', { name: 'Ångra' }).click();
    await s2017.getByRole('group', { name: 'Område 5: Digital infrastruktur' }).waitFor();
    await expectPoll(stored, true, 'undo brings the link back');
    await expectSaved(page);
  }));
