import 'uplot/dist/uPlot.min.css';
import { render } from 'preact';
import { SupportDatabase } from '../db/database';
import { t, uiLanguage } from '../panel/i18n';
import { initI18n, watchLanguage } from '../i18n';
import { App } from './App';
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../core/schema/settings';
import { applySettings, reload } from './model';

// The language chosen in the options page is loaded before anything renders; a change reloads.
await initI18n();
watchLanguage(() => location.reload());
document.documentElement.lang = uiLanguage();
document.title = t('dashTitle');
// Read-only here: the background is the database's only writer.
const db = new SupportDatabase();
// Figures follow the team's targets and calendar, also when a supervisor changes them meanwhile.
browser.storage.local
  .get(SETTINGS_KEY)
  .then((stored) => applySettings(stored[SETTINGS_KEY]))
  .catch((error: unknown) => console.error('[support-panel] dashboard could not read settings', error))
  .finally(() => void reload(db));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[SETTINGS_KEY]) applySettings(changes[SETTINGS_KEY].newValue);
});
render(<App db={db} />, document.getElementById('app')!);
