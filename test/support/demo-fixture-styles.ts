import { registerTimeStyle } from './fixture-template';

/** The demo helpdesk shows "23 Nov 2026, 09:40" beside each message. */
registerTimeStyle('demo-short', (at, { locale, timeZone }) =>
  new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at),
);
