// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emailIn, oneLine, renderedText } from './rendered-text';

const el = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('renderedText', () => {
  it.each([
    ['<p>Hi,</p><p>Thanks</p>', 'Hi,\n\nThanks'],
    ['<div>Hi,</div><div>Thanks</div>', 'Hi,\nThanks'],
    ['Hi,<br>Thanks', 'Hi,\nThanks'],
    ['<div>Hi,</div><div><br></div><div>Thanks</div>', 'Hi,\n\nThanks'],
    ['<p>line<br></p><p>next</p>', 'line\n\nnext'],
    ['  <p>\n   spaced   out\n </p>  ', 'spaced out'],
    ['<ul><li>one</li><li>two</li></ul>after', 'one\ntwo\nafter'],
    ['<p>shown</p><div style="display: none">hidden</div><style>p{}</style><script>x()</script>', 'shown'],
    ['<p>a <b>bold</b> <span>word</span></p>', 'a bold word'],
    ['<p><br data-cke-filler="true"></p>', ''],
    ['<p>send</p><button>Send</button>', 'send'],
    ['<p>x</p>\n  <p>y</p>', 'x\n\ny'],
    ['<div>a</div>text after', 'a\ntext after'],
    ['a<br><br><br><br>b', 'a\n\nb'],
  ])('%j → %j', (html, text) => {
    expect(renderedText(el(html))).toBe(text);
  });

  it('leaves out what the caller skips, and reads a root that itself matches', () => {
    expect(renderedText(el('<p>Body</p><div class="signature">-- Sig</div>'), '.signature')).toBe('Body');
    const root = el('<p>Body</p>');
    root.className = 'signature';
    expect(renderedText(root, '.signature')).toBe('Body');
  });

  it('does not recurse: deep nesting cannot overflow the stack', () => {
    const root = document.createElement('div');
    let deep: Element = root;
    for (let i = 0; i < 2_000; i++) deep = deep.appendChild(document.createElement('div'));
    deep.textContent = 'bottom';
    expect(renderedText(root)).toBe('bottom');
  });
});

describe('oneLine', () => {
  it('collapses whitespace and bounds the length', () => {
    expect(oneLine('  Refund\n  please ')).toBe('Refund please');
    expect(oneLine(null)).toBe('');
    expect(oneLine('x'.repeat(5_000))).toHaveLength(1_000);
    expect(oneLine('abcdef', 3)).toBe('abc');
  });
});

describe('emailIn', () => {
  it('finds the address in a card whose blocks touch, without gluing the line above to it', () => {
    expect(emailIn(el('<strong>Lena</strong><div>Fischer &amp; Partner</div><div><a href="#">lena@example.net</a></div>'))).toBe(
      'lena@example.net',
    );
    expect(emailIn(el('<p>no address here</p>'))).toBeNull();
    expect(emailIn(null)).toBeNull();
  });
});
