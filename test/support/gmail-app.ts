/**
 * Serves the saved Gmail pages as one Gmail "app" at https://mail.google.com/mail/u/0/, the way
 * Gmail itself works: one document whose main view changes with the URL hash. The inbox fixture is
 * the shell; every other fixture's main view joins it as a <template data-fixture-view>, which
 * gmail-fixture-nav.js swaps in on hashchange. Each fixture's times are rendered in its own locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { renderFixture } from './fixture-template';
import { gmailExpected } from '../../src/sites/gmail/fixtures/expected';

export const GMAIL_BASE = 'https://mail.google.com/mail/u/0/';
const FIXTURES = resolve(import.meta.dirname, '../../src/sites/gmail/fixtures');
const SHELL = 'gmail-2026-11-inbox.html';
const NAV_SCRIPT = 'gmail-fixture-nav.js';
/** The fixtures' look (the saved pages have Gmail's DOM but no styles); each fixture links it. */
const STYLESHEET = 'gmail-fixture.css';

export interface GmailAsset {
  /** Content-Type to serve it with. */
  type: string;
  body: string;
}

export interface GmailThreadPage {
  /** Short name for screenshots, e.g. "customer-last". */
  name: string;
  file: string;
  /** The URL the fixture's expectations name (its hash opens it in the app). */
  url: string;
}

export interface GmailAppFiles {
  shell: string;
  others: { file: string; html: string }[];
  threads: GmailThreadPage[];
  /** Files the pages load, by name relative to GMAIL_BASE. */
  assets: Map<string, GmailAsset>;
}

export function gmailAppFiles(): GmailAppFiles {
  const files = readdirSync(FIXTURES).filter((f) => /^gmail-.*\.html$/.test(f)).sort();
  const read = (f: string) => readFileSync(join(FIXTURES, f), 'utf8');
  const threads: GmailThreadPage[] = [];
  for (const file of files) {
    const expected = gmailExpected[file];
    if (!expected) throw new Error(`fixture ${file} has no entry in expected.ts`);
    if (expected.kind === 'no-thread') continue;
    threads.push({ name: file.replace(/^gmail-\d{4}-\d{2}-|\.html$/g, ''), file, url: expected.url });
  }
  return {
    shell: read(SHELL),
    others: files.filter((f) => f !== SHELL).map((file) => ({ file, html: read(file) })),
    threads,
    assets: new Map([
      [NAV_SCRIPT, { type: 'text/javascript; charset=utf-8', body: read(NAV_SCRIPT) }],
      [STYLESHEET, { type: 'text/css; charset=utf-8', body: read(STYLESHEET) }],
    ]),
  };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Views a rendered fixture holds: its visible main view and its templates. */
function viewsOf(window: Window, html: string): Map<string, { title: string; content: string }> {
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const views = new Map<string, { title: string; content: string }>();
  for (const main of doc.querySelectorAll('[role="main"][data-fixture-view]')) {
    if (main.closest('[style*="display: none"]')) continue;
    views.set(main.getAttribute('data-fixture-view')!, { title: doc.title, content: main.innerHTML });
  }
  for (const t of doc.querySelectorAll('template[data-fixture-view]')) {
    const key = t.getAttribute('data-fixture-view')!;
    if (!views.has(key)) views.set(key, { title: t.getAttribute('data-fixture-title') ?? doc.title, content: t.innerHTML });
  }
  return views;
}

export function buildGmailApp(files: GmailAppFiles, opts: { now: number; timeZone: string }): string {
  const shell = renderFixture(files.shell, opts);
  const window = new Window();
  try {
    const present = new Set(viewsOf(window, shell).keys());
    let extra = '';
    for (const { html } of files.others) {
      for (const [key, view] of viewsOf(window, renderFixture(html, opts))) {
        if (present.has(key) || !key.startsWith('thread:')) continue;
        present.add(key);
        extra += `<template data-fixture-view="${escapeAttr(key)}" data-fixture-title="${escapeAttr(view.title)}">${view.content}</template>\n`;
      }
    }
    const tag = `<script src="${NAV_SCRIPT}"></script>`;
    if (!shell.includes(tag)) throw new Error(`${SHELL} does not load ${NAV_SCRIPT}`);
    return shell.replace(tag, extra + tag);
  } finally {
    window.close();
  }
}
