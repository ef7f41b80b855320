// Short names for the main module's imports from its JS glue, in a release build.
//
// wasm-bindgen names each import after its function with a 16-digit hash
// (`__wbg_classList_97e966c261669b85`), written twice: in the main wasm's import section and as
// the key of the glue's import object. The hashes do not compress: the 184 names were 3,8 KB of
// the main wasm's gzip and 2,7 KB of the glue's, all on the first screen's path
// (docs/performance.md). Both sides are renamed together here, after wasm-opt and before the
// glue is minified; the chunks import nothing from the glue (only from the split loader), so
// the main module and its glue are the only two places a name lives.
import { readFileSync, writeFileSync } from 'node:fs';

/** The module name wasm-bindgen gives the glue's imports, and the short one used instead. */
const GLUE_MODULE = './beredning_bg.js';
const SHORT_MODULE = 'a';

function readLeb(buf, at) {
  let value = 0;
  let shift = 0;
  let pos = at;
  for (;;) {
    const byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, pos];
  }
}

function leb(value) {
  const out = [];
  let rest = value;
  do {
    let byte = rest & 0x7f;
    rest = Math.floor(rest / 128);
    if (rest) byte |= 0x80;
    out.push(byte);
  } while (rest);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** The n-th short identifier: a…z, A…Z, then two letters; none starts with `__`. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = letters[n % letters.length];
  let rest = Math.floor(n / letters.length);
  while (rest > 0) {
    rest -= 1;
    out = letters[rest % letters.length] + out;
    rest = Math.floor(rest / letters.length);
  }
  return out;
}

/** Length in bytes of an import's description after its names (kind and type). */
function descLength(buf, at) {
  const kind = buf[at];
  let pos = at + 1;
  if (kind === 0) {
    [, pos] = readLeb(buf, pos); // function: type index
  } else if (kind === 1) {
    pos += 1; // table: element type, then limits
    const flags = buf[pos++];
    [, pos] = readLeb(buf, pos);
    if (flags & 1) [, pos] = readLeb(buf, pos);
  } else if (kind === 2) {
    const flags = buf[pos++]; // memory: limits
    [, pos] = readLeb(buf, pos);
    if (flags & 1) [, pos] = readLeb(buf, pos);
  } else if (kind === 3) {
    pos += 2; // global: value type, mutability
  } else if (kind === 4) {
    pos += 1; // tag: attribute, then type index
    [, pos] = readLeb(buf, pos);
  } else {
    throw new Error(`imports: unknown import kind ${kind}`);
  }
  return pos - at;
}

/**
 * Renames the glue's imports in the wasm at `wasmPath` and the keys of the glue's import object
 * in the (not yet minified) JS at `jsPath`. Throws, failing the build, when a name is not found
 * exactly once as a key in the glue: a wasm-bindgen that writes its glue otherwise must not
 * produce a module whose imports are missing. Returns how many imports were renamed.
 */
export function shortenImports(wasmPath, jsPath) {
  const buf = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  const renames = new Map();
  const out = [buf.subarray(0, 8)];
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, body] = readLeb(buf, pos + 1);
    const end = body + size;
    if (id !== 2) {
      out.push(buf.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, at] = readLeb(buf, body);
    const entries = [leb(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleAt] = readLeb(buf, at);
      const module = buf.toString('utf8', moduleAt, moduleAt + moduleLength);
      const [fieldLength, fieldAt] = readLeb(buf, moduleAt + moduleLength);
      const field = buf.toString('utf8', fieldAt, fieldAt + fieldLength);
      const descAt = fieldAt + fieldLength;
      const desc = buf.subarray(descAt, descAt + descLength(buf, descAt));
      at = descAt + desc.length;
      if (module !== GLUE_MODULE) {
        entries.push(name(module), name(field), desc);
        continue;
      }
      if (!renames.has(field)) renames.set(field, shortName(renames.size));
      entries.push(name(SHORT_MODULE), name(renames.get(field)), desc);
    }
    if (at !== end) throw new Error('imports: the import section did not end where its size says');
    const section = Buffer.concat(entries);
    out.push(Buffer.from([2]), leb(section.length), section);
    pos = end;
  }

  // Each name must be in the glue once, as a key of the import object (the name, then a colon):
  // anywhere else, the glue would still use the old name.
  const replaceOnce = (label, word, replacement) => {
    const key = `${word}(?=\\s*:)`;
    const hits = js.match(new RegExp(word, 'g'))?.length ?? 0;
    const keys = js.match(new RegExp(key, 'g'))?.length ?? 0;
    if (hits !== 1 || keys !== 1) throw new Error(`imports: ${label} is ${hits} times in the glue (${keys} as a key), not once`);
    js = js.replace(new RegExp(key), replacement);
  };
  for (const [from, to] of renames) replaceOnce(from, `(?<![\\w$])${from}(?![\\w$])`, to);
  replaceOnce(GLUE_MODULE, `"${GLUE_MODULE.replace(/[.]/g, '\\.')}"`, `"${SHORT_MODULE}"`);
  writeFileSync(wasmPath, Buffer.concat(out));
  writeFileSync(jsPath, js);
  return renames.size;
}
