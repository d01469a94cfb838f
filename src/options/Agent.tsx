/** Agent identity: the agent's own addresses and the team's domains (replies from them count as the agent's). */
import { t } from '../i18n';
import { LinesField, Section } from './fields';
import { saveField, settings } from './state';

const clean = (line: string) => line.trim().toLowerCase().replace(/^@/, '');

export function Agent() {
  const agent = settings.value.agent;
  return (
    <Section id="agent" title={t('optAgentTitle')} intro={t('optAgentIntro')}>
      <LinesField path="agent.addresses" label={t('optAddresses')} hint={t('optOnePerLine')} value={agent.addresses} normalise={clean} save={(v) => saveField('agent', 'addresses', v)} />
      <LinesField path="agent.domains" label={t('optDomains')} hint={t('optOnePerLine')} value={agent.domains} normalise={clean} save={(v) => saveField('agent', 'domains', v)} />
    </Section>
  );
}
