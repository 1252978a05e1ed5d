// Builds the front-end assets into web/dist/ for the server's /static/ route.
//
// Every output file gets a content hash in its name (`name-HASH.ext`) so the server can send
// `Cache-Control: immutable`; web/dist/manifest.json maps logical names ("app.css") to the hashed
// files and is what the C++ AssetManifest reads. Nothing here references a third-party host: fonts
// are self-hosted, and data: URLs inside CSS are written out as files, because the strict CSP
// (`img-src 'self'`) would block them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.dirname(webDir);
const outDir = process.env.MASSEFLYT_STATIC_OUT ?? path.join(webDir, 'dist');
// The server serves web/dist/ flat under this prefix (src/platform/web/static_files.cpp).
const publicPath = '/static/';

const manifest = {};
const written = new Map();  // hashed name -> content, to detect collisions

// Same shape as esbuild's [hash]: 8 characters of base32 (A-Z, 2-7) from SHA-256.
function contentHash(content) {
  const digest = createHash('sha256').update(content).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 8) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= 8) break;
  }
  return out;
}

async function emit(logicalName, content, { named = false } = {}) {
  const ext = path.extname(logicalName);
  const base = path.basename(logicalName, ext);
  // `named`: the logical name already carries the content hash.
  const hashed = named ? logicalName : `${base}-${contentHash(content)}${ext}`;
  if (manifest[logicalName] && manifest[logicalName] !== hashed) {
    throw new Error(`two different files claim the logical name ${logicalName}`);
  }
  manifest[logicalName] = hashed;
  if (!written.has(hashed)) {
    written.set(hashed, content);
    await writeFile(path.join(outDir, hashed), content);
  }
  return publicPath + hashed;
}

// Replaces url("data:image/...") in CSS with hashed files next to it. A small scanner rather than
// a regular expression, because the quoted SVG payloads contain escaped quotes and parentheses.
async function externaliseDataUrls(css) {
  let out = '';
  let pos = 0;
  for (;;) {
    const at = css.indexOf('url(', pos);
    if (at < 0) break;
    let i = at + 4;
    while (css[i] === ' ') i++;
    const quote = css[i] === '"' || css[i] === "'" ? css[i] : '';
    let value = '';
    if (quote) {
      for (i++; i < css.length && css[i] !== quote; i++) {
        if (css[i] === '\\' && i + 1 < css.length) {
          i++;
          value += css[i];
        } else {
          value += css[i];
        }
      }
      i++;  // closing quote
      while (css[i] === ' ') i++;
    } else {
      for (; i < css.length && css[i] !== ')'; i++) value += css[i];
    }
    const end = i + 1;  // past ')'
    const match = /^data:image\/(svg\+xml|png|jpeg|gif)((?:;[^,;]*)*),(.*)$/s.exec(value);
    if (css[i] !== ')' || !match) {
      out += css.slice(pos, at + 4);
      pos = at + 4;
      continue;
    }
    const [, type, params, payload] = match;
    const bytes = /;base64$/.test(params)
      ? Buffer.from(payload, 'base64')
      : Buffer.from(decodeURIComponent(payload), 'utf8');
    const ext = { 'svg+xml': '.svg', png: '.png', jpeg: '.jpg', gif: '.gif' }[type];
    const url = await emit(`ikon-${contentHash(bytes)}${ext}`, bytes, { named: true });
    out += css.slice(pos, at) + `url("${url}")`;
    pos = end;
  }
  return out + css.slice(pos);
}

async function bundle(entry) {
  const result = await build({
    entryPoints: [path.join(webDir, 'src', entry)],
    bundle: true,
    minify: true,
    write: false,
    outdir: outDir,
    entryNames: '[name]',
    assetNames: '[name]-[hash]',
    publicPath,
    loader: { '.woff2': 'file', '.woff': 'file', '.svg': 'file', '.png': 'file' },
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    format: 'iife',
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    if (name === entry || name === entry.replace(/\.js$/, '.css')) {
      let content = Buffer.from(file.contents);
      if (name.endsWith('.css')) content = Buffer.from(await externaliseDataUrls(content.toString('utf8')));
      await emit(name, content);
    } else {
      // An asset esbuild already named with its hash (fonts); the logical name drops the hash.
      const logical = name.replace(/-[A-Z0-9]{8}(\.[a-z0-9]+)$/, '$1');
      manifest[logical] = name;
      written.set(name, file.contents);
      await writeFile(file.path, file.contents);
    }
  }
}

async function copyFromPackage(logicalName, packageFile, transform = (s) => s) {
  const source = path.join(rootDir, 'node_modules', packageFile);
  const text = await readFile(source, 'utf8');
  await emit(logicalName, Buffer.from(await transform(text)));
}

// Source-map comments would make browser tools request files we do not ship.
const stripSourceMap = (text) => text.replace(/\n?\/[/*][#@] sourceMappingURL=[^\n]*\s*$/, '\n');

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

await bundle('app.js');       // also emits app.css (web/src/app.js imports it) and the fonts
await bundle('api-viewer.js');  // the developer portal's viewer start-up, plus its style overrides
await bundle('map.js');       // the registry map (Leaflet + markercluster), plus map.css and marker images
await bundle('address-search.js');  // the address combobox (Kartverket through our API)
await emit('favicon.svg', await readFile(path.join(webDir, 'src', 'favicon.svg')));
await copyFromPackage('htmx.js', 'htmx.org/dist/htmx.min.js', stripSourceMap);
await copyFromPackage('swagger-ui.js', 'swagger-ui-dist/swagger-ui-bundle.js', stripSourceMap);
await copyFromPackage('swagger-ui.css', 'swagger-ui-dist/swagger-ui.css',
  (text) => externaliseDataUrls(stripSourceMap(text)));

const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(sorted, null, 2) + '\n');
console.log(`web/build.mjs: ${Object.keys(sorted).length} filer i ${path.relative(rootDir, outDir) || outDir}`);
