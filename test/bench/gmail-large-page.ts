/**
 * A large, busy Gmail page for the host-overhead benchmark: one thread of many messages (most
 * collapsed headers, the last few expanded with bodies, a reply being drafted) and a long inbox
 * list beside it. The markup copies src/sites/gmail/fixtures/gmail-2026-11-long-collapsed.html
 * (thread view) and gmail-2026-11-second-thread.html (the inbox list kept in the DOM, hidden, as
 * Gmail keeps earlier views), with the class names and attributes src/sites/gmail/selectors.ts
 * reads. Times are the fixtures' `{{time:…}}` tokens, rendered by test/support/fixture-template.ts,
 * so dates read exactly like the fixtures' ("Mon, Nov 23, 2026, 9:03 AM").
 *
 * A page script mutates the DOM the way Gmail does while it sits open (inbox rows re-rendered,
 * tooltips coming and going, a typing indicator, chat-like nodes in the thread area). It does
 * nothing until the benchmark calls `window.__benchMutator.start(ms)`, so the measured window is
 * the same in every run; the returned promise settles when the window ends. Content comes from a
 * fixed seed: every run sees the same page.
 */
import { renderFixture } from '../support/fixture-template';

/**
 * Where the inbox list is. 'cached-list': Gmail's own structure while a thread is open (the list
 * view stays in the DOM with display:none), so list updates cost the page little rendering.
 * 'split-pane': the list is visible beside the thread (Gmail's reading-pane layout), so every
 * list update is also laid out and painted.
 */
export type GmailLayout = 'cached-list' | 'split-pane';

export interface GmailLargePageOptions {
  /** "Now" for the page's dates (epoch ms). */
  now: number;
  /** IANA zone the browser runs in; dates are rendered as wall-clock times in it. */
  timeZone: string;
  messages?: number;
  expanded?: number;
  inboxRows?: number;
  layout?: GmailLayout;
}

export interface GmailLargePage {
  html: string;
  /** Path the page is served at; the URL's hash makes it a thread view. */
  pathname: string;
  url: string;
  threadId: string;
  subject: string;
  messageCount: number;
  expandedCount: number;
  inboxRows: number;
  layout: GmailLayout;
}

/** What `window.__benchMutator.start()` resolves with. */
export interface MutatorResult {
  ticks: number;
  chats: number;
  /** performance.now() at the first and last tick. */
  startedAt: number;
  endedAt: number;
}

export const GMAIL_HOST = 'mail.google.com';
const AGENT = { name: 'Asha Agent', email: 'agent@acme-support.test' };
const CUSTOMER = { name: 'Priya Raman', email: 'priya.raman@example.test' };
const OTHERS = [
  { name: 'Maya Okafor', email: 'maya.okafor@example.test' },
  { name: 'Tomás Ruiz', email: 'tomas.ruiz@example.test' },
  { name: 'Lukas Brenner', email: 'lukas.brenner@brenner-gmbh.example' },
  { name: 'Ana Lima', email: 'ana@lima-studio.example' },
  { name: 'Chen Wei', email: 'chen.wei@orbit.example' },
  { name: 'Fatima Noor', email: 'fatima.noor@noor-trading.example' },
];
const SUBJECTS = [
  'Replacement kettle arrived with a cracked lid',
  'Can I change the delivery address for order #5120?',
  'Bulk licence renewal (42 seats)',
  'Invoice 2026-118 shows the wrong VAT number',
  'Cannot log in after password reset',
  'Two charges on my card',
  'How do I add a second admin?',
  'Shipping delay to Lisbon',
];
const WORDS = (
  'order refund account invoice shipping delivery payment card charge plan upgrade admin export report ' +
  'password reset login email address update please thanks week today tomorrow team support ticket ' +
  'number status package tracking warehouse courier replacement receipt billing subscription renewal ' +
  'discount coupon settings browser error message screenshot attached again still waiting urgent'
).split(' ');

/** Small deterministic generator (mulberry32): the same page on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A fixture time token `minutesAgo` before the moment the page is rendered. */
const time = (minutesAgo: number, style: 'gmail-title' | 'gmail-short' | 'gmail-row') => `{{time:-${minutesAgo}m:${style}}}`;

