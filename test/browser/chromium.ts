// Headless Debian Chromium for the browser tests: launch options, and whether the tests may skip.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '../helpers/fake-io.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(REPO_ROOT, 'test', 'artifacts');

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * The tests skip only on a desk without Chromium; under CI (CI set) they run and fail if it is
 * missing, so a broken CI image cannot pass silently.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env['CI'] !== undefined && process.env['CI'] !== '') return undefined;
  return `${CHROMIUM} is missing: browser tests skipped (install it with .ci/system-deps.sh; under CI=true they run and fail)`;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
