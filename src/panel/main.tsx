import { render } from 'preact';
import { App } from './App';
import { connect, loadPrefs } from './connection';
import { startClock } from './clock';
import { uiLanguage } from './i18n';
import { initI18n, watchLanguage } from '../i18n';

// The language chosen in the options page is loaded first; a change reloads the panel.
void initI18n().then(() => {
  document.documentElement.lang = uiLanguage();
  document.title = 'Support panel';
  watchLanguage(() => location.reload());
  startClock();
  connect();
  loadPrefs().catch((error: unknown) => console.error('[support-panel] preferences unreadable', error));
  render(<App />, document.getElementById('app')!);
});
