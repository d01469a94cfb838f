/**
 * The demo: serves the bundled pages at their real hostnames on 127.0.0.1 and opens Chromium with
 * the built extension. With no display (or HEADLESS=1) it runs headless, saves a screenshot of each
 * page with the panel to demo-output/, prints the paths and exits.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoSites } from '../test/support/sites';
import { launchWithExtension, writeSettings } from '../test/support/browser';
import { gmailTeamContext } from '../src/sites/gmail/fixtures/expected';
import { acmeHelpdeskConfig } from '../src/sites/generic/fixtures/expected';
import { combinedResolverRules, grantFor, loadSiteFixtures, startFixtureSites } from '../test/support/site-fixtures';

const OUT = resolve(import.meta.dirname, '../demo-output');
const headless = process.env.HEADLESS === '1' || !process.env.DISPLAY;

const sites = await startDemoSites();
// Every other supported site's saved pages at their real addresses, their permissions held as
// granted (in real use the agent turns each site on in the options page).
const siteFixtures = await loadSiteFixtures();
const fixtureSites = await startFixtureSites(siteFixtures, sites.timeZone);
const browser = await launchWithExtension({
  hostResolverRules: combinedResolverRules(sites.server.hostResolverRules, fixtureSites.server.hostResolverRules),
  timezoneId: sites.timeZone,
  headless,
  grantOrigins: [...new Set(siteFixtures.map(grantFor))],
});
const pages = [
  ...sites.pages.map((p) => ({ ...p, show: () => {} })),
  ...siteFixtures.map((f) => ({ name: `${f.site}-${f.file.replace(/\.html$/, '').replace(`${f.site}-`, '')}`, url: f.url, show: () => fixtureSites.show(f) })),
];

try {
  // The demo team's own domain, as a supervisor would set it: colleagues' replies count as agent replies.
  await writeSettings(browser, {
    version: 1,
    agent: { addresses: [], domains: gmailTeamContext.agentDomains },
    // A helpdesk the supervisor described by selectors (Options → Sites → Custom helpdesk).
    sites: { custom: [acmeHelpdeskConfig] },
  });
  if (!headless) {
    // One tab per page; pages that share an address (hash routes) show their first fixture.
    const seen = new Set<string>();
    for (const page of pages) {
      if (seen.has(page.url)) continue;
      seen.add(page.url);
      await (await browser.context.newPage()).goto(page.url);
    }
    console.log('Chromium is open with the extension on the demo pages. Close the browser window to stop.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } else {
    mkdirSync(OUT, { recursive: true });
    const panelUrl = `chrome-extension://${browser.extensionId}/src/panel/index.html`;
    for (const demo of pages) {
      demo.show();
      const page = await browser.context.newPage();
      await page.goto(demo.url);
      // Wait until the panel has rendered what the page holds (a timer, an empty state or an error).
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const frame = page.frames().find((f) => f.url().startsWith(panelUrl));
        if (frame && (await frame.locator('[data-testid="timer"], [data-testid="empty"], [data-testid="layout-error"]').count())) break;
        await page.waitForTimeout(100);
      }
      await page.waitForTimeout(300);
      const path = resolve(OUT, `${demo.name}.png`);
      await page.screenshot({ path });
      console.log(`${demo.name.padEnd(34)} ${demo.url}\n${''.padEnd(34)} -> ${path}`);
      await page.close();
    }
    // The response-time dashboard, with the conversations the pages above just recorded.
    const dashboardUrl = `chrome-extension://${browser.extensionId}/src/dashboard/index.html`;
    const dashboard = await browser.context.newPage();
    await dashboard.goto(dashboardUrl);
    await dashboard.waitForLoadState('networkidle');
    await dashboard.waitForTimeout(1_000);
    const path = resolve(OUT, 'dashboard.png');
    await dashboard.screenshot({ path, fullPage: true });
    console.log(`${'dashboard'.padEnd(34)} ${dashboardUrl}\n${''.padEnd(34)} -> ${path}`);
    await dashboard.close();

    // The options page and the panel in Bengali and Hindi, chosen in the options page's Language
    // section (settings.ui.language) while the browser itself stays in English.
    const optionsUrl = `chrome-extension://${browser.extensionId}/src/options/index.html`;
    const ticket = sites.pages.find((p) => p.name === 'demo-helpdesk-ticket')!;
    for (const lang of ['bn', 'hi'] as const) {
      await writeSettings(browser, { version: 2, agent: { addresses: [], domains: gmailTeamContext.agentDomains }, sites: { custom: [acmeHelpdeskConfig] }, ui: { language: lang } });
      const options = await browser.context.newPage();
      await options.goto(optionsUrl);
      await options.locator('#targets').waitFor({ timeout: 10_000 });
      await options.waitForTimeout(300);
      const optionsPath = resolve(OUT, `options-${lang}.png`);
      await options.screenshot({ path: optionsPath, fullPage: true });
      console.log(`${`options (${lang})`.padEnd(34)} ${optionsUrl}\n${''.padEnd(34)} -> ${optionsPath}`);
      await options.close();
      const page = await browser.context.newPage();
      await page.goto(ticket.url);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const frame = page.frames().find((f) => f.url().startsWith(panelUrl));
        if (frame && (await frame.locator(`html[lang="${lang}"] [data-testid="timer"]`).count())) break;
        await page.waitForTimeout(100);
      }
      await page.waitForTimeout(300);
      const panelPath = resolve(OUT, `${ticket.name}-${lang}.png`);
      await page.screenshot({ path: panelPath });
      console.log(`${`${ticket.name} (${lang})`.padEnd(34)} ${ticket.url}\n${''.padEnd(34)} -> ${panelPath}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await sites.server.close();
  await fixtureSites.server.close();
}
