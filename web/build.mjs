// build.mjs bundles the explorer page into dist/: hashed, minified assets
// and an index.html that names them. The output holds no timestamps, so a
// rebuild from the same sources and lockfile gives the same bytes.
//
//   node build.mjs          build into dist/
//   node build.mjs --check  build into a temporary directory and fail when
//                           it differs from the committed dist/

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');

// jsBudget is the most compressed JavaScript the first load may fetch.
const jsBudget = 500 * 1024;

const target = ['es2020', 'chrome100', 'firefox100', 'safari15'];

// bundleWorker builds the layout worker, a classic script (module workers
// are newer than the browsers targeted) that the page loads only when it
// lays out a large graph. It returns the worker's path under out.
async function bundleWorker(out) {
  const result = await build({
    absWorkingDir: here,
    entryPoints: ['src/layout-worker.js'],
    bundle: true,
    minify: true,
    format: 'iife',
    target,
    outdir: join(out, 'assets'),
    entryNames: 'layout-[hash]',
    legalComments: 'eof',
    metafile: true,
    charset: 'utf8',
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => relative(out, join(here, p)));
  const worker = outputs.find((p) => p.endsWith('.js'));
  if (!worker) throw new Error(`build: missing the layout worker in ${outputs.join(', ')}`);
  return worker;
}

async function bundle(out) {
  // The worker is built first, so the page's bundle can name it (and its
  // hash changes with the worker's).
  const worker = await bundleWorker(out);
  const result = await build({
    absWorkingDir: here,
    entryPoints: ['src/main.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    target,
    define: { __LAYOUT_WORKER__: JSON.stringify(worker) },
    outdir: join(out, 'assets'),
    entryNames: 'app-[hash]',
    assetNames: '[name]-[hash]',
    loader: { '.woff2': 'file' },
    legalComments: 'eof',
    metafile: true,
    charset: 'utf8',
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => relative(out, join(here, p)));
  const js = outputs.find((p) => p.endsWith('.js'));
  const css = outputs.find((p) => p.endsWith('.css'));
  const font = outputs.find((p) => /Vazirmatn-Regular-.*\.woff2$/.test(p));
  if (!js || !css || !font) throw new Error(`build: missing outputs in ${outputs.join(', ')}`);

  const template = readFileSync(join(here, 'src', 'index.html'), 'utf8');
  const html = template.replaceAll('{{js}}', js).replaceAll('{{css}}', css).replaceAll('{{font}}', font);
  writeFileSync(join(out, 'index.html'), html);

  mkdirSync(join(out, 'licenses'), { recursive: true });
  cpSync(join(here, 'node_modules', 'vazirmatn', 'OFL.txt'), join(out, 'licenses', 'vazirmatn-OFL.txt'));
  for (const pkg of ['cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base']) {
    cpSync(join(here, 'node_modules', pkg, 'LICENSE'), join(out, 'licenses', `${pkg}-LICENSE.txt`));
  }
  return { js, css, worker };
}

function files(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p, base) : [relative(base, p)];
    });
}

function digest(dir) {
  const h = createHash('sha256');
  for (const f of files(dir)) h.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
  return h.digest('hex');
}

function report(out, { js, css, worker }) {
  const gz = (p) => gzipSync(readFileSync(join(out, p)), { level: 9 }).length;
  const raw = (p) => statSync(join(out, p)).size;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const jsGz = gz(js);
  console.log(`web: ${js} ${kb(raw(js))} raw, ${kb(jsGz)} gzip (budget ${kb(jsBudget)})`);
  console.log(`web: ${css} ${kb(raw(css))} raw, ${kb(gz(css))} gzip`);
  console.log(`web: ${worker} ${kb(raw(worker))} raw, ${kb(gz(worker))} gzip (loaded on the first large layout, not on first load)`);
  if (jsGz > jsBudget) throw new Error(`build: first-load JavaScript is ${kb(jsGz)} gzip, over the ${kb(jsBudget)} budget`);
}

const check = process.argv.includes('--check');
const tmp = mkdtempSync(join(tmpdir(), 'peyvand-web-'));
const out = join(tmp, 'dist');
try {
  const names = await bundle(out);
  report(out, names);
  if (check) {
    if (!existsSync(dist)) throw new Error('check: web/dist is missing; run web/build.sh');
    const want = files(out);
    const have = files(dist);
    const extra = have.filter((f) => !want.includes(f));
    const missing = want.filter((f) => !have.includes(f));
    const changed = want.filter((f) => have.includes(f) && !readFileSync(join(out, f)).equals(readFileSync(join(dist, f))));
    if (extra.length || missing.length || changed.length) {
      throw new Error(`check: web/dist is stale (extra: ${extra.join(' ') || '-'}; missing: ${missing.join(' ') || '-'}; changed: ${changed.join(' ') || '-'}); run web/build.sh`);
    }
    console.log(`web: dist matches the sources (${digest(dist).slice(0, 12)})`);
  } else {
    rmSync(dist, { recursive: true, force: true });
    renameSync(out, dist);
    console.log(`web: wrote dist (${digest(dist).slice(0, 12)})`);
  }
} catch (err) {
  console.error(err.message);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
