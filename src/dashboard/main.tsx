import 'uplot/dist/uPlot.min.css';
import { render } from 'preact';
import { SupportDatabase } from '../db/database';
import { t, uiLanguage } from '../panel/i18n';
import { initI18n, watchLanguage } from '../i18n';
import { App } from './App';
import { watchEffectiveSettings } from '../settings/watch';
import { applySettings, reload } from './model';

// The language chosen in the options page is loaded before anything renders; a change reloads.
await initI18n();
watchLanguage(() => location.reload());
document.documentElement.lang = uiLanguage();
document.title = t('dashTitle');
// Read-only here: the background is the database's only writer.
const db = new SupportDatabase();
// Figures follow the team's targets and calendar (the organisation's policy over this browser's
// settings), also when a supervisor changes them meanwhile. The first read comes before the first load.
let loaded = false;
watchEffectiveSettings((effective) => {
  applySettings({ sla: effective.settings.sla });
  if (!loaded) {
    loaded = true;
    void reload(db);
  }
}, 'response-target settings');
render(<App db={db} />, document.getElementById('app')!);
