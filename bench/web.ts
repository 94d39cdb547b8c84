/**
 * Web performance and accessibility on a phone-class budget: Lighthouse (mobile emulation, 4x CPU
 * slowdown, simulated slow 4G) against the built app served by the real server, for the start page,
 * the body map and a muscle page. Prints the scores and the key timings. Run: `npm run bench:web`
 * (after `npm run build`). Uses Debian's Chromium; no network.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { startTestServer } from '../e2e/support/server.ts';

const PAGES = ['/', '/body-map', '/atlas/muscles/soleus'];

const server = await startTestServer();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  process.stdout.write(`Lighthouse ${'(mobile, 4x CPU, slow 4G simulated)'} against ${server.url}\n`);
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error(`no Lighthouse result for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string): string => String(Math.round((categories[id]?.score ?? 0) * 100));
    const ms = (id: string): string => `${Math.round(audits[id]?.numericValue ?? 0)} ms`;
    process.stdout.write(
      `${path.padEnd(24)} performance ${score('performance')}  accessibility ${score('accessibility')}  ` +
        `best practices ${score('best-practices')}  FCP ${ms('first-contentful-paint')}  LCP ${ms('largest-contentful-paint')}  ` +
        `TBT ${ms('total-blocking-time')}\n`,
    );
  }
} finally {
  chrome.kill();
  await server.stop();
}
