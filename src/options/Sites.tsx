/**
 * Sites: each supported site on or off. Turning one on asks the browser for its host permission
 * (optional_host_permissions) and only then stores it as on; the background starts the content
 * script wherever a permission is granted (src/background/site-scripts.ts). Self-hosted helpdesks
 * run on the team's own host; a custom helpdesk is described by a URL pattern and CSS selectors,
 * with a test that shows what the selectors find on an open tab of it.
 */
import browser from 'webextension-polyfill';
import { useEffect, useId, useState } from 'preact/hooks';
import { SITE_LABELS } from '../core/snapshot';
import { checkSection, SWITCHABLE_SITES, type CustomSite, type Problem } from '../core/schema/settings-schema';
import { OPTIONAL_SITE_MATCHES, REQUIRED_SITE_MATCHES, SELF_HOSTED_SITES, originPattern } from '../sites/hosts';
import { t } from '../i18n';
import { FieldError, LockedNote, Section } from './fields';
import { locked, saveField, settings, status } from './state';
import { probeSelectors, type ProbeResult } from './probe';
import { validateGenericConfig } from '../sites/generic/validate';
import type { GenericSiteConfig } from '../sites/generic/config';

// What the options page stores is what the generic adapter reads.
const _sameShape: (site: CustomSite) => GenericSiteConfig = (site) => site;
void _sameShape;

type Site = (typeof SWITCHABLE_SITES)[number];
const HOSTED = SWITCHABLE_SITES.filter((s) => !SELF_HOSTED_SITES.includes(s));

