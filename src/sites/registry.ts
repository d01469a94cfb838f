import type { SiteAdapter } from './types';
import { gmailAdapter } from './gmail/adapter';
import { demoAdapter } from './demo/adapter';

/** Every built-in adapter, most specific first. */
export const adapters: readonly SiteAdapter[] = [gmailAdapter, demoAdapter];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return adapters.find((a) => a.matches(url));
}
