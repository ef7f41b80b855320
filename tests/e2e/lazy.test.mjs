// Views fetched on demand (src/ui/shell/lazy.rs): a chunk that cannot be fetched gives a message
// with "Försök igen", the rest of the app keeps working, nothing typed is lost, and trying again
// once the network is back shows the view.
import { test } from 'node:test';
import { useApp, withApp, expectSaved, expectNoAxeViolations, expectPoll, storedContent, gotoApp } from './harness.mjs';
import { EXAMPLE } from './example.mjs';

const app = useApp();
const PLAN_VIEWS_CHUNK = /\/split-[0-9a-f]+\/(split|pack)_plan_views\.wasm$/;
const IMPORT_CHUNK = /\/split-[0-9a-f]+\/(split|pack)_import\.wasm$/;
const FAILED = 'Den här delen av Beredning kunde inte hämtas. Kontrollera nätverksanslutningen och försök igen. Dina planer och allt du har skrivit finns kvar.';

test('a view whose chunk cannot be fetched says so, keeps what was typed, and opens on "Försök igen"', () =>
  withApp(app, '', async (page) => {
    // The network drops for the plan views' chunk only (the prefetch at idle fails too).
    await page.route(PLAN_VIEWS_CHUNK, (route) => route.abort('internetdisconnected'));
    // A fresh start, so this instance of the app has not fetched the chunk before the block.
    await gotoApp(page, '#/plan/exempelplan');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await page.getByLabel('Medelmånadslön, källa').fill('SCB lönestatistik 2025');
    await expectSaved(page);

    await page.getByRole('navigation', { name: 'Planens vyer' }).getByRole('link', { name: 'Prioriteringslista' }).click();
    const alert = page.getByRole('alert').filter({ hasText: FAILED });
    await alert.waitFor();
    await expectNoAxeViolations(page, 'a view that could not be fetched');
    await expectPoll(async () => JSON.stringify(await storedContent(page)).includes('SCB lönestatistik 2025'), true, 'the typed source is stored');

    // The rest of the app works meanwhile: back to the overview, the text is there.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await expectPoll(() => page.getByLabel('Medelmånadslön, källa').inputValue(), 'SCB lönestatistik 2025');

    // The network is back: trying again opens the view.
    await page.getByRole('navigation', { name: 'Planens vyer' }).getByRole('link', { name: 'Prioriteringslista' }).click();
    await alert.waitFor();
    await page.unroute(PLAN_VIEWS_CHUNK);
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { level: 1, name: `Prioriteringslista: ${EXAMPLE}` }).waitFor();
  }, { allowErrors: true }));

test('an import whose checks cannot be fetched says so beside the file field and changes nothing', () =>
  withApp(app, '', async (page) => {
    await page.route(IMPORT_CHUNK, (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expectSaved(page);
    const before = await storedContent(page);
    const input = page.getByLabel('Planfil (JSON, högst 10 MB)');
    await input.setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await page.getByText(FAILED).waitFor();
    await expectPoll(() => input.getAttribute('aria-invalid'), 'true');
    await expectPoll(() => storedContent(page), before);
  }, { allowErrors: true }));

const STORE_CHUNK = /\/split-[0-9a-f]+\/(split|pack)_store\.wasm$/;
const READ_FAILED = 'Planerna kunde inte läsas in: den del av Beredning som läser dem kunde inte hämtas. Kontrollera nätverksanslutningen och försök igen. Inget av det som är sparat har ändrats.';

test('when the plans\' reader cannot be fetched, the list still shows the stored plans, says so, changes nothing and reads them on "Försök igen"', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const before = await storedContent(page);
    await page.route(STORE_CHUNK, (route) => route.abort('internetdisconnected'));
    await page.reload();
    // The first screen is drawn from the storage's index: the example's line is there.
    const alert = page.getByRole('alert').filter({ hasText: READ_FAILED });
    await alert.waitFor();
    await page.getByRole('table').getByRole('link', { name: EXAMPLE }).waitFor();
    await expectNoAxeViolations(page, 'the plan list when its plans could not be read');
    // A plan's page waits for the plans and says why.
    await page.getByRole('table').getByRole('link', { name: EXAMPLE }).click();
    await page.getByRole('alert').filter({ hasText: READ_FAILED }).waitFor();
    await page.goBack();
    await alert.waitFor();
    await expectPoll(() => storedContent(page), before, 'nothing stored changed');

    // The network is back: trying again reads the plans, and the list's actions appear.
    await page.unroute(STORE_CHUNK);
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Skapa en ny plan' }).waitFor();
    await page.getByRole('button', { name: `Byt namn ${EXAMPLE}` }).waitFor();
    await expectPoll(() => storedContent(page), before, 'reading wrote nothing');
  }, { allowErrors: true }));

test('the plans\' reader and the code it shares come in one request (its pack), not one per chunk', () =>
  withApp(app, '', async (page) => {
    const fetched = [];
    page.on('request', (request) => {
      const file = /\/split-[0-9a-f]+\/(\w+\.wasm)$/.exec(request.url())?.[1];
      if (file) fetched.push(file);
    });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Skapa en ny plan' }).waitFor();
    // The plans are read, so every request the reader made has been seen: its pack, once, and
    // not its own chunk alone.
    const store = () => fetched.filter((f) => /^(pack|split)_store\.wasm$/.test(f)).join(' ');
    await expectPoll(store, 'pack_store.wasm', 'the reader came in its pack');
  }));