/** A host typed by the supervisor ("support.acme.test", "https://support.acme.test/x") as a match pattern. */
export function hostPattern(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`);
    return url.protocol === 'https:' && url.hostname.includes('.') ? originPattern(url) : null;
  } catch {
    return null;
  }
}

/** The origin part of a match pattern, which is what a host permission covers. */
const originOf = (pattern: string): string => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*');

function SiteSwitch({ site }: { site: Site }) {
  const enabled = settings.value.sites.enabled;
  const required = REQUIRED_SITE_MATCHES[site] !== undefined;
  const origins = [...(OPTIONAL_SITE_MATCHES[site] ?? [])];
  const [problems, setProblems] = useState<Problem[]>([]);
  const id = useId();
  const on = required || enabled.includes(site);
  const toggle = async (next: boolean) => {
    if (next) {
      // First thing in the click: the browser asks only during a user gesture.
      const granted = await browser.permissions.request({ origins });
      if (!granted) {
        setProblems([{ path: 'sites.enabled', message: t('optPermissionDenied', SITE_LABELS[site]) }]);
        status.value = t('optPermissionDenied', SITE_LABELS[site]);
        return;
      }
      setProblems(await saveField('sites', 'enabled', [...new Set([...enabled, site])]));
    } else {
      setProblems(await saveField('sites', 'enabled', enabled.filter((s) => s !== site)));
      await browser.permissions.remove({ origins }).catch((error: unknown) => console.warn('[support-panel] could not give back permission', error));
    }
  };
  return (
    <li class="site">
      <input id={id} type="checkbox" checked={on} disabled={required || locked('sites.enabled')} data-site={site} onChange={(e) => void toggle((e.target as HTMLInputElement).checked)} />
      <label for={id}>
        {SITE_LABELS[site]} <span class="muted">{required ? t('optSiteAlwaysOn') : origins.map((o) => o.replace(/\/\*$/, '')).join(', ')}</span>
      </label>
      <FieldError id={`${id}-error`} problems={problems} path="sites.enabled" />
    </li>
  );
}

function SelfHostedHosts() {
  const hosts = settings.value.sites.hosts;
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const id = useId();
  const add = async () => {
    const pattern = hostPattern(text);
    if (!pattern) {
      setProblems([{ path: 'sites.hosts', message: t('optHostInvalid') }]);
      return;
    }
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      setProblems([{ path: 'sites.hosts', message: t('optPermissionDenied', pattern) }]);
      return;
    }
    const found = await saveField('sites', 'hosts', [...new Set([...hosts, pattern])]);
    setProblems(found);
    if (!found.length) setText('');
  };
  const remove = async (pattern: string) => {
    setProblems(await saveField('sites', 'hosts', hosts.filter((h) => h !== pattern)));
    await browser.permissions.remove({ origins: [pattern] }).catch(() => undefined);
  };
  return (
    <fieldset class="field" disabled={locked('sites.hosts')}>
      <legend>{t('optSelfHosted')}</legend>
      <p class="hint">{t('optSelfHostedHint')}</p>
      <LockedNote path="sites.hosts" />
      <ul class="plain">
        {hosts.map((h) => (
          <li key={h}>
            <code>{h}</code>{' '}
            <button type="button" class="small" onClick={() => void remove(h)}>{t('optRemove')}</button>
          </li>
        ))}
      </ul>
      <label for={id}>{t('optHost')}</label>
      <input id={id} value={text} placeholder="support.example.com" aria-describedby={`${id}-error`} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <button type="button" onClick={() => void add()}>{t('optAddHost')}</button>
      <FieldError id={`${id}-error`} problems={problems} path="sites.hosts" />
    </fieldset>
  );
}

const SELECTOR_KEYS = ['conversation', 'message', 'author', 'time', 'body', 'agentMessage', 'subject', 'customer', 'replyBox', 'status'] as const;
type SelectorKey = (typeof SELECTOR_KEYS)[number];
const REQUIRED_SELECTORS: SelectorKey[] = ['conversation', 'message', 'author', 'time', 'agentMessage'];

const emptySite = (): CustomSite => ({ id: '', name: '', urlPattern: 'https://', selectors: { conversation: '', message: '', author: '', time: '', agentMessage: '' } });

/** The generic adapter's own checks (selectors the browser cannot parse, patterns), in the page's language. */
function adapterProblems(site: CustomSite, index: number): Problem[] {
  const text = { required: t('optRequired'), 'invalid-id': t('optRequired'), 'invalid-pattern': t('optPatternInvalid'), 'invalid-selector': t('optSelectorInvalid') };
  return validateGenericConfig(site).map((p) => ({ path: `sites.custom[${index}].${p.path}`, message: text[p.code] }));
}

const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'helpdesk';

function CustomSiteForm({ index, initial, onDone }: { index: number; initial: CustomSite; onDone(): void }) {
  const all = settings.value.sites.custom;
  const [draft, setDraft] = useState<CustomSite>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [probe, setProbe] = useState<ProbeResult | null>(null);
  const id = useId();
  const labels: Record<SelectorKey, string> = {
    conversation: t('optSelConversation'),
    message: t('optSelMessage'),
    author: t('optSelAuthor'),
    time: t('optSelTime'),
    body: t('optSelBody'),
    agentMessage: t('optSelAgentMessage'),
    subject: t('optSelSubject'),
    customer: t('optSelCustomer'),
    replyBox: t('optSelReplyBox'),
    status: t('optSelStatus'),
  };
  /** The draft as stored: empty optional selectors left out, an id from the name when new. */
  const candidate = (): CustomSite => {
    const selectors = Object.fromEntries(Object.entries(draft.selectors).filter(([k, v]) => v || REQUIRED_SELECTORS.includes(k as SelectorKey))) as CustomSite['selectors'];
    let siteId = draft.id || slug(draft.name);
    if (!draft.id) for (let n = 2; all.some((s, k) => k !== index && s.id === siteId); n++) siteId = `${slug(draft.name)}-${n}`;
    return { ...draft, id: siteId, urlPattern: draft.urlPattern.trim(), selectors };
  };
  const validate = (site: CustomSite): Problem[] => {
    const list = [...all];
    list[index] = site;
    const checked = checkSection('sites', { ...settings.value.sites, custom: list });
    const found = checked.ok ? [] : checked.problems.filter((p) => p.path.startsWith(`sites.custom[${index}]`) || p.path === 'sites.custom');
    const fromAdapter = adapterProblems(site, index);
    // One message per field: the adapter's (translated) where it has one.
    return [...fromAdapter, ...found.filter((p) => !fromAdapter.some((a) => a.path === p.path))];
  };
  const onInput = (next: CustomSite) => {
    setDraft(next);
    setProblems(validate({ ...next, id: next.id || slug(next.name) }));
  };
  const save = async () => {
    const site = candidate();
    const found = validate(site);
    if (found.length) return setProblems(found);
    const granted = await browser.permissions.request({ origins: [originOf(site.urlPattern)] });
    if (!granted) return setProblems([{ path: `sites.custom[${index}].urlPattern`, message: t('optPermissionDenied', site.urlPattern) }]);
    const list = [...all];
    list[index] = site;
    const saved = await saveField('sites', 'custom', list);
    setProblems(saved);
    if (!saved.length) onDone();
  };
  const test = async () => {
    setProbe(null);
    const site = candidate();
    const origin = originOf(site.urlPattern);
    const granted = await browser.permissions.request({ origins: [origin] });
    if (!granted) return setProblems([{ path: `sites.custom[${index}].urlPattern`, message: t('optPermissionDenied', site.urlPattern) }]);
    setProbe(await probeSelectors(site));
  };
  const pathOf = (key: string) => `sites.custom[${index}].${key}`;
  const errorsFor = (key: string) => problems.filter((p) => p.path === pathOf(key) || p.path.startsWith(`${pathOf(key)}.`));
  return (
    <form class="custom-site" aria-label={draft.name || t('optNewHelpdesk')} onSubmit={(e) => (e.preventDefault(), void save())} data-testid="custom-site-form">
      <div class="field">
        <label for={`${id}-name`}>{t('optHelpdeskName')}</label>
        <input id={`${id}-name`} value={draft.name} aria-invalid={errorsFor('name').length > 0} aria-describedby={`${id}-name-error`} onInput={(e) => onInput({ ...draft, name: (e.target as HTMLInputElement).value })} />
        <FieldError id={`${id}-name-error`} problems={errorsFor('name')} path={pathOf('name')} />
      </div>
      <div class="field">
        <label for={`${id}-url`}>{t('optUrlPattern')}</label>
        <input id={`${id}-url`} value={draft.urlPattern} placeholder="https://support.example.com/tickets/*" aria-invalid={errorsFor('urlPattern').length > 0} aria-describedby={`${id}-url-error`} onInput={(e) => onInput({ ...draft, urlPattern: (e.target as HTMLInputElement).value })} />
        <FieldError id={`${id}-url-error`} problems={errorsFor('urlPattern')} path={pathOf('urlPattern')} />
      </div>
      {SELECTOR_KEYS.map((key) => {
        const fieldId = `${id}-${key}`;
        const errors = errorsFor(`selectors.${key}`);
        return (
          <div class="field" key={key}>
            <label for={fieldId}>
              {labels[key]}
              {!REQUIRED_SELECTORS.includes(key) && <span class="muted"> ({t('optOptional')})</span>}
            </label>
            <input
              id={fieldId}
              class="selector"
              value={draft.selectors[key] ?? ''}
              aria-invalid={errors.length > 0}
              aria-describedby={`${fieldId}-error`}
              onInput={(e) => onInput({ ...draft, selectors: { ...draft.selectors, [key]: (e.target as HTMLInputElement).value } })}
            />
            <FieldError id={`${fieldId}-error`} problems={errors} path={pathOf(`selectors.${key}`)} />
          </div>
        );
      })}
      <FieldError id={`${id}-error`} problems={problems.filter((p) => p.path === 'sites.custom' || p.path === `sites.custom[${index}]`)} path="sites.custom" />
      <div class="actions">
        <button type="submit">{t('optSaveHelpdesk')}</button>
        <button type="button" onClick={() => void test()} data-testid="probe-button">{t('optTestOnTab')}</button>
        <button type="button" onClick={onDone}>{t('optCancel')}</button>
      </div>
      {probe && <ProbeTable result={probe} labels={labels} />}
    </form>
  );
}

function ProbeTable({ result, labels }: { result: ProbeResult; labels: Record<SelectorKey, string> }) {
  if (result.kind !== 'found') {
    return <p role="status" class="field-error">{result.kind === 'no-tab' ? t('optProbeNoTab') : t('optProbeFailed', result.error)}</p>;
  }
  return (
    <>
    <p role="status">{t('optProbeOn', result.url)}</p>
    <table class="probe" data-testid="probe-result">
      <thead>
        <tr>
          <th scope="col">{t('optProbeSelector')}</th>
          <th scope="col">{t('optProbeCount')}</th>
          <th scope="col">{t('optProbeFirst')}</th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((row) => (
          <tr key={row.key} class={row.count === 0 ? 'missing' : ''}>
            <th scope="row">{labels[row.key as SelectorKey] ?? row.key}</th>
            <td>{row.error ? t('optSelectorInvalid') : String(row.count)}</td>
            <td>{row.sample}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}

function CustomSites() {
  const custom = settings.value.sites.custom;
  const [editing, setEditing] = useState<number | null>(null);
  useEffect(() => {
    if (editing !== null && editing > custom.length) setEditing(null);
  }, [custom.length]);
  const remove = async (i: number) => {
    const site = custom[i]!;
    await saveField('sites', 'custom', custom.filter((_, k) => k !== i));
    await browser.permissions.remove({ origins: [originOf(site.urlPattern)] }).catch(() => undefined);
  };
  return (
    <fieldset class="field" disabled={locked('sites.custom')}>
      <legend>{t('optCustomHelpdesks')}</legend>
      <p class="hint">{t('optCustomHint')}</p>
      <LockedNote path="sites.custom" />
      <ul class="plain">
        {custom.map((site, i) => (
          <li key={site.id}>
            {editing === i ? (
              <CustomSiteForm index={i} initial={site} onDone={() => setEditing(null)} />
            ) : (
              <>
                <strong>{site.name}</strong> <code>{site.urlPattern}</code>{' '}
                <button type="button" class="small" onClick={() => setEditing(i)}>{t('optEdit')}</button>{' '}
                <button type="button" class="small" onClick={() => void remove(i)}>{t('optRemove')}</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === custom.length ? (
        <CustomSiteForm index={custom.length} initial={emptySite()} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing(custom.length)}>{t('optAddHelpdesk')}</button>
      )}
    </fieldset>
  );
}

export function Sites() {
  return (
    <Section id="sites" title={t('optSitesTitle')} intro={t('optSitesIntro')}>
      <LockedNote path="sites.enabled" />
      <ul class="plain sites" data-testid="site-list">
        {HOSTED.map((site) => (
          <SiteSwitch key={site} site={site} />
        ))}
      </ul>
      <SelfHostedHosts />
      <CustomSites />
    </Section>
  );
}
