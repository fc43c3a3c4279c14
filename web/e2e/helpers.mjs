// Shared set-up of the browser tests: a real server on loopback, Debian's
// Chromium driven by playwright-core, and a page that fails the test on a
// console error or warning, an uncaught exception or a request leaving
// loopback.

import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..', '..');
export const outDir = join(repo, 'test-output');
mkdirSync(outDir, { recursive: true });

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPage(base, proc, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    try {
      const res = await fetch(base + '/');
      const text = await res.text();
      return res.ok && text.includes('type="module"');
    } catch (err) {
      last = err.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${base} did not answer in ${timeoutMs} ms: ${last}`);
}

// build compiles a Go main once per run into dir.
function build(pkg, dir) {
  const bin = join(dir, 'server');
  execFileSync('go', ['build', '-o', bin, pkg], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  return bin;
}

async function launch(bin, args, base) {
  const proc = spawn(bin, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  try {
    const ours = await waitForPage(base, proc, 120000);
    return { proc, ours, log: () => log };
  } catch (err) {
    proc.kill('SIGTERM');
    throw new Error(`${err.message}\n${log}`);
  }
}

// startServer runs the real cmd/peyvand serve on a free loopback port with a
// fresh data directory, and args after serve's own (--api-keys, say). It
// fails when the server does not build, does not start, or does not serve
// the explorer at /: there is no stand-in.
export async function startServer({ args = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'peyvand-e2e-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const addr = `127.0.0.1:${port}`;
  const kind = 'peyvand serve';
  const bin = build('./cmd/peyvand', dir);
  const server = await launch(bin, ['serve', '--addr', addr, '--data', join(dir, 'data'), ...args], base);
  if (!server.ours) {
    server.proc.kill('SIGTERM');
    throw new Error(`peyvand serve at ${base} does not serve the explorer page at /\n${server.log()}`);
  }
  console.log(`# server: ${kind} at ${base}`);
  return {
    base,
    kind,
    log: server.log,
    async stop() {
      const exited = new Promise((r) => server.proc.once('exit', r));
      server.proc.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// launchBrowser starts Debian's Chromium headless; it never downloads one.
export function launchBrowser() {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// openPage returns a page whose problems list collects console errors and
// warnings, uncaught exceptions and every request to a host other than
// loopback (those are aborted). mock, when given, may answer a GraphQL request
// itself: it gets the parsed body and returns a JSON value or undefined.
export async function openPage(browser, { mock, viewport = { width: 1400, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, locale: 'fa-IR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:') return route.continue();
    if (!loopback.has(url.hostname)) {
      problems.push(`request left loopback: ${url.href}`);
      return route.abort('blockedbyclient');
    }
    if (mock && url.pathname.endsWith('/graphql') && route.request().method() === 'POST') {
      const answer = mock(JSON.parse(route.request().postData() || '{}'));
      if (answer !== undefined) {
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) });
      }
    }
    return route.continue();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return { page, context, problems };
}

// shot saves a screenshot under test-output/.
export async function shot(page, name) {
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// flat makes Persian text comparable: zero-width non-joiners become spaces,
// Arabic yeh and kaf become Persian ones, runs of spaces collapse.
export function flat(s) {
  return String(s)
    .replace(/\u200c/g, ' ')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\s+/g, ' ')
    .trim();
}

// usePages starts the server (with options.server as startServer takes
// them) and the browser once for a test file, closes them after it, and
// after each test fails it if that test's page logged an error or left
// loopback. It returns the server and open(route, more), which opens a
// page (with the other options as openPage takes them, more over them) at
// route.
export function usePages(options = {}) {
  const { server: serverOptions, ...pageOptions } = options;
  const ctx = { server: null };
  let browser;
  let current;
  before(async () => {
    ctx.server = await startServer(serverOptions);
    browser = await launchBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
    if (ctx.server) await ctx.server.stop();
  });
  afterEach(async () => {
    if (!current) return;
    const { context, problems } = current;
    current = null;
    await context.close();
    assert.deepEqual(problems, [], 'the page logged errors or left loopback');
  });
  ctx.open = async (route = '', more) => {
    current = await openPage(browser, { ...pageOptions, ...more });
    await current.page.goto(`${ctx.server.base}/${route}`);
    return current.page;
  };
  return ctx;
}
