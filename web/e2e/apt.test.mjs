// apt.test.mjs checks that run.sh waits for the package manager's lock
// when another install holds it, instead of failing: a stand-in apt-get
// reports the lock twice, then succeeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const runSh = join(dirname(fileURLToPath(import.meta.url)), 'run.sh');

function fakeAptGet(dir, lockedTimes, otherError) {
  const path = join(dir, 'apt-get');
  writeFileSync(path, `#!/bin/bash
n=$(cat "${dir}/n" 2>/dev/null || echo 0); echo $((n+1)) > "${dir}/n"
if [ "$n" -lt ${lockedTimes} ]; then echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1 (apt-get)" >&2; exit 100; fi
${otherError ? 'echo "E: Unable to locate package nosuch" >&2; exit 100' : 'echo "ran: $*"'}
`);
  chmodSync(path, 0o755);
  return path;
}

test('run.sh waits for the package manager lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apt-'));
  const r = spawnSync('bash', [runSh, '--apt-get', 'install', '-y', 'chromium'], {
    env: { ...process.env, APT_GET: fakeAptGet(dir, 2, false), APT_WAIT: '0.05' }, encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ran: .*install -y chromium/);
  assert.match(r.stderr, /waiting/);
  assert.equal(readFileSync(join(dir, 'n'), 'utf8').trim(), '3');
});

test('run.sh fails at once on another apt-get error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apt-'));
  const r = spawnSync('bash', [runSh, '--apt-get', 'install', '-y', 'nosuch'], {
    env: { ...process.env, APT_GET: fakeAptGet(dir, 0, true), APT_WAIT: '0.05' }, encoding: 'utf8',
  });
  assert.notEqual(r.status, 0);
  assert.equal(readFileSync(join(dir, 'n'), 'utf8').trim(), '1');
});
