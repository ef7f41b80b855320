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

    // The matrix filters by an area of the lens too.
    const nav = page.getByRole('navigation', { name: 'Planens vyer' });
    await nav.getByRole('link', { name: 'Matris' }).click();
    const matrix = page.getByRole('table', { name: 'Matrisens uppgifter i tabellform' });
    await expectCount(matrix.getByRole('row').filter({ hasText: SIGNING }), 1);
    await page.getByLabel('Område').selectOption({ label: 'Konnektivitet' });
    await expectCount(matrix.getByRole('row').filter({ hasText: SIGNING }), 0);
    await expectCount(matrix.getByRole('row').filter({ hasText: LIBRARY }), 1);
    await expectNoAxeViolations(page, 'matrix filtered by area');

    // So does the budget scenario: only the area's initiatives are proposed.
    await nav.getByRole('link', { name: 'Budgetscenario' }).click();
    await page.getByLabel('Investeringsbudget', { exact: true }).fill('10 000 000');
    // The library is already prioritised: counted in, it is one of the area's proposals.
    await page.getByRole('checkbox', { name: 'Räkna in redan prioriterade initiativ i förslaget' }).check();
    const chosen = page.getByRole('table', { name: 'Föreslagna initiativ' });
    await expectCount(chosen.getByRole('row').filter({ hasText: SIGNING }), 1);
    await page.getByLabel('Område').selectOption({ label: 'Konnektivitet' });
    await expectCount(chosen.getByRole('row').filter({ hasText: SIGNING }), 0);
    await expectCount(chosen.getByRole('row').filter({ hasText: LIBRARY }), 1);
    await expectNoAxeViolations(page, 'budget scenario filtered by area');

    // The beslutsunderlag groups its ranking by the lens's areas.
    await nav.getByRole('link', { name: 'Beslutsunderlag' }).click();
    const brief = page.getByRole('region', { name: 'Initiativ per område i Digitaliseringsstrategin 2025–2030' });
    await brief.getByRole('listitem').filter({ hasText: `2. ${LIBRARY} (via Digital infrastruktur)` }).waitFor();
  }));

test('the overview edits strategies, areas and the mapping table; removing an area asks first and can be undone', () =>
  withApp(app, OVERVIEW, async (page) => {
    const section = page.getByRole('region', { name: 'Strategier och områden' });
    await section.waitFor();
    const s2017 = section.getByRole('group', { name: 'Strategi: Digitaliseringsstrategin 2017' });
    // A strategy's areas open on request.
    await expectCount(s2017.getByRole('group', { name: /^Område \d/ }), 0);
    await s2017.getByText('Områden i Digitaliseringsstrategin 2017').click();
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

test('an effektmål sits under an area, an initiative links to areas of both strategies, and a bad mapping row is reported', () =>
  withApp(app, '', async (page) => {
    await page.getByLabel('Planens namn').fill('Nationell plan Sala 2027');
    await page.getByLabel('Utgå från').selectOption({ label: 'Nationella digitaliseringsstrategin: fem delmål' });
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nationell plan Sala 2027' }).waitFor();

    // The template's effektmål sit under the 2017 delmål they are named after.
    const goal = page.getByRole('group', { name: 'Mål 1: Digital kompetens' });
    const area = goal.getByLabel('Område', { exact: true });
    await expectPoll(() => area.evaluate((el) => `${el.selectedOptions[0].parentElement.label}: ${el.selectedOptions[0].textContent}`),
      'Digitaliseringsstrategin 2017: Digital kompetens');
    await area.selectOption({ label: 'Välfärden' });
    await expectPoll(() => area.evaluate((el) => `${el.selectedOptions[0].parentElement.label}: ${el.selectedOptions[0].textContent}`),
      'Digitaliseringsstrategin 2025–2030: Välfärden');
    // Another kind of goal has no area to choose.
    await goal.getByLabel('Slag av mål').selectOption({ label: 'Inriktningsmål' });
    await expectCount(goal.getByLabel('Område', { exact: true }), 0);
    await goal.getByLabel('Slag av mål').selectOption({ label: 'Effektmål' });
    await expectCount(goal.getByLabel('Område', { exact: true }), 1);
    await expectNoAxeViolations(page, 'goal form with its area');

    // The analysis step has a group of areas per strategy.
    await page.getByLabel('Titel på det nya initiativet').fill('Digital tillsyn i hemtjänsten');
    await page.getByRole('button', { name: 'Starta beredningen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Digital tillsyn i hemtjänsten' }).waitFor();
    await page.getByRole('link', { name: 'Nästa steg: Analys' }).click();
    await page.getByRole('heading', { level: 2, name: /^Steg 2 av 4: Analys$/ }).waitFor();
    const s2017 = page.getByRole('group', { name: 'Digitaliseringsstrategin 2017', exact: true });
    const s2025 = page.getByRole('group', { name: 'Digitaliseringsstrategin 2025–2030', exact: true });
    await expectCount(s2017.getByRole('checkbox'), 5);
    await s2017.getByRole('checkbox', { name: 'Digital trygghet' }).check();
    await s2025.getByRole('checkbox', { name: 'Välfärden' }).check();
    await expectPoll(() => s2025.getByRole('checkbox', { name: 'Välfärden' }).isChecked(), true);
    await expectSaved(page);
    await expectNoAxeViolations(page, 'analysis step with areas of both strategies');
    const links = () => page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('beredning.plan.') && localStorage.getItem(k).includes('Nationell plan Sala'));
      return JSON.parse(localStorage.getItem(key)).plan.initiatives[0].analysis.area_ids;
    });
    await expectPoll(links, ['ds2017-trygghet', 'ds2025-valfard']);

    // A mapping row from a file that points at an area the plan lacks is reported on the table.
    await page.getByRole('link', { name: 'Tillbaka till planen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nationell plan Sala 2027' }).waitFor();
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('beredning.plan.') && localStorage.getItem(k).includes('Nationell plan Sala'));
      const doc = JSON.parse(localStorage.getItem(key));
      doc.plan.framework.area_mapping.push({ from: 'ds2017-trygghet', to: ['borttaget-omrade'] });
      localStorage.setItem(key, JSON.stringify(doc));
    });
    await page.reload();
    const section = page.getByRole('region', { name: 'Strategier och områden' });
    await section.getByText('Rad 5 pekar till ”borttaget-omrade”, som inte är ett område i planen. Den delen räknas inte.').waitFor();
    await expectPoll(() => section.getByRole('group', { name: 'Jämförelsetabell mellan strategierna' }).getAttribute('aria-describedby'), 'mapping-problems');
    await expectNoAxeViolations(page, 'a mapping row that points at an unknown area');
    await section.getByRole('button', { name: 'Ta bort rad 5' }).click();
    await section.getByText('Rad 5 i jämförelsetabellen togs bort.').waitFor();
    await expectCount(section.getByText(/pekar till ”borttaget-omrade”/), 0);
    await waitForFocus(section.getByRole('button', { name: 'Ångra' }), 'focus moves to the undo button');
  }));
