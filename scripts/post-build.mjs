// Trunk post_build hook: replaces Trunk's inline bootstrap <script type="module"> in index.html
// by a hashed classic script (scripts/boot.js with the hashed file names filled in), so the app
// runs under a Content-Security-Policy without 'unsafe-inline' and shows why when it cannot
// start. Fails the build if the bootstrap is not where Trunk 0.21 puts it, so a Trunk upgrade
// that changes it cannot slip through.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSplit, bootstrap } from './split.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)');
  process.exit(1);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const indexPath = path.join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

// The app itself is built here, split into chunks (scripts/split.mjs); its bootstrap goes where
// Trunk would have put one, and is then moved into a file like Trunk's own below.
const source = await readFile(path.join(process.env.TRUNK_SOURCE_DIR || path.join(here, '..'), 'index.html'), 'utf8');
const paths = buildSplit(staging, { release: process.env.TRUNK_PROFILE === 'release', indexHtml: source });
html = html.replace('</head>', `${bootstrap(paths)}\n</head>`);

const inline = /<script type="module">\s*([\s\S]*?)<\/script>/.exec(html);
if (!inline) {
  console.error('post-build: no inline module bootstrap found in index.html');
  process.exit(1);
}
const js = /from '\.\/([\w./-]+\.js)'/.exec(inline[1])?.[1];
const wasm = /module_or_path: '\.\/([\w./-]+\.wasm)'/.exec(inline[1])?.[1];
if (!js || !wasm) {
  console.error(`post-build: the bootstrap does not name the app's files:\n${inline[1]}`);
  process.exit(1);
}

const boot = (await readFile(path.join(here, 'boot.js'), 'utf8'))
  .replace('__APP_JS__', js)
  .replace('__APP_WASM__', wasm);
const name = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
await writeFile(path.join(staging, name), boot);

// No integrity attribute: in a sandboxed frame with an opaque origin, a checked script needs CORS
// from the host, and then not even the message saying what is wrong would run.
const tag = `<script src="./${name}" defer></script>`;
const out = html.replace(inline[0], tag);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(out)) {
  console.error('post-build: an inline script is left in index.html');
  process.exit(1);
}
await writeFile(indexPath, out);
console.log(`post-build: bootstrap moved to ${name}`);