function sentence(rnd: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + (rnd() < 0.2 ? '?' : '.');
}

function paragraph(rnd: () => number): string {
  return Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => sentence(rnd, 6 + Math.floor(rnd() * 10))).join(' ');
}

interface Person {
  name: string;
  email: string;
}

interface Message {
  /** 16 hex digits, like data-legacy-message-id. */
  id: string;
  from: Person;
  to: Person;
  minutesAgo: number;
  snippet: string;
  paragraphs: string[];
}

let nextId = 0x4a0;
/** Gmail's ":4x"-style element ids. */
const elId = () => `:${(nextId++).toString(36)}`;

const personSpan = (p: Person, cls: string) =>
  `<span translate="no" email="${esc(p.email)}" name="${esc(p.name)}" data-hovercard-id="${esc(p.email)}" class="${cls}">${esc(p.name)}</span>`;

const avatar = (p: Person) =>
  `<div class="aju"><div class="aCi"><img id="${elId()}" src="data:," class="ajn" jid="${esc(p.email)}" data-hovercard-id="${esc(p.email)}" data-name="${esc(p.name)}" aria-hidden="true" alt=""></div></div>`;

const dateSpan = (minutesAgo: number) =>
  `<span></span><span id="${elId()}" class="g3" title="${time(minutesAgo, 'gmail-title')}" alt="${time(minutesAgo, 'gmail-title')}" role="gridcell" tabindex="-1">${time(minutesAgo, 'gmail-short')}</span>` +
  `<div class="zd bi4" aria-label="Not starred" tabindex="0" role="checkbox" aria-checked="false" title="Not starred"><span class="T-KT"><img class="f T-KT-JX" src="data:," alt=""></span></div>`;

/** A collapsed header, as in the fixture (div.kv > … > div.adf.ads). */
function collapsedItem(m: Message): string {
  const snippet = `<table cellpadding="0" class="cf iB za" role="presentation"><tbody><tr><td><div class="iA g6">${esc(m.snippet)}</div></td></tr></tbody></table>`;
  return `<div class="kv" role="listitem" aria-expanded="false"><div class="Bk"><div class="G3 G2"><div><div id="${elId()}"><div class="adf ads">
${avatar(m.from)}
<div class="gs gt"><div class="gE hI"><table cellpadding="0" role="presentation" class="cf gJ"><tbody>
<tr><td class="gF gK" style="width:auto">${personSpan(m.from, 'gD')}</td><td class="gF gK">${snippet}</td><td class="gH bAk">${dateSpan(m.minutesAgo)}</td></tr>
<tr><td class="gF gK" colspan="3"><table cellpadding="0" class="cf iB" role="presentation"><tbody><tr><td><div class="iA g6" role="gridcell" tabindex="-1">${esc(m.snippet)}</div></td></tr></tbody></table></td></tr>
</tbody></table></div></div><div class="ajx"></div></div></div></div></div></div></div>`;
}

