/**
 * The booking rules that depend on the service and the page (R12, R13), which a static schema
 * cannot know. The details form runs this for inline errors; adapters run it inside `book`.
 *
 * Answer paths use the question id, not the answer's index: `answers.q1`. The form has one field
 * per question whatever order answers arrive in, so an id is what it can map an issue back to.
 */
import type { BookingPageSettings, CustomQuestion, QuestionAssignment } from '../core/types.js';
import type { Answer, BookRequest } from './booking.js';
import type { SchemaIssue } from './validation.js';

/** What the rules read from a service; both core's `Service` and the page's `PublicService` fit. */
export interface BookingDetailsService {
  isEmailRequired: boolean;
  isLocationOnline: boolean;
  smsNotificationsEnabled: boolean;
  customQuestions?: readonly QuestionAssignment[];
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** The issue with one answer to `question`, and whether it counts as answered. */
function inspectAnswer(question: CustomQuestion, answer: Answer | undefined): { answered: boolean; problem?: string } {
  const options = question.answerOptions ?? [];
  const oneOf = `expected one of: ${options.join(', ')}`;
  switch (question.answerInputType) {
    case 'radioButton': {
      const selected = answer?.selectedOptions ?? [];
      if (selected.length > 1) return { answered: true, problem: 'choose only one option' };
      const choice = isBlank(answer?.answer) ? selected[0] : answer?.answer;
      if (choice === undefined) return { answered: false };
      return options.includes(choice) ? { answered: true } : { answered: true, problem: oneOf };
    }
    case 'checkbox': {
      if (options.length === 0) {
        // A single box: ticked is "true", unticked "false" or no answer.
        const value = answer?.answer;
        if (value !== undefined && value !== 'true' && value !== 'false') {
          return { answered: false, problem: 'expected "true" or "false"' };
        }
        return { answered: value === 'true' };
      }
      const selected = answer?.selectedOptions ?? [];
      const unknown = selected.filter((s) => !options.includes(s));
      if (unknown.length > 0) return { answered: true, problem: `expected only options among: ${options.join(', ')}` };
      return { answered: selected.length > 0 };
    }
    default: {
      const text = answer?.answer;
      // The schema lets answers span lines (multi-line questions); a one-line question's may not.
      if (question.answerInputType !== 'multiline' && text !== undefined && /[\t\n\r\u2028\u2029]/.test(text)) {
        return { answered: true, problem: 'must be one line' };
      }
      return { answered: !isBlank(text) };
    }
  }
}

/** The message when a booking would leave no way to reach the customer (R12). */
export const CONTACT_REQUIRED_MESSAGE = 'an email address or a phone number is required to reach the customer';

/**
 * R12 and R13 for one booking request: email (required unless the service sets
 * `isEmailRequired: false`, always for online services), and without it a phone number, so a
 * booking always leaves a way to reach the customer; phone when the customer opts in to SMS,
 * the service's questions and their required flags, and consent when the page asks for it.
 * Paths: `customer.emailAddress`, `customer.phone`, `answers.<questionId>`, `consent.accepted`.
 */
export function checkBookingDetails(
  request: Pick<BookRequest, 'customer' | 'answers' | 'consent' | 'smsOptIn'>,
  service: BookingDetailsService,
  questions: readonly CustomQuestion[],
  pageSettings: Pick<BookingPageSettings, 'isCustomerConsentEnabled'>,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const { customer } = request;

  if (isBlank(customer.emailAddress)) {
    if (service.isLocationOnline) {
      issues.push({
        path: 'customer.emailAddress',
        message: 'is required for online services: the join link is sent by email',
      });
    } else if (service.isEmailRequired) {
      issues.push({ path: 'customer.emailAddress', message: 'is required' });
    } else if (isBlank(customer.phone) && !(service.smsNotificationsEnabled && request.smsOptIn === true)) {
      // (With the SMS opt-in ticked, the phone check below says the same about the phone field.)
      issues.push({ path: 'customer.emailAddress', message: CONTACT_REQUIRED_MESSAGE });
    }
  }

  if (service.smsNotificationsEnabled && request.smsOptIn === true && isBlank(customer.phone)) {
    issues.push({ path: 'customer.phone', message: 'is required to receive text messages' });
  }

  const assignments = service.customQuestions ?? [];
  const answers = request.answers ?? [];
  const assigned = new Set(assignments.map((a) => a.questionId));
  for (const answer of answers) {
    if (!assigned.has(answer.questionId)) {
      issues.push({ path: `answers.${answer.questionId}`, message: 'is not a question of this service' });
    }
  }
  for (const assignment of assignments) {
    const question = questions.find((q) => q.id === assignment.questionId);
    // An assignment to an unknown question is a configuration error, reported by the business schema.
    if (!question) continue;
    const { answered, problem } = inspectAnswer(
      question,
      answers.find((a) => a.questionId === question.id),
    );
    const path = `answers.${question.id}`;
    if (problem) issues.push({ path, message: problem });
    else if (assignment.isRequired && !answered) issues.push({ path, message: 'is required' });
  }

  if (pageSettings.isCustomerConsentEnabled && request.consent?.accepted !== true) {
    issues.push({ path: 'consent.accepted', message: 'must be accepted to book' });
  }
  return issues;
}
