import { render } from 'preact';
import { Popup } from './Popup';
import { t, uiLanguage } from '../panel/i18n';
import { initI18n } from '../i18n';

// The language chosen in the options page is loaded first, as in the panel and the dashboard.
void initI18n().then(() => {
  document.documentElement.lang = uiLanguage();
  document.title = t('popupTitle');
  render(<Popup />, document.getElementById('app')!);
});
