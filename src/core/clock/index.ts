/** Business calendars and the response-time target clock. */
export { validateCalendar, CalendarError, formatIssue, type Calendar, type CalendarIssue, type CalendarValidation, type Weekday } from './calendar';
export { businessMsBetween, addBusinessMs, isBusinessOpen, businessHours, type BusinessHours } from './business-time';
export { slaState, type SlaPolicy, type SlaConversation, type SlaEvent, type SlaState, type SlaStatus } from './sla';
export { selectPolicy, type PolicyRule, type PolicyConditions, type PolicySubject, type SelectedPolicy } from './policies';
