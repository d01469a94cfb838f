import { render } from 'preact';
import { initI18n, t, uiLanguage, watchLanguage } from '../i18n';
import { App } from './App';
import { loadSettings } from './state';

// The chosen language is loaded before anything renders; a change reloads the page in it.
await initI18n();
watchLanguage(() => location.reload());
document.documentElement.lang = uiLanguage();
document.title = t('optTitle');
loadSettings().catch((error: unknown) => console.error('[support-panel] options could not read settings', error));
render(<App />, document.getElementById('app')!);
