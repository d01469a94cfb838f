import { render } from 'preact';
import { Popup } from './Popup';
import { t, uiLanguage } from '../panel/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('popupTitle');
render(<Popup />, document.getElementById('app')!);
