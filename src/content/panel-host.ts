import browser from 'webextension-polyfill';
import type { Lifetime } from './lifetime';
import { PANEL_PAGE } from '../messaging/protocol';

const HOST_TAG = 'support-panel-host';

const WIDTH = '340px';
const COLLAPSED = { width: '168px', height: '44px' };
/** Height before the panel has measured itself, and the bounds of what it may ask for. */
const INITIAL_HEIGHT = 240;
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 900;

export interface PanelHost {
  setCollapsed(collapsed: boolean): void;
  /** The panel's content height in CSS pixels; the host never grows past the window. */
  setContentHeight(height: number): void;
  /** The host element, for tests of restoration; never exposes the shadow root. */
  readonly element: HTMLElement;
}

/**
 * One host element with a closed shadow root holding an iframe of the panel page. The page cannot
 * reach into the shadow root or the extension frame, its CSS cannot style them (every host style
 * is inline and !important), and if it removes or restyles the host, the host is put back.
 */
export function mountPanelHost(life: Lifetime, frameTitle: string): PanelHost {
  let collapsed = false;
  let contentHeight = INITIAL_HEIGHT;
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(PANEL_PAGE);
  frame.title = frameTitle;
  frame.setAttribute('allowtransparency', 'true');
  // Copy buttons in the panel (diagnostics, suggested wording) write to the clipboard.
  frame.setAttribute('allow', 'clipboard-write');
  frame.style.cssText = 'border:0;width:100%;height:100%;display:block;background:transparent;color-scheme:normal';
  shadow.append(frame);

  const applyStyle = () => {
    const size = collapsed ? COLLAPSED : { width: WIDTH, height: `min(${contentHeight}px, calc(100vh - 96px))` };
    const s = host.style;
    const set = (name: string, value: string) => s.setProperty(name, value, 'important');
    set('all', 'initial');
    set('position', 'fixed');
    set('top', '72px');
    set('right', '16px');
    set('width', size.width);
    set('height', size.height);
    set('z-index', '2147483646');
    set('display', 'block');
    set('border-radius', '12px');
    set('box-shadow', '0 4px 18px rgba(0,0,0,.22)');
    set('overflow', 'hidden');
    set('background', 'transparent');
    set('visibility', 'visible');
    set('opacity', '1');
    set('transform', 'none');
    set('pointer-events', 'auto');
    expectedStyle = s.cssText;
  };
  let expectedStyle = '';
  applyStyle();
  document.documentElement.append(host);

  // Watch only the root's direct children and the host's own attributes: cheap, and enough to see
  // a page removing us or overriding our style.
  life.observe(document.documentElement, { childList: true }, () => {
    if (!host.isConnected) document.documentElement.append(host);
  });
  life.observe(host, { attributes: true }, () => {
    if (host.style.cssText !== expectedStyle || host.attributes.length !== 1) {
      for (const attr of [...host.attributes]) if (attr.name !== 'style') host.removeAttribute(attr.name);
      applyStyle();
    }
  });

  return {
    element: host,
    setCollapsed(next) {
      if (next === collapsed) return;
      collapsed = next;
      applyStyle();
    },
    setContentHeight(height) {
      const next = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
      if (next === contentHeight) return;
      contentHeight = next;
      if (!collapsed) applyStyle();
    },
  };
}
