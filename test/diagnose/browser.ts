// Headless Chromium for page tests: Debian's chromium driven by playwright-core. A missing browser is a
// test failure with the fix in the message, never a skip.

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; ETCOT_CHROMIUM points elsewhere (e.g. to check the missing-browser failure). */
export const CHROMIUM_PATH = process.env.ETCOT_CHROMIUM ?? '/usr/bin/chromium';

export const TEST_OUTPUT_DIR = path.resolve(fileURLToPath(new URL('../../test-output/', import.meta.url)));

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}; the HTML report tests need it. ` +
        'Install it with: apt-get update && apt-get install -y chromium',
    );
  }
  mkdirSync(TEST_OUTPUT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
