// The app's own wasm pipeline, run by scripts/post-build.mjs inside Trunk's post_build hook:
// the main bin is built with its split points (cargo feature `split`, src/ui/shell/lazy.rs), cut
// into a main module and on-demand chunks by wasm-split-cli, bound by wasm-bindgen and shrunk by
// wasm-opt (in a release build the main module's imports from its glue then get short names,
// scripts/imports.mjs), then written into Trunk's staging directory under `split-<hash>/` with the inline
// bootstrap Trunk would have written. Trunk 0.21 has no step between cargo and wasm-bindgen
// (trunk-rs/trunk#1022), so index.html marks the app's rust link `data-trunk-skip` and this does
// the whole chain, in the order cargo-leptos uses (docs/performance.md).
//
// Tools: cargo, wasm-split-cli and wasm-bindgen (scripts/setup.sh installs them, pinned), and
// the wasm-opt of npm's binaryen (node_modules).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePacks } from './packs.mjs';
import { minifyJs } from './minify.mjs';
import { shortenImports } from './imports.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = 'beredning';
/** Its own target directory: the extra linker flag would otherwise rebuild Trunk's cache. */
const TARGET = path.join(ROOT, 'target', 'split');

function run(cmd, args, env = {}) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env }, cwd: ROOT });
}

/** wasm-opt's flags as index.html gives them to Trunk for the app, so both stay in step. */
function wasmOptParams(indexHtml) {
  const link = /<link[^>]*data-bin="beredning"[^>]*>/.exec(indexHtml)?.[0] || '';
  const level = /data-wasm-opt="(\w+)"/.exec(link)?.[1] || 'z';
  const params = /data-wasm-opt-params="([^"]*)"/.exec(link)?.[1] || '';
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/**
 * Builds, splits, binds and optimises the app into `staging`, and returns the bootstrap's
 * paths relative to index.html: { js, wasm }. `viewsCss` is the stylesheet (relative to
 * index.html) the loader adds with the first part it loads (scripts/packs.mjs).
 */
export function buildSplit(staging, { release, indexHtml, viewsCss = null }) {
  const profile = release ? 'release' : 'debug';
  // RUSTFLAGS replaces .cargo/config.toml's flags for the target, so they are repeated here.
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', BIN, '--features', 'split', ...(release ? ['--release'] : [])], {
    CARGO_TARGET_DIR: TARGET,
    RUSTFLAGS: '--cfg erase_components -Clink-args=--emit-relocs',
  });
  const raw = path.join(TARGET, 'wasm32-unknown-unknown', profile, `${BIN}.wasm`);
  const cut = path.join(TARGET, 'cut');
  const bound = path.join(TARGET, 'bound');
  for (const dir of [cut, bound]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  run('wasm-split-cli', [raw, cut, '--out-name', BIN]);
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript', '--out-dir', bound, path.join(cut, `${BIN}.wasm`)]);

  // One folder: the main module, its JS, the split loader and the chunks import each other by
  // relative paths that wasm-split and wasm-bindgen wrote.
  const files = new Map();
  for (const f of readdirSync(cut)) if (f !== `${BIN}.wasm`) files.set(f, path.join(cut, f));
  files.set(`${BIN}.js`, path.join(bound, `${BIN}.js`));
  files.set(`${BIN}_bg.wasm`, path.join(bound, `${BIN}_bg.wasm`));
  const optimised = path.join(TARGET, 'optimised');
  rmSync(optimised, { recursive: true, force: true });
  mkdirSync(optimised, { recursive: true });
  const wasmOpt = path.join(ROOT, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
  for (const [name, from] of files) {
    const to = path.join(optimised, name);
    if (release && name.endsWith('.wasm')) {
      run(existsSync(wasmOpt) ? wasmOpt : 'wasm-opt', [...wasmOptParams(indexHtml), from, '-o', to]);
    } else {
      copyFileSync(from, to);
    }
  }
  if (release) {
    const renamed = shortenImports(path.join(optimised, `${BIN}_bg.wasm`), path.join(optimised, `${BIN}.js`));
    console.log(`split: ${renamed} imports of the main module renamed short`);
  }
  // The folder's name changes with any of its files and with the stylesheet its loader names.
  const hash = createHash('sha256').update(String(viewsCss));
  for (const name of [...files.keys()].sort()) hash.update(name).update(readFileSync(path.join(optimised, name)));
  const dirName = `split-${hash.digest('hex').slice(0, 16)}`;
  const out = path.join(staging, dirName);
  mkdirSync(out, { recursive: true });
  for (const name of files.keys()) copyFileSync(path.join(optimised, name), path.join(out, name));
  const packs = writePacks(out, { viewsCss: viewsCss && `../${viewsCss}` });
  console.log(`split: ${packs} packs written`);
  if (release) {
    for (const name of files.keys()) {
      if (!name.endsWith('.js')) continue;
      const file = path.join(out, name);
      writeFileSync(file, minifyJs(readFileSync(file, 'utf8'), { module: true }));
    }
  }
  return { js: `${dirName}/${BIN}.js`, wasm: `${dirName}/${BIN}_bg.wasm` };
}

/** The inline module bootstrap Trunk writes for a rust link, for post-build.mjs to move. */
export function bootstrap({ js, wasm }) {
  return `<script type="module">
import init, * as bindings from './${js}';
const wasm = await init({ module_or_path: './${wasm}' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>`;
}
