#!/usr/bin/env node
// Where the main wasm's bytes go, by module and view: runs twiggy on the wasm-bindgen output
// before wasm-opt (names are still there) and sums each function's own size under the first
// `beredning::…` module its name mentions (a generic instantiated for a view counts for that
// view), else under its crate. The function-name section is left out: wasm-opt strips it.
//
//   node scripts/wasm-breakdown.mjs [WASM] [--top N] [--json]
//
// WASM defaults to the main module of the last split build (target/split/bound/beredning_bg.wasm,
// written by scripts/split.mjs), else Trunk's target/wasm-bindgen/release/beredning_bg.wasm.
// Needs `twiggy` (cargo install twiggy; scripts/bench.sh installs it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 30;
const wasm =
  args.find((a) => a.endsWith('.wasm')) ||
  ['target/split/bound/beredning_bg.wasm', 'target/wasm-bindgen/release/beredning_bg.wasm'].map((p) => path.join(root, p)).find((p) => existsSync(p));

/** The bucket a twiggy item belongs to. */
export function bucket(name) {
  if (name.startsWith('"function names"')) return null;
  if (name.startsWith('data segment')) return 'data (.rodata: texts, tables)';
  const ours = name.match(/beredning::((?:ui::(?:pages|widgets|shell|state|browser|text)::[a-z_0-9]+(?:::[a-z_0-9]+)?)|(?:core::[a-z_0-9]+(?:::[a-z_0-9]+)?)|(?:persistence(?:::[a-z_0-9]+)?)|[a-z_0-9]+)/);
  if (ours) return `beredning::${ours[1].replace(/::__component_[a-z_0-9]+$/, '').replace(/::h[0-9a-f]{16}$/, '')}`;
  const krate = name.match(/^<?(?:&(?:mut )?)?([a-z_][a-z_0-9]*)::/);
  if (krate) return `crate ${krate[1]}`;
  if (/^(code|elem|table|import|export|type|global|memory)\[/.test(name)) return 'wasm structure';
  return 'other (closures, shims)';
}

const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', wasm], { maxBuffer: 1 << 28 }).toString();
const sums = new Map();
let total = 0;
for (const line of csv.split('\n').slice(1)) {
  const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  if (!m) continue;
  const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
  const key = bucket(name);
  if (key === null) continue;
  const bytes = Number(m[2]);
  total += bytes;
  sums.set(key, (sums.get(key) || 0) + bytes);
}
const rows = [...sums].sort((a, b) => b[1] - a[1]);
if (args.includes('--json')) {
  console.log(JSON.stringify({ wasm, total, buckets: Object.fromEntries(rows) }));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`main wasm before wasm-opt, without function names: ${kb(total)} KB (${path.relative(root, wasm)})`);
  for (const [key, bytes] of rows.slice(0, top)) {
    console.log(`${kb(bytes)} KB ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
  const rest = rows.slice(top).reduce((s, [, b]) => s + b, 0);
  if (rest) console.log(`${kb(rest)} KB ${((100 * rest) / total).toFixed(1).padStart(5)} %  (${rows.length - top} smaller buckets)`);
}
