import type { ReminderRule } from './types';

/**
 * The rules shipped with the extension, each switchable (a stored rule with the same id replaces
 * it, see readReminderSettings). The practices they serve: thank the customer and check they are
 * satisfied after a resolution; daily check-ins while onboarding (for conversations labelled
 * onboarding or customers with an onboarding start); nudge when the customer has gone
 * quiet; remind the agent who has not answered; recap the value delivered before a renewal;
 * remember personal dates. Templates are the team's text and stay in the language they are written in.
 */
export const DEFAULT_REMINDER_RULES: readonly ReminderRule[] = Object.freeze([
  {
    id: 'thank-you-after-resolution',
    name: 'Thank-you and satisfaction check after a resolution',
    enabled: true,
    trigger: { type: 'event', event: 'resolved' },
    delay: { amount: 1, unit: 'days', business: true },
    retrigger: 'every',
    cancelOn: ['reopened'],
    title: 'Thank {customer.firstName} and check they are satisfied',
    message:
      'Hi {customer.firstName}, thank you for your patience with "{subject}". Is everything working as it should now? ' +
      'If anything is still not right, just reply to this message. {agent.name}',
  },
  {
    id: 'onboarding-daily-check-in',
    name: 'Onboarding: daily check-in for the first 5 business days (label "onboarding" or an onboarding start)',
    enabled: true,
    trigger: { type: 'event', event: 'first_contact' },
    // The extension cannot tell a new customer from any other: only conversations the team marks
    // as onboarding (label or tag "onboarding", also nested as "Customers/Onboarding"), or
    // customers the agent gave an onboarding start in the panel (see evaluate.ts).
    when: { labels: ['onboarding'] },
    delay: { amount: 1, unit: 'days', business: true },
    repeat: { every: { amount: 1, unit: 'days', business: true }, count: 5 },
    title: 'Onboarding check-in with {customer.firstName}',
    message: 'Hi {customer.firstName}, how are you getting on so far? Is there anything I can help you set up today? {agent.name}',
  },
  {
    id: 'no-reply-from-customer',
    name: 'No reply from the customer in 3 business days: nudge',
    enabled: true,
    trigger: { type: 'event', event: 'agent_reply' },
    delay: { amount: 3, unit: 'days', business: true },
    retrigger: 'latest',
    cancelOn: ['customer_message', 'resolved'],
    title: 'No reply from {customer.firstName} yet: follow up',
    message:
      'Hi {customer.firstName}, I wanted to check whether my last message about "{subject}" helped, or whether you need anything else from me. {agent.name}',
  },
  {
    id: 'no-reply-from-agent',
    name: 'No reply from the agent in 8 business hours',
    enabled: true,
    trigger: { type: 'event', event: 'customer_message' },
    delay: { amount: 8, unit: 'hours', business: true },
    retrigger: 'first',
    cancelOn: ['agent_reply', 'resolved'],
    title: '{customer.firstName} is still waiting for a reply',
    message: '"{subject}" has had no reply for 8 business hours.',
  },
  {
    id: 'renewal-value-recap',
    name: 'Renewal: recap the value delivered, 14 days before',
    enabled: true,
    trigger: { type: 'date', date: 'renewal', time: '09:00' },
    delay: { amount: -14, unit: 'days', business: false },
    title: 'Renewal on {date}: recap the value delivered to {customer.name}',
    message:
      'Hi {customer.firstName}, your renewal is coming up on {date}. Here is a short recap of what we achieved together this year: … {agent.name}',
  },
  {
    id: 'personal-date-greeting',
    name: 'Personal dates: greeting on the day',
    enabled: true,
    trigger: { type: 'date', date: 'personal', time: '09:00' },
    delay: { amount: 0, unit: 'days', business: false },
    title: 'Greet {customer.firstName}: {date.label}',
    message: 'Hi {customer.firstName}, warm wishes on your {date.label} from all of us! {agent.name}',
  },
] satisfies ReminderRule[]);