/** An expanded message, as in the fixture (div.h7 > … > div.adn.ads with div.a3s body). */
function expandedItem(m: Message, previous: Message | undefined, footer: string): string {
  const body = m.paragraphs.map((p) => `<div>${esc(p)}</div><div><br></div>`).join('');
  const signature = `<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">${esc(m.from.name)}</div></div>`;
  const quote = previous
    ? `<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On ${time(previous.minutesAgo, 'gmail-title')} ${esc(previous.from.name)} &lt;<a href="mailto:${esc(previous.from.email)}" target="_blank">${esc(previous.from.email)}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${esc(previous.paragraphs.join(' '))}</div></blockquote></div>`
    : '';
  return `<div class="h7" role="listitem" aria-expanded="true"><div class="Bk"><div class="G3 G2"><div><div id="${elId()}">
<div class="adn ads" data-message-id="#msg-f:${BigInt('0x' + m.id).toString()}" data-legacy-message-id="${m.id}">
${avatar(m.from)}
<div class="gs"><div class="gE iv gt"><table cellpadding="0" class="cf gJ" role="presentation"><tbody>
<tr class="acZ xD"><td colspan="2" class="gF gK"><table cellpadding="0" class="cf ix" role="presentation"><tbody><tr><td class="c2"><h3 class="iw gFxsud"><span class="qu" role="gridcell" tabindex="-1">${personSpan(m.from, 'gD')} <span class="go"><span aria-hidden="true">&lt;</span>${esc(m.from.email)}<span aria-hidden="true">&gt;</span></span></span></h3></td></tr></tbody></table></td>
<td class="gH bAk"><div class="gK">${dateSpan(m.minutesAgo)}</div></td>
<td class="gH acX bAm" rowspan="2"><div class="T-I J-J5-Ji T-I-Js-IF aaq T-I-ax7 L3" role="button" tabindex="0" data-tooltip="Reply" aria-label="Reply"><img class="hB T-I-J3" role="button" src="data:," alt=""></div></td></tr>
<tr class="acZ"><td colspan="3"><table cellpadding="0" class="cf adz" role="presentation"><tbody><tr><td class="ajy"><div class="iw ajw"><span class="hb">to ${personSpan(m.to, 'g2')}</span></div></td></tr></tbody></table></td></tr>
</tbody></table></div><div class="qQVYZb"></div><div class="utdU2e"></div><div class="btm"></div></div>
<div class=""><div class="aHl"></div><div id="${elId()}" tabindex="-1"></div><div id="${elId()}" class="ii gt"><div id="${elId()}" class="a3s aiL "><div dir="ltr">${body}</div><div><br></div>${signature}${quote}<div class="yj6qo"></div><div class="adL"></div></div></div><div class="hi"></div></div>
<div class="ajx"></div></div>${footer}</div></div></div></div></div>`;
}

function replyBox(to: Person, threadPermId: string, subject: string, rnd: () => number): string {
  return `<div class="gA gt acV"><div class="gB xu"><div class="ip adB"><div class="M9"><div class="aoI" role="region" aria-label="Reply" data-compose-id="27">
<input type="hidden" name="rt" value="#${threadPermId}"><input type="hidden" name="subject" value="Re: ${esc(subject)}">
<table class="aoP HM" role="presentation"><tbody><tr><td class="I5"><div class="aoD hl" tabindex="1"><span class="oL aDm az9"><span email="${esc(to.email)}" name="${esc(to.name)}">${esc(to.name)}</span></span></div>
<table class="iN" role="presentation"><tbody><tr><td class="Ap"><div class="Ar Au"><div class="aO7"><div id="${elId()}" class="Am aiL Al editable LW-avf tS-tW" hidefocus="true" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1" style="direction: ltr; min-height: 173px;" spellcheck="false">Hi ${esc(to.name.split(' ')[0]!)},<div><br></div><div>${esc(sentence(rnd, 14))}</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">${esc(AGENT.name)}<div>Acme Support</div></div></div></div></div></div></td></tr></tbody></table>
</td></tr></tbody></table></div></div></div></div></div>`;
}

function inboxRow(i: number, rnd: () => number): string {
  const p = OTHERS[i % OTHERS.length]!;
  const subject = SUBJECTS[Math.floor(rnd() * SUBJECTS.length)]!;
  const minutesAgo = 25 + i * 47 + Math.floor(rnd() * 30);
  const unread = rnd() < 0.3;
  const id = (0x18c3f0a2b4d5e6f7n - BigInt(i * 7919)).toString(16);
  const count = rnd() < 0.3 ? `<span class="bx0">${2 + Math.floor(rnd() * 9)}</span>` : '';
  return `<tr class="zA ${unread ? 'zE' : 'yO'}" id="${elId()}" role="row" tabindex="-1" draggable="true">
<td class="PF xY PE"></td>
<td class="oZ-x3 xY aid" role="gridcell"><div class="oZ-jc T-Jo J-J5-Ji" role="checkbox" aria-checked="false" tabindex="-1" dir="ltr"><div class="T-Jo-auh"></div></div></td>
<td class="apU xY" role="gridcell"><span class="aXw T-KT" aria-label="Not starred" title="Not starred" role="button"></span></td>
<td class="yX xY" role="gridcell"><div class="yW"><span class="bA4">${personSpan(p, unread ? 'zF' : 'yP')}</span>${count}</div></td>
<td class="xY a4W" role="gridcell"><div class="xS" role="link"><div class="xT"><div class="y6"><span class="bog"><span data-thread-id="#thread-f:${BigInt('0x' + id).toString()}" data-legacy-thread-id="${id}" data-legacy-last-message-id="${id}">${esc(subject)}</span></span></div><span class="y2"><span class="Zt">&nbsp;-&nbsp;</span>${esc(sentence(rnd, 12))}</span></div></div></td>
<td class="xW xY" role="gridcell"><span title="${time(minutesAgo, 'gmail-title')}" aria-label="${time(minutesAgo, 'gmail-row')}"><span>${time(minutesAgo, 'gmail-row')}</span></span></td>
</tr>`;
}

