// The release pipeline's short import names (scripts/imports.mjs), on a module made here: the
// renamed module still instantiates with the renamed glue, and a glue that names an import
// anywhere but as its key fails the build instead of producing a module that cannot start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shortenImports } from '../../scripts/imports.mjs';

const bytes = (text) => [text.length, ...Buffer.from(text)];
const leb = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];

/** A module importing two functions from the glue and one from the split loader. */
function moduleBytes() {
  const type = section(1, [1, 0x60, 0, 0]);
  const imported = (module, name) => [...bytes(module), ...bytes(name), 0, 0];
  const imports = section(2, [
    3,
    ...imported('./beredning_bg.js', '__wbg_now_463ac581d2fc7ea3'),
    ...imported('./__wasm_split.js', '__wasm_split_load_store'),
    ...imported('./beredning_bg.js', '__wbg_alert_97e966c261669b85'),
  ]);
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...type, ...imports]);
}

const GLUE = `function getImports() {
    const import0 = {
        __proto__: null,
        __wbg_now_463ac581d2fc7ea3: function() { return 1; },
        __wbg_alert_97e966c261669b85: function() {},
    };
    const import1 = { __wasm_split_load_store: function() {} };
    return { __proto__: null, "./beredning_bg.js": import0, "./__wasm_split.js": import1 };
}`;

function files(glue) {
  const dir = mkdtempSync(path.join(tmpdir(), 'imports-'));
  const wasm = path.join(dir, 'm.wasm');
  const js = path.join(dir, 'm.js');
  writeFileSync(wasm, moduleBytes());
  writeFileSync(js, glue);
  return { wasm, js };
}

test('the glue imports get short names on both sides, and the module instantiates with them', () => {
  const { wasm, js } = files(GLUE);
  assert.equal(shortenImports(wasm, js), 2);
  const module = new WebAssembly.Module(readFileSync(wasm));
  assert.deepEqual(
    WebAssembly.Module.imports(module).map(({ module, name }) => `${module} ${name}`),
    ['a a', './__wasm_split.js __wasm_split_load_store', 'a b'],
  );
  const imports = new Function(`${readFileSync(js, 'utf8')}; return getImports();`)();
  assert.doesNotThrow(() => new WebAssembly.Instance(module, imports));
});

test('a name the glue uses elsewhere too fails the build and changes nothing', () => {
  const glue = `${GLUE}\nconst again = "__wbg_now_463ac581d2fc7ea3";`;
  const { wasm, js } = files(glue);
  assert.throws(() => shortenImports(wasm, js), /__wbg_now_463ac581d2fc7ea3 is 2 times/);
  assert.deepEqual(readFileSync(wasm), moduleBytes());
  assert.equal(readFileSync(js, 'utf8'), glue);
});
