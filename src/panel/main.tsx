import { render } from 'preact';
import { App } from './App';
import { connect, loadPrefs } from './connection';
import { startClock } from './clock';
import { uiLanguage } from './i18n';

document.documentElement.lang = uiLanguage();
document.title = 'Support panel';
startClock();
connect();
loadPrefs().catch((error: unknown) => console.error('[support-panel] preferences unreadable', error));
render(<App />, document.getElementById('app')!);