function inboxList(rows: string): string {
  return `<div class="G-atb" gh="tm"><div class="iH bzn"><div gh="mtb"><div class="G-Ni J-J5-Ji"><div class="T-I J-J5-Ji T-Jo-auh" role="checkbox" aria-checked="false" aria-label="Select" tabindex="0"></div></div><div class="G-Ni J-J5-Ji"><div class="T-I J-J5-Ji T-I-Js-IF nu T-I-ax7 L3" role="button" tabindex="0" aria-label="Refresh" data-tooltip="Refresh"></div></div></div></div></div>
<div class="aKh" role="tablist" aria-label="Inbox categories"><div class="aKz" role="tab" aria-selected="true" aria-label="Primary">Primary</div><div class="aKz" role="tab" aria-selected="false" aria-label="Promotions">Promotions</div></div>
<div class="ae4 UI" gh="tl"><div class="Cp"><div><table cellpadding="0" id="${elId()}" class="F cf zt" role="grid" aria-readonly="true"><colgroup><col class="Ci"><col class="y5"><col class="WA"><col class="yY"><col><col class="xX"></colgroup><tbody>
${rows}
</tbody></table></div></div></div>`;
}

/** The page script: idle until start(), then mutates for the given time; runs in the page's world. */
function mutatorSource(): string {
  return `(() => {
  let a = 12345;
  const rnd = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const words = ${JSON.stringify(WORDS)};
  const phrase = (n) => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');
  let running = null;
  window.__benchMutator = {
    start(durationMs) {
      if (running) return running;
      running = new Promise((resolve) => {
        const rows = [...document.querySelectorAll('tr.zA')];
        const side = document.querySelector('td.Bu.y3 > div.nH');
        let typing = null;
        if (side) {
          typing = document.createElement('div');
          typing.className = 'bench-typing';
          typing.hidden = true;
          side.append(typing);
        }
        let ticks = 0, chats = 0, transient = null;
        const startedAt = performance.now();
        let lastChat = startedAt;
        performance.mark('bench-window-start');
        console.timeStamp('bench-window-start');
        const tick = () => {
          ticks++;
          // A few inbox rows re-rendered: snippet, read state, time (Gmail replaces nodes).
          for (let k = 0; k < 3; k++) {
            const row = rows[(ticks * 3 + k) % rows.length];
            if (!row) continue;
            const snippet = row.querySelector('span.y2');
            if (snippet && snippet.lastChild) snippet.lastChild.replaceWith(document.createTextNode(phrase(10)));
            row.classList.toggle('zE'); row.classList.toggle('yO');
            const sender = row.querySelector('.bA4 > span');
            if (sender) { sender.classList.toggle('zF'); sender.classList.toggle('yP'); }
            const when = row.querySelector('td.xW span > span');
            if (when && rnd() < 0.3) when.textContent = (1 + Math.floor(rnd() * 12)) + ':' + String(Math.floor(rnd() * 60)).padStart(2, '0') + '\\u202fPM';
          }
          // Tooltips and the like come and go at the end of <body>.
          if (transient) transient.remove();
          transient = document.createElement('div');
          transient.className = 'T-ays bench-transient';
          transient.setAttribute('role', 'tooltip');
          transient.textContent = phrase(3);
          document.body.append(transient);
          // Someone is typing in chat.
          if (typing) { typing.hidden = !typing.hidden; typing.textContent = typing.hidden ? '' : 'Ana is typing…'; }
          const t = performance.now();
          if (side && t - lastChat >= 500) {
            lastChat = t; chats++;
            const chat = document.createElement('div');
            chat.className = 'bench-chat';
            chat.innerHTML = '<span class="bench-chat-who">Ana Lima</span> <span class="bench-chat-text"></span>';
            chat.lastElementChild.textContent = phrase(8);
            side.append(chat);
          }
          if (t - startedAt >= durationMs) {
            clearInterval(timer);
            if (transient) transient.remove();
            performance.mark('bench-window-end');
            console.timeStamp('bench-window-end');
            document.documentElement.dataset.benchDone = '1';
            resolve({ ticks, chats, startedAt, endedAt: t });
          }
        };
        const timer = setInterval(tick, 16);
      });
      return running;
    },
  };
})();`;
}

