import 'uplot/dist/uPlot.min.css';
import { render } from 'preact';
import { SupportDatabase } from '../db/database';
import { t, uiLanguage } from '../panel/i18n';
import { initI18n, watchLanguage } from '../i18n';
import { App } from './App';
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../core/schema/settings';
import { resolveEffective } from '../core/schema/effective';
import { applySettings, reload } from './model';

// The language chosen in the options page is loaded before anything renders; a change reloads.
await initI18n();
watchLanguage(() => location.reload());
document.documentElement.lang = uiLanguage();
document.title = t('dashTitle');
// Read-only here: the background is the database's only writer.
const db = new SupportDatabase();
// Figures follow the team's targets and calendar (the organisation's policy over this browser's
// settings), also when a supervisor changes them meanwhile.
let local: unknown;
let managed: unknown;
const apply = () => applySettings({ sla: resolveEffective(local, managed).settings.sla });
Promise.all([
  browser.storage.local.get(SETTINGS_KEY).then((stored) => (local = stored[SETTINGS_KEY])),
  // Firefox rejects when no policy is installed.
  browser.storage.managed.get().then((policy) => (managed = policy), () => undefined),
])
  .then(apply)
  .catch((error: unknown) => console.error('[support-panel] dashboard could not read settings', error))
  .finally(() => void reload(db));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[SETTINGS_KEY]) {
    local = changes[SETTINGS_KEY].newValue;
    apply();
  } else if (area === 'managed') {
    void browser.storage.managed.get().then((policy) => ((managed = policy), apply()), () => undefined);
  }
});
render(<App db={db} />, document.getElementById('app')!);
