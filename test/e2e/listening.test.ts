/**
 * Active-listening prompts in the built extension on the saved Gmail thread where the customer
 * wrote last and the reply box is open: the panel lists the customer's question, flags and name;
 * typing a draft into Gmail's compose body ticks the checklist live (the content script re-sends
 * the snapshot as the agent types); Copy and Insert put a suggestion on the clipboard or at the
 * caret of the reply box; and the section passes axe. With settings.listening.remindOnSend on,
 * pressing Send on a reply that leaves the question unanswered brings a polite, dismissible note
 * while the page still gets the click (or key) as always; with it off, nothing shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { gmailExpected, gmailTeamContext } from '../../src/sites/gmail/fixtures/expected';
import { writeSettings } from '../support/browser';
import { collectPageErrors, panelFrame, seriousAxeViolations, startHarness, type Harness } from './harness';

const THREAD = gmailExpected['gmail-2026-11-customer-last.html']!.url;
// The compose body of the open thread (src/sites/gmail/selectors.ts replyBody, seen 2026-11).
const COMPOSE = 'div[g_editable="true"][contenteditable="true"]';
// Its Send button (selectors.ts sendButton, seen 2026-11).
const SEND = '.IZ .Up > div > [role="button"]';
const OTHER_THREAD = new URL(gmailExpected['gmail-2026-11-second-thread.html']!.url).hash;

let h: Harness;
let page: Page;
let panel: Frame;
let errors: string[];

beforeAll(async () => {
  h = await startHarness();
  await writeSettings(h.browser, { version: 1, agent: { addresses: [], domains: gmailTeamContext.agentDomains } });
  page = await h.browser.context.newPage();
  errors = collectPageErrors(page);
  await page.goto(THREAD);
  panel = await panelFrame(page, h.browser.extensionId);
});
afterAll(async () => {
  await h?.close();
});

const item = (id: string) => panel.locator(`[data-testid="listen-item"][data-item="${id}"]`);
const visibleCompose = () => page.locator(COMPOSE).filter({ visible: true }).first();

describe('listening prompts on a Gmail thread', () => {
  it("lists the customer's question verbatim, the urgency with its words, and the name", async () => {
    await expect.poll(() => panel.locator('[data-testid="listen-question"]').allTextContents(), { timeout: 15_000 }).toEqual([
      'Can you refund me instead?',
    ]);
    await expect.poll(() => panel.locator('[data-testid="listen-name"]').textContent()).toBe('Customer’s name: Maya');
    const urgent = panel.locator('[data-flag="urgent"]');
    await expect.poll(() => urgent.locator('mark').allTextContents()).toEqual(['before Friday']);
    expect(await panel.locator('[data-flag="frustrated"]').count()).toBe(0);
  });

  it('checks the draft already in the reply box', async () => {
    // "Hi Maya, I'm so sorry the replacement arrived cracked too. I've asked our warehouse to"
    await expect.poll(() => item('name').getAttribute('data-done'), { timeout: 15_000 }).toBe('true');
    expect(await item('question-0').getAttribute('data-done')).toBe('false');
    expect(await item('expectation').getAttribute('data-done')).toBe('false');
    // Open items say so in words and offer a suggestion in the customer's language.
    expect(await item('expectation').textContent()).toContain('missing');
    expect(await item('question-0').locator('[data-testid="listen-suggestion"]').textContent()).toContain('Can you refund me instead?');
  });

  it('ticks the checklist live while the agent types in Gmail', async () => {
    const compose = visibleCompose();
    await compose.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("Hi Maya, I'm sorry the second kettle arrived damaged too. Yes, I've refunded £39 to your card today; ");
    // Mid-draft: the question is answered, the time is not there yet.
    await expect.poll(() => item('question-0').getAttribute('data-done'), { timeout: 15_000 }).toBe('true');
    expect(await item('expectation').getAttribute('data-done')).toBe('false');
    await page.keyboard.type('it will be back on your card within 5 business days.');
    await expect.poll(() => item('expectation').getAttribute('data-done'), { timeout: 15_000 }).toBe('true');
    expect(await item('next-step').getAttribute('data-done')).toBe('true');
    expect(await item('name').getAttribute('data-done')).toBe('true');
    await expect.poll(() => panel.locator('[data-testid="listen-summary"]').textContent()).toBe('4 of 4 done');
  });

  it('inserts a suggestion at the caret of the reply box and copies one', async () => {
    const compose = visibleCompose();
    await compose.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hi Maya, ');
    await expect.poll(() => item('expectation').getAttribute('data-done'), { timeout: 15_000 }).toBe('false');
    const suggestion = (await item('expectation').locator('[data-testid="listen-suggestion"]').textContent())!;
    await item('expectation').getByRole('button', { name: /^Insert suggestion/ }).click();
    await expect.poll(() => compose.innerText(), { timeout: 10_000 }).toContain(suggestion);
    expect(await compose.innerText()).toMatch(/^Hi Maya, I'll update you by/);
    await expect.poll(() => panel.locator('[data-testid="listen-status"]').textContent(), { timeout: 10_000 }).toBe('Suggestion inserted into your reply');

    await item('question-0').getByRole('button', { name: /^Copy suggestion/ }).click();
    await expect
      .poll(() => panel.locator('[data-testid="listen-status"]').textContent())
      .toMatch(/^(Suggestion copied|Suggestion selected: press Ctrl\+C to copy it)$/);
  });

  it('is a section with headings and lists that passes axe, and the page has no errors', async () => {
    expect(await panel.getByRole('heading', { name: 'Listening' }).count()).toBe(1);
    expect(await panel.getByRole('list', { name: 'Your reply' }).count()).toBe(1);
    expect(await panel.getByRole('list', { name: 'Questions in the latest message' }).count()).toBe(1);
    expect(await seriousAxeViolations(panel)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a gentle reminder after Send (settings.listening.remindOnSend)', () => {
  const note = () => panel.locator('[data-testid="listen-sent-note"]');
  const sendButton = () => page.locator(SEND).filter({ visible: true }).first();
  const remindOnSend = (on: boolean) =>
    writeSettings(h.browser, { version: 2, agent: { addresses: [], domains: gmailTeamContext.agentDomains }, listening: { remindOnSend: on } });

  /** The page's own listeners on Send and the reply box: what reached them, and whether anything was prevented. */
  async function watchThePage(): Promise<void> {
    await page.evaluate(({ send, compose }) => {
      const seen = { sendClicks: 0, bubbledClicks: 0, ctrlEnter: 0, prevented: 0 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const button = [...document.querySelectorAll<HTMLElement>(send)].find((el) => el.offsetParent !== null)!;
      button.addEventListener('click', (e) => {
        seen.sendClicks++;
        if (e.defaultPrevented) seen.prevented++;
      });
      document.addEventListener('click', (e) => {
        if (button.contains(e.target as Node)) seen.bubbledClicks++;
      });
      document.querySelector(compose)!.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key !== 'Enter' || !(e as KeyboardEvent).ctrlKey) return;
        seen.ctrlEnter++;
        if (e.defaultPrevented) seen.prevented++;
      });
    }, { send: SEND, compose: COMPOSE });
  }
  const seen = () => page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);

  /** Replaces the draft and waits until the panel's checklist has it. */
  async function draft(text: string, answered: boolean): Promise<void> {
    const compose = visibleCompose();
    await compose.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => item('name').getAttribute('data-done'), { timeout: 15_000 }).toBe('false');
    await page.keyboard.type(text);
    await expect.poll(() => item('name').getAttribute('data-done'), { timeout: 15_000 }).toBe('true');
    await expect.poll(() => item('question-0').getAttribute('data-done'), { timeout: 15_000 }).toBe(String(answered));
  }

  it('with the setting on, Send on a reply that leaves the question open brings a polite note; the page still gets the click', async () => {
    await remindOnSend(true);
    await watchThePage();
    await draft("Hi Maya, I'm so sorry the second kettle arrived damaged too. I'll update you by Friday.", false);
    await sendButton().click();
    await expect.poll(() => note().count(), { timeout: 10_000 }).toBe(1);
    expect(await note().textContent()).toContain('You sent this reply with 1 question not answered: «Can you refund me instead?»');
    // Announced politely, not an alert dialog.
    const region = panel.locator('[data-testid="listen-sent-region"]');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await panel.locator('[role="alert"], [role="alertdialog"], dialog').count()).toBe(0);
    // Sending went on as always: the button's own handler and the bubbling phase both saw the click, unprevented.
    expect(await seen()).toEqual({ sendClicks: 1, bubbledClicks: 1, ctrlEnter: 0, prevented: 0 });
    expect(await seriousAxeViolations(panel)).toEqual([]);

    await note().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => note().count()).toBe(0);
  });

  it('hears Ctrl+Enter in the reply box too, and a later reply that answers everything takes the note back', async () => {
    await visibleCompose().click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => note().count(), { timeout: 10_000 }).toBe(1);
    expect((await seen()).ctrlEnter).toBe(1);
    expect((await seen()).prevented).toBe(0);

    await draft("Hi Maya, yes, I've refunded £39 to your card today; it will be back within 5 business days.", true);
    await sendButton().click();
    await expect.poll(() => note().count(), { timeout: 10_000 }).toBe(0);
    expect((await seen()).sendClicks).toBe(2);
  });

  it('stays when the page closes the reply box on Send, as Gmail does, and goes away when the conversation changes', async () => {
    await draft("Hi Maya, I'm so sorry the second kettle arrived damaged too. I'll update you by Friday.", false);
    await page.evaluate((send) => {
      const button = [...document.querySelectorAll<HTMLElement>(send)].find((el) => el.offsetParent !== null)!;
      button.addEventListener('click', () => button.closest('[data-compose-id]')!.remove());
    }, SEND);
    await sendButton().click();
    await expect.poll(() => note().count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.locator('[data-testid="listen-no-draft"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await note().textContent()).toContain('«Can you refund me instead?»');
    await page.evaluate((hash) => (location.hash = hash), OTHER_THREAD);
    await expect.poll(() => note().count(), { timeout: 15_000 }).toBe(0);
    await page.evaluate((hash) => (location.hash = hash), new URL(THREAD).hash);
    await expect.poll(() => panel.locator('[data-testid="listen-question"]').allTextContents(), { timeout: 15_000 }).toEqual(['Can you refund me instead?']);
    expect(await note().count()).toBe(0);
  });

  it('with the setting off, Send shows nothing and the page gets the click', async () => {
    await remindOnSend(false);
    await watchThePage();
    await draft("Hi Maya, I'm so sorry the second kettle arrived damaged too. I'll update you by Friday.", false);
    await sendButton().click();
    await visibleCompose().click();
    await page.keyboard.press('Control+Enter');
    // Nothing to wait for when nothing happens: give a note the time one takes to appear (well under a second above).
    await page.waitForTimeout(2_000);
    expect(await note().count()).toBe(0);
    expect(await seen()).toEqual({ sendClicks: 1, bubbledClicks: 1, ctrlEnter: 1, prevented: 0 });
    expect(errors).toEqual([]);
  });
});