/**
 * The fixtures carry no styles; these give the page a plausible Gmail layout so that mutations
 * cost real style, layout and paint work.
 */
const STYLE = `
body{margin:0;font:14px/1.4 Roboto,Arial,sans-serif;color:#1f1f1f;background:#f6f8fc}
.gb_Ia{display:flex;height:64px;align-items:center;gap:16px;padding:0 16px}
.no{display:flex}
.aeN{flex:none}
.nn.bkK{flex:1;min-width:0}
.bench-split{display:flex;gap:8px}
.bench-split>.bench-list{width:42%;flex:none;max-height:calc(100vh - 120px);overflow:auto}
.bench-split>.bench-thread{flex:1;min-width:0}
.G-atb{height:48px}
table.F{width:100%;border-collapse:collapse;table-layout:fixed;background:#fff}
tr.zA{height:40px;border-bottom:1px solid #eee}
tr.zA.zE{font-weight:700;background:#fff}
tr.zA.yO{background:#f2f6fc}
td.xY{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding:0 4px}
td.yX{width:168px}td.xW{width:72px;text-align:right}td.PF,td.oZ-x3,td.apU{width:24px}
.Bs{width:100%;border-collapse:collapse}td.Bu.bAn{background:#fff;vertical-align:top;padding:0 16px}td.Bu.y3{width:220px;vertical-align:top}
h2.hP{font-size:22px;font-weight:400;margin:16px 0}
.kv,.h7{border-bottom:1px solid #eee;padding:6px 0}.kQ{height:4px;border-top:1px solid #ddd}
.kv .gJ{width:100%;table-layout:fixed}.kv .iA{color:#5f6368;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ajn{width:32px;height:32px;border-radius:50%;background:#ccc}.aju{float:left;margin-right:8px}
.gD{font-weight:700}.go,.g3{color:#5f6368;font-size:12px}
.a3s{padding:8px 0}.gmail_quote{color:#5f6368}
.Am{border:1px solid #ddd;padding:8px;margin:8px 0}
.T-ays{position:fixed;left:12px;bottom:12px;background:#444;color:#fff;padding:4px 8px;border-radius:4px}
.bench-typing{color:#5f6368;font-style:italic;min-height:18px}.bench-chat{font-size:13px;padding:2px 0}
`;

