import 'uplot/dist/uPlot.min.css';
import { render } from 'preact';
import { SupportDatabase } from '../db/database';
import { t, uiLanguage } from '../panel/i18n';
import { App } from './App';
import { reload } from './model';

document.documentElement.lang = uiLanguage();
document.title = t('dashTitle');
// Read-only here: the background is the database's only writer.
const db = new SupportDatabase();
void reload(db);
render(<App db={db} />, document.getElementById('app')!);
