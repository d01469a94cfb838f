/**
 * Inserts text at the caret of a site's reply box, the way typing would, so the site's editor
 * keeps its undo history and sees its usual input events: setRangeText + an input event for a
 * textarea, execCommand('insertText') for a contenteditable editor (Gmail's compose body).
 * Clicking in the panel's frame leaves the page's selection where it was, so the text normally
 * lands at the agent's caret; when there is none in the box, it goes at the end of the box.
 */
export function insertAtCaret(box: HTMLElement, text: string): boolean {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const start = box.selectionStart ?? box.value.length;
    const end = box.selectionEnd ?? start;
    box.focus();
    box.setRangeText(text, start, end, 'end');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  if (!box.isContentEditable) return false;
  const selection = document.getSelection();
  const inside = selection && selection.rangeCount > 0 && box.contains(selection.getRangeAt(0).commonAncestorContainer);
  box.focus();
  if (!inside && selection) {
    const range = document.createRange();
    range.selectNodeContents(box);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // Deprecated but still the one way to insert into a rich editor as the user would (2026-11).
  return document.execCommand('insertText', false, text);
}
