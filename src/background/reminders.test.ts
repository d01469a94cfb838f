import { describe, expect, it, vi } from 'vitest';

// The module registers nothing at import; the polyfill only refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const { notificationFor, toView } = await import('./reminders');
import type { ReminderRecord } from '../db/reminders';

const base: ReminderRecord = {
  id: 'no-reply-from-customer|demo:42|1',
  source: 'rule',
  ruleId: 'no-reply-from-customer',
  conversationKey: 'demo:42',
  customerKey: null,
  title: 'No reply from Meera yet: follow up',
  message: 'Hi Meera, I wanted to check whether my last message helped.',
  url: 'https://helpdesk.demo.example/tickets/42',
  subject: 'Invoice charged twice',
  customerName: 'Meera Kapoor',
  dueAt: 1_800_000_000_000,
  status: 'notified',
  createdAt: 1_799_000_000_000,
  notifiedAt: 1_800_000_000_000,
  overdue: false,
  snoozed: false,
  doneAt: null,
  cancelReason: null,
};
const t = (key: string, subs?: string[]) => (key === 'reminderOverdueTitle' ? `Overdue: ${subs![0]}` : key);

describe('reminder notifications', () => {
  it('name the customer and subject; a rule\'s suggested message stays in the panel', () => {
    expect(notificationFor(base, t)).toEqual({ title: 'No reply from Meera yet: follow up', message: 'Meera Kapoor · Invoice charged twice' });
  });

  it('say "overdue" when shown late, and carry a manual reminder\'s note', () => {
    const manual: ReminderRecord = { ...base, source: 'manual', ruleId: null, title: 'Follow up with Meera Kapoor', message: 'Ask billing about INV-2231', overdue: true };
    expect(notificationFor(manual, t)).toEqual({ title: 'Overdue: Follow up with Meera Kapoor', message: 'Meera Kapoor · Invoice charged twice\nAsk billing about INV-2231' });
  });

  it('stay short with long texts, and fall back to the title without customer or subject', () => {
    const long = notificationFor({ ...base, title: 'x'.repeat(500), customerName: '', subject: '' }, t);
    expect(long.title).toHaveLength(200);
    expect(long.title.endsWith('…')).toBe(true);
    expect(long.message).toHaveLength(400);
  });

  it('views show cancelled reminders as done (they are never listed, but never as pending)', () => {
    expect(toView({ ...base, status: 'cancelled' }).status).toBe('done');
    expect(toView(base)).toMatchObject({ id: base.id, status: 'notified', overdue: false, url: base.url });
  });
});
