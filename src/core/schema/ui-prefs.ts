/** Panel preferences kept in storage.local (written by the background, read by content and panel). */
export const UI_KEY = 'ui';

export interface UiPrefs {
  collapsed: boolean;
}

export function readUiPrefs(stored: unknown): UiPrefs {
  return { collapsed: typeof stored === 'object' && stored !== null && (stored as { collapsed?: unknown }).collapsed === true };
}
