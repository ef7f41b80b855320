// Trunk post_build hook. 1. Replaces Trunk's inline bootstrap <script type="module"> in index.html
// by a hashed classic script (scripts/boot.js with the hashed file names filled in), so the app
// runs under a Content-Security-Policy without 'unsafe-inline' and shows why when it cannot
// start. 2. Writes the service worker sw.js (scripts/sw.js with this build's file list and a
// version hashed from their contents), so the app works offline after one visit. 3. Writes
// precompressed .br and .gz copies of the wasm, JS and CSS for hosts that serve them
// (nginx gzip_static/brotli_static, IIS). Also joins the stylesheets into the first screen's and
// the views' (bundleStyles), minifies the boot script and the CSS in a release build
// (scripts/minify.mjs), and preloads the JS glue and the main wasm. Fails the build if the bootstrap is not where Trunk 0.21 puts it, so a Trunk upgrade
// that changes it cannot slip through.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSplit, bootstrap } from './split.mjs';
import { minifyCss, minifyJs } from './minify.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)');
  process.exit(1);
}
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The sheets the first screen (the shell and the plan list) needs; index.html links them first
 * and `adapt` last. Every other sheet styles a page of a lazily loaded part of the app.
 */
const FIRST_SCREEN = ['main', 'adapt'];
/** Loaded after the other sheets, so it wins where they disagree (style/adapt.css). */
const LAST = 'adapt';

const indexPath = path.join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

// The app itself is built here, split into chunks (scripts/split.mjs); its bootstrap goes where
// Trunk would have put one, and is then moved into a file like Trunk's own below.
const release = process.env.TRUNK_PROFILE === 'release';
const styles = await bundleStyles(staging, html);
html = styles.page;
const source = await readFile(path.join(process.env.TRUNK_SOURCE_DIR || path.join(here, '..'), 'index.html'), 'utf8');
const paths = buildSplit(staging, { release, indexHtml: source, viewsCss: styles.views });
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

const bootSource = (await readFile(path.join(here, 'boot.js'), 'utf8'))
  .replace('__APP_JS__', js)
  .replace('__APP_WASM__', wasm);
