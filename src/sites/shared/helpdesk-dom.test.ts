// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { closeWindowsAfterEach, loadPage, NOW } from './adapter-test-kit';
import { oldestFirst, personOf, splitAddress, statusFromWords, textOf, timeOf } from './helpdesk-dom';

closeWindowsAfterEach();

const el = (html: string) => loadPage(`<html lang="en"><body>${html}</body></html>`, 'https://x.test/').body.firstElementChild!;
const MIN = 60_000;

describe('textOf', () => {
  it('breaks lines where blocks and <br> do, one break between adjacent blocks', () => {
    expect(textOf(el('<div><div>Hello,</div>\n  <div><br></div><div>line <b>two</b></div><p>Thanks,<br>Asha</p></div>'))).toBe(
      'Hello,\n\nline two\nThanks,\nAsha',
    );
  });

  it('leaves out what is skipped, hidden or never text, and reads form fields by value', () => {
    expect(textOf(el('<div>Hi<style>p{}</style><span style="display: none">secret</span><q class="cite">old</q></div>'), '.cite')).toBe('Hi');
    const area = el('<textarea> draft text </textarea>') as HTMLTextAreaElement;
    area.value = '  typed reply ';
    expect(textOf(area)).toBe('typed reply');
    expect(textOf(null)).toBe('');
  });

  it('walks nesting deeper than a recursive walk could, and caps the length', () => {
    const root = el('<div></div>');
    let deep = root;
    for (let i = 0; i < 3_000; i++) deep = deep.appendChild(root.ownerDocument.createElement('div'));
    deep.textContent = 'bottom';
    expect(textOf(root)).toBe('bottom');
    root.textContent = 'x'.repeat(50_000);
    expect(textOf(root)).toHaveLength(20_000);
  });
});

describe('people', () => {
  it('splits "Name <address>" and reads addresses from attributes and mailto: links', () => {
    expect(splitAddress('Meera Kapoor <meera@example.net>')).toEqual({ name: 'Meera Kapoor', address: 'meera@example.net' });
    expect(splitAddress('support@acme.example')).toEqual({ name: 'support@acme.example', address: 'support@acme.example' });
    expect(personOf(el('<span data-email="a@example.com">Ann</span>'))).toEqual({ name: 'Ann', address: 'a@example.com' });
    expect(personOf(el('<a href="mailto:b%40example.com?subject=x">Bo</a>'))).toEqual({ name: 'Bo', address: 'b@example.com' });
    expect(personOf(el('<span title="c@example.com">Cy</span>'))).toEqual({ name: 'Cy', address: 'c@example.com' });
    expect(personOf(el('<span>Dee</span>'))).toEqual({ name: 'Dee', address: null });
  });
});

describe('timeOf', () => {
  it('prefers machine-readable attributes, in seconds or milliseconds', () => {
    expect(timeOf(el('<time datetime="2026-11-23T09:03:00+05:30">47 minutes ago</time>'), 'en', NOW)).toBe(Date.parse('2026-11-23T03:33:00Z'));
    expect(timeOf(el(`<span data-timestamp="${(NOW - 5 * MIN) / 1000}">x</span>`), 'en', NOW)).toBe(NOW - 5 * MIN);
    expect(timeOf(el(`<span data-timestamp="${NOW - 5 * MIN}">x</span>`), 'en', NOW)).toBe(NOW - 5 * MIN);
    expect(timeOf(el('<a title="" data-original-title="Nov 23, 2026 02:43pm">47 min ago</a>'), 'en', NOW)).toBe(
      new Date(2026, 10, 23, 14, 43).getTime(),
    );
  });

  it('reads compound and abbreviated English relative phrases against now', () => {
    for (const [text, ms] of [
      ['2 hours 5 minutes ago', -125 * MIN],
      ['1 day 3 hours ago', -27 * 60 * MIN],
      ['47 min ago', -47 * MIN],
      ['3 hrs ago', -180 * MIN],
      ['just now', 0],
    ] as const) {
      expect(timeOf(el(`<span>${text}</span>`), 'en', NOW), text).toBe(NOW + ms);
    }
    expect(timeOf(el('<span>5 months ago</span>'), 'en', NOW)).toBeNull();
    expect(timeOf(el('<span>soon</span>'), 'en', NOW)).toBeNull();
  });
});

describe('statusFromWords', () => {
  it.each([
    ['Open', 'open'],
    ['new', 'open'],
    ['Active', 'open'],
    ['pending reminder', 'pending'],
    ['pending close', 'pending'],
    ['Waiting on customer', 'pending'],
    ['On Hold', 'onhold'],
    ['on-hold', 'onhold'],
    ['Resolved', 'solved'],
    ['closed', 'solved'],
    ['merged', 'solved'],
    ['Spam', undefined],
    ['', undefined],
  ])('%j → %s', (text, status) => expect(statusFromWords(text)).toBe(status));
});

describe('oldestFirst', () => {
  it('reverses a newest-first list and keeps an oldest-first one', () => {
    expect(oldestFirst([{ at: 3 }, { at: null }, { at: 1 }]).map((m) => m.at)).toEqual([1, null, 3]);
    expect(oldestFirst([{ at: 1 }, { at: 3 }]).map((m) => m.at)).toEqual([1, 3]);
  });
});
