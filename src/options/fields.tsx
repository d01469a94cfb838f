/**
 * Form fields that validate as the user types: the message appears next to the field (linked by
 * aria-describedby, with aria-invalid), and an invalid value is never saved. A field set by the
 * organisation's policy is read-only and says so.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Problem } from '../core/schema/settings-schema';
import { t } from '../i18n';
import { locked } from './state';

export function LockedNote({ path }: { path: string }) {
  if (!locked(path)) return null;
  return (
    <span class="locked" data-testid={`locked-${path}`}>
      <span aria-hidden="true">🔒 </span>
      {t('optLocked')}
    </span>
  );
}

/** Problems for one field: "path: message" when they concern parts inside it, the message alone otherwise. */
export function FieldError({ id, problems, path }: { id: string; problems: readonly Problem[]; path: string }) {
  if (!problems.length) return null;
  return (
    <div id={id} class="field-error" role="alert" data-testid={`error-${path}`}>
      {problems.map((p) => (
        <p key={p.path + p.message}>{p.path && p.path !== path ? `${p.path.slice(path.length).replace(/^\./, '')}: ${p.message}` : p.message}</p>
      ))}
    </div>
  );
}

interface FieldProps<T> {
  path: string;
  label: string;
  hint?: string;
  value: T;
  /** Saves the parsed value; returns the problems (empty when saved). */
  save(value: T): Promise<Problem[]>;
}

function useProblems(value: unknown) {
  const [problems, setProblems] = useState<Problem[]>([]);
  // A value that changed elsewhere (another tab, a pack, policy) clears a stale message.
  useEffect(() => setProblems([]), [JSON.stringify(value)]);
  return [problems, setProblems] as const;
}

export function NumberField({ path, label, hint, value, save, min, step = 1 }: FieldProps<number> & { min?: number; step?: number }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [problems, setProblems] = useProblems(value);
  useEffect(() => setText(String(value)), [value]);
  const isLocked = locked(path);
  const onInput = async (raw: string) => {
    setText(raw);
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    setProblems(Number.isFinite(n) ? await save(n) : [{ path, message: t('optNotANumber') }]);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        step={step}
        value={text}
        disabled={isLocked}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-hint ${id}-error`}
        data-path={path}
        onInput={(e) => void onInput((e.target as HTMLInputElement).value)}
      />
      <LockedNote path={path} />
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      <FieldError id={`${id}-error`} problems={problems} path={path} />
    </div>
  );
}

export function CheckboxField({ path, label, hint, value, save }: FieldProps<boolean>) {
  const id = useId();
  const [problems, setProblems] = useProblems(value);
  return (
    <div class="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={value}
        disabled={locked(path)}
        aria-describedby={`${id}-hint ${id}-error`}
        data-path={path}
        onChange={async (e) => setProblems(await save((e.target as HTMLInputElement).checked))}
      />
      <label for={id}>{label}</label>
      <LockedNote path={path} />
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      <FieldError id={`${id}-error`} problems={problems} path={path} />
    </div>
  );
}

/** A list edited as text, one entry per line (addresses, domains, words). */
export function LinesField({ path, label, hint, value, save, normalise }: FieldProps<string[]> & { normalise?: (line: string) => string }) {
  const id = useId();
  const [text, setText] = useState(value.join('\n'));
  const [problems, setProblems] = useProblems(value);
  useEffect(() => {
    if (document.activeElement?.id !== id) setText(value.join('\n'));
  }, [JSON.stringify(value)]);
  const onInput = async (raw: string) => {
    setText(raw);
    const lines = raw.split('\n').map((l) => (normalise ? normalise(l) : l.trim())).filter(Boolean);
    setProblems(await save(lines));
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        disabled={locked(path)}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-hint ${id}-error`}
        data-path={path}
        onInput={(e) => void onInput((e.target as HTMLTextAreaElement).value)}
      />
      <LockedNote path={path} />
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      <FieldError id={`${id}-error`} problems={problems} path={path} />
    </div>
  );
}

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section id={id} class="section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

/** Comma-separated entry of a short list (conditions of a rule). */
export const splitList = (text: string): string[] => text.split(',').map((s) => s.trim()).filter(Boolean);
