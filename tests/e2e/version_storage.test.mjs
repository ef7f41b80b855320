// A fastställd version is stored under a key of its own, packed, apart from the plan
// (src/persistence/layout.rs): the overview says what the plan and its versions take, the
// version survives a reload, and a damaged version's key is named in Swedish while the plan
// still opens and the damaged text is left as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withApp, storage, expectNoAxeViolations, expectSaved, eventually } from './harness.mjs';

const app = useApp();
const versionKeys = (stored) => Object.keys(stored).filter((k) => k.startsWith('beredning.version.exempelplan.'));

test('a fastställd version is stored apart, survives a reload, and a damaged one is named', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    // The example plan already holds its 2018–2019 version, stored under a key of its own.
    await expectSaved(page);
    const before = await eventually(async () => {
      const keys = versionKeys(await storage(page));
      assert.equal(keys.length, 1, "the example's own version");
      return keys;
    });
    await page.getByLabel('Beslutsdatum', { exact: true }).fill('2019-05-12');
    await page.getByLabel('Beslutande forum', { exact: true }).fill('Kommunstyrelsen');
    await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
    await page.getByText('Planen är fastställd 2019-05-12 av Kommunstyrelsen.').waitFor();
    await expectSaved(page);
    await page.getByText(/^Planen tar \d+(,\d+)? MB och versionerna \d+(,\d+)? MB av webbläsarens lagring\.$/).waitFor();

    const stored = await eventually(async () => {
      const s = await storage(page);
      assert.equal(versionKeys(s).length, before.length + 1, 'one more key, for the new version');
      return s;
    });
    const [key] = versionKeys(stored).filter((k) => !before.includes(k));
    assert.match(stored[key], /^bv1:\d+:/, 'the version is packed');
    const head = JSON.parse(stored['beredning.plan.exempelplan']);
    assert.deepEqual(head.plan.versions, [], 'the plan key carries no versions');
    assert.equal(head.stored.versions.at(-1).decided_on, '2019-05-12');

    await page.reload({ waitUntil: 'load' });
    await page.getByText('Gällande version: fastställd 2019-05-12 av Kommunstyrelsen.', { exact: false }).waitFor();

    await page.evaluate((k) => localStorage.setItem(k, 'bv1:12:trasig'), key);
    await page.reload({ waitUntil: 'load' });
    await page
      .getByText('Versionen fastställd 2019-05-12 av Kommunstyrelsen kunde inte läsas: den är skadad i webbläsarens lagring.', { exact: false })
      .waitFor();
    // The example's own version, stored apart and whole, is in force again.
    await page.getByText('Gällande version: fastställd 2018-12-12 av Regionala ledningsgruppen', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'overview with a damaged version');
    assert.equal((await storage(page))[key], 'bv1:12:trasig', 'the damaged text is left as it was');
  }));