const boot = release ? minifyJs(bootSource, { module: false }) : bootSource;
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
// The app's first screen waits for every stylesheet and then for the script, the JS glue and
// the main wasm, one after the other. Preloading the glue and the wasm fetches them beside the
// styles, and one stylesheet for the first screen instead of one per view saves round trips on a slow connection
// (docs/performance.md). The preloads use the request modes the boot script's import() and
// wasm-bindgen's fetch() use, so the browser can reuse what was preloaded.
// The glue's own static imports (the split loader `__wasm_split.js`) are preloaded too: found
// only once the glue is parsed, each would otherwise cost another round trip before the start.
const glue = await readFile(path.join(staging, js), 'utf8');
const glueDir = path.posix.dirname(js);
const imported = [...new Set([...glue.matchAll(/\bimport\s*[\w${}*,\s]*?\s*from\s*"\.\/([^"]+)"/g)].map((m) => m[1]))];
if (imported.length === 0) {
  console.error('post-build: the JS glue imports nothing (the split loader is missing)');
  process.exit(1);
}
const preloads = [
  `<link rel="modulepreload" href="./${js}">`,
  ...imported.map((file) => `<link rel="modulepreload" href="./${path.posix.join(glueDir, file)}">`),
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`,
].join('\n    ');
await writeFile(indexPath, out.replace('<link rel="manifest"', `${preloads}\n    <link rel="manifest"`));
console.log(`post-build: bootstrap moved to ${name}, glue and wasm preloaded`);

/**
 * Joins the stylesheets Trunk linked, in their order, into two hashed files: `app-<hash>.css`,
 * linked in the page, with what the first screen needs, and `views-<hash>.css` with the rest,
 * which the split loader adds with the first part it loads (scripts/packs.mjs), so its bytes
 * are not on the first screen's path. `adapt` ends both, so it still wins over the views'
 * rules. A print-only sheet is wrapped in `@media print`. Minified in a release build.
 * Returns the page with one link in place of the many, and the views' file name.
 */
async function bundleStyles(dir, page) {
  const link = /[ \t]*<link rel="stylesheet" href="\.\/([\w.-]+\.css)"[^>]*?(?: media="(\w+)")?\s*\/?>\n?/g;
  const parts = [];
  let first = -1;
  const rest = page.replace(link, (tag, file, media, at) => {
    if (first < 0) first = at;
    parts.push({ file, media, name: file.replace(/-[0-9a-f]+\.css$/, '') });
    return '';
  });
  const missing = FIRST_SCREEN.filter((name) => !parts.some((p) => p.name === name));
  if (parts.length === 0 || missing.length > 0) {
    console.error(`post-build: stylesheet links not found in index.html: ${missing.join(', ') || 'any'}`);
    process.exit(1);
  }
  const text = new Map();
  for (const { file, media, name } of parts) {
    const css = await readFile(path.join(dir, file), 'utf8');
    text.set(name, media ? `@media ${media} {\n${css}\n}\n` : `${css}\n`);
    await rm(path.join(dir, file));
  }
  const join = (names) => {
    const css = names.map((name) => text.get(name)).join('');
    return release ? minifyCss(css) : css;
  };
  const screen = parts.filter((p) => FIRST_SCREEN.includes(p.name)).map((p) => p.name);
  const others = parts.filter((p) => !FIRST_SCREEN.includes(p.name));
  const views = [...others.filter((p) => !p.media).map((p) => p.name), LAST, ...others.filter((p) => p.media).map((p) => p.name)];
  const written = [];
  for (const [prefix, names] of [['app', screen], ['views', views]]) {
    const css = join(names);
    const file = `${prefix}-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    await writeFile(path.join(dir, file), css);
    written.push(file);
  }
  console.log(`post-build: ${parts.length} stylesheets joined into ${written.join(' and ')}`);
  return { page: `${rest.slice(0, first)}    <link rel="stylesheet" href="./${written[0]}">\n${rest.slice(first)}`, views: written[1] };
}

/** Every file of the bundle, relative to it, with '/' separators, sorted. */
async function bundleFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await bundleFiles(path.join(dir, entry.name), `${rel}/`)));
    else out.push(rel);
  }
  return out.sort();
}

// The worker caches what the app needs to run; the README's screenshot, compressed copies (made
// below, and never asked for by a browser that talks to the worker) and the split chunks' packs
// (a page the worker controls fetches the chunks one by one, from its cache: scripts/packs.mjs)
// are left out.
const cached = (await bundleFiles(staging)).filter(
  (f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f) && f !== 'public/screenshot.png' && !/\/pack_\w+\.wasm$/.test(f),
);
const version = createHash('sha256');
for (const f of cached) {
  version.update(f).update('\0').update(await readFile(path.join(staging, f))).update('\0');
}
const versionId = version.digest('hex').slice(0, 16);
const sw = (await readFile(path.join(here, 'sw.js'), 'utf8'))
  .replace('__VERSION__', versionId)
  .replace('__FILES__', JSON.stringify(cached, null, 2));
if (/__(VERSION|FILES)__/.test(sw)) {
  console.error('post-build: a placeholder is left in sw.js');
  process.exit(1);
}
await writeFile(path.join(staging, 'sw.js'), sw);
console.log(`post-build: sw.js caches ${cached.length} files as version ${versionId}`);

// Precompressed copies, made once here so a host needs no compression of its own.
let compressed = 0;
for (const f of await bundleFiles(staging)) {
  if (!/\.(wasm|js|css)$/.test(f)) continue;
  const file = path.join(staging, f);
  const raw = await readFile(file);
  await writeFile(`${file}.gz`, gzipSync(raw, { level: 9 }));
  await writeFile(
    `${file}.br`,
    brotliCompressSync(raw, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [zlib.BROTLI_PARAM_MODE]: /\.wasm$/.test(f) ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
      },
    }),
  );
  compressed += 1;
}
console.log(`post-build: ${compressed} files precompressed (.br, .gz)`);