export function gmailLargePage(opts: GmailLargePageOptions): GmailLargePage {
  const total = opts.messages ?? 150;
  const expanded = Math.min(opts.expanded ?? 10, total);
  const rowsCount = opts.inboxRows ?? 100;
  const layout = opts.layout ?? 'cached-list';
  const rnd = random(20261123);
  nextId = 0x4a0;
  const threadId = '18b9a4c3d2e1f0a9';
  const threadPermId = `thread-f:${BigInt('0x' + threadId).toString()}`;
  const subject = 'Data export keeps timing out';

  // Spread over the last ~5 days, the newest a few minutes ago; customer and agent take turns,
  // the customer sometimes writing twice, and the customer wrote last (the thread is waiting).
  const spanMinutes = 5 * 24 * 60;
  const messages: Message[] = [];
  let customerTurn = true;
  for (let i = 0; i < total; i++) {
    const fromCustomer = customerTurn || i === total - 1;
    customerTurn = customerTurn ? rnd() < 0.25 : true;
    const paragraphs = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => paragraph(rnd));
    messages.push({
      id: (0x18b9a4c3d2e1f0a9n + BigInt(i * 104729)).toString(16),
      from: fromCustomer ? CUSTOMER : AGENT,
      to: fromCustomer ? AGENT : CUSTOMER,
      minutesAgo: 7 + Math.round(((total - 1 - i) / Math.max(1, total - 1)) * spanMinutes),
      snippet: paragraphs[0]!.slice(0, 120),
      paragraphs,
    });
  }

  const firstExpanded = total - expanded;
  const items = messages
    .map((m, i) =>
      i >= firstExpanded
        ? expandedItem(m, messages[i - 1], i === total - 1 ? replyBox(CUSTOMER, threadPermId, subject, rnd) : '')
        : collapsedItem(m),
    )
    .join('\n');
  const rows = Array.from({ length: rowsCount }, (_, i) => inboxRow(i, rnd)).join('\n');

  const threadView = `<div class="G-atb" gh="tm"><div class="iH bzn"><div gh="mtb"><div class="G-Ni J-J5-Ji"><div class="T-I J-J5-Ji lS T-I-ax7 L3" role="button" tabindex="0" aria-label="Back to Inbox" data-tooltip="Back to Inbox"></div></div></div></div></div>
<div class="nH g id"><table cellpadding="0" class="Bs nH iY bAt" role="presentation"><tbody><tr>
<td class="Bu bAn"><div class="nH a98 iY"><div class="nH"><div class="ha"><h2 id="${elId()}" class="hP" data-thread-perm-id="${threadPermId}" data-legacy-thread-id="${threadId}">${esc(subject)}</h2></div></div>
<div class="nH"><div class="nH aHU"><div class="nH hx"><div role="list">
${items}
</div></div></div></div></div></td>
<td class="Bu y3"><div class="nH"></div></td>
</tr></tbody></table></div>`;

  const views =
    layout === 'cached-list'
      ? `<div class="nH" style="display: none;"><div class="nH" role="main">${inboxList(rows)}</div></div>
<div class="nH"><div class="nH" role="main">${threadView}</div></div>`
      : `<div class="nH"><div class="nH bench-split" role="main"><div class="bench-list">${inboxList(rows)}</div><div class="bench-thread">${threadView}</div></div></div>`;

  const template = `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>${esc(subject)} - ${AGENT.email} - Gmail</title>
<meta name="application-name" content="Gmail">
<style>${STYLE}</style>
</head>
<body class="aAU">
<div id=":1" class="nH"><div class="nH">
<div class="nH w-asV aiw"><header class="gb_Ia gb_Td gb_qe" role="banner"><div class="gb_Me gb_2c"><div class="gb_Kc"><a class="gb_B gb_Za gb_0" href="#" aria-label="Google Account: ${esc(AGENT.name)}&#10;(${AGENT.email})" role="button" tabindex="0">${esc(AGENT.name[0]!)}</a></div></div></header></div>
<div class="nH"><div class="no">
<div class="aeN WR nH oy8Mbf nn" role="navigation" style="width: 256px;"><div class="TK"><div class="aim ain"><div class="TO nZ aiq" data-tooltip="Inbox"><a href="#inbox" class="J-Ke n0" title="Inbox (${Math.floor(rowsCount / 3)})">Inbox</a><div class="bsU">${Math.floor(rowsCount / 3)}</div></div></div></div></div>
<div class="nn bkK"><div class="nH"><div class="nH ar4 z"><div class="AO"><div class="Tm aeJ"><div class="aeF"><div class="nH">
${views}
</div></div></div></div></div></div></div>
</div></div>
</div></div>
<script>${mutatorSource()}</script>
</body>
</html>`;

  return {
    html: renderFixture(template, { now: opts.now, timeZone: opts.timeZone }),
    pathname: '/mail/u/0/',
    url: `https://${GMAIL_HOST}/mail/u/0/#inbox/${threadId}`,
    threadId,
    subject,
    messageCount: total,
    expandedCount: expanded,
    inboxRows: rowsCount,
    layout,
  };
}
