// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertAtCaret } from './insert-text';

describe('insertAtCaret', () => {
  it('inserts into a textarea at the caret, replacing a selection, and fires input', () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.value = 'Hi Maya, the refund.';
    box.setSelectionRange(9, 9);
    const inputs: string[] = [];
    box.addEventListener('input', (e) => inputs.push((e as InputEvent).data ?? ''));
    expect(insertAtCaret(box, 'yes — ')).toBe(true);
    expect(box.value).toBe('Hi Maya, yes — the refund.');
    expect(inputs).toEqual(['yes — ']);
    box.setSelectionRange(15, 25);
    insertAtCaret(box, 'it is done');
    expect(box.value).toBe('Hi Maya, yes — it is done.');
  });
  it('refuses an element that cannot be edited', () => {
    const div = document.createElement('div');
    document.body.append(div);
    expect(insertAtCaret(div, 'x')).toBe(false);
    expect(div.textContent).toBe('');
  });
});
