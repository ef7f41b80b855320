// The published JSON Schema of the plan file: linked from "Om Beredning" with a relative URL,
// served with the bundle from the app's sub-path, and the same file as in the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { useApp, openApp, expectNoAxeViolations, assertNoPageErrors, REPO_ROOT, APP_PATH, eventually, expectPoll } from './harness.mjs';
import { press } from './keyboard.mjs';

const app = useApp();

test('the About page links to the plan file schema, which is served as JSON with its $id', async () => {
  const page = await openApp(app, '#/om');
  try {
    await page.getByRole('heading', { level: 1, name: 'Om Beredning' }).waitFor();
    const link = page.getByRole('link', { name: 'beredning-plan.schema.json', exact: true });
    await expectPoll(
      () => page.locator('main').innerText(),
      /Planfilernas format är publicerat som JSON Schema, så att andra verktyg kan läsa och skriva planer: beredning-plan\.schema\.json/,
    );
    await eventually(async () => {
      const href = await link.getAttribute('href');
      assert.ok(href && !/^([a-z]+:|\/)/i.test(href), `a relative link, so that any sub-path works: ${href}`);
    });
    await expectNoAxeViolations(page, 'Om Beredning');
    assertNoPageErrors(page, 'Om Beredning');

    // Follow the link from the keyboard, as a person would.
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/beredning-plan.schema.json')),
      press(page, link),
    ]);
    assert.equal(response.status(), 200);
    assert.ok(new URL(response.url()).pathname.startsWith(APP_PATH), `served below ${APP_PATH}: ${response.url()}`);
    const served = JSON.parse(await response.text());
    assert.equal(served.$id, 'urn:beredning:beredning-plan:4');
    assert.equal(served.properties.format.const, 'beredning-plan');

    const published = JSON.parse(await readFile(path.join(REPO_ROOT, 'public', 'beredning-plan.schema.json'), 'utf8'));
    assert.deepEqual(served, published, 'the bundle serves the schema as committed');
  } finally {
    await page.context().close();
  }
});
