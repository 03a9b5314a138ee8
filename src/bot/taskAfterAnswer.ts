import { MAIN_TASKS } from './botMessages';

/**
 * Answers that lead straight into one of the guided tasks offer it as the next step: a parent
 * reading how to ask for an assessment can start the letter, and one reading about appeal
 * deadlines can have their own dates worked out. Keyed by article id (a test checks every id
 * exists, so a renamed article is noticed).
 */
export const TASK_AFTER_ARTICLE: Readonly<Record<string, string>> = {
  'how-to-request-ehc-assessment': MAIN_TASKS.ehcRequest,
  'ehc-needs-assessment-request': MAIN_TASKS.ehcRequest,
  'ehc-needs-assessment': MAIN_TASKS.ehcRequest,
  'ehc-timescales': MAIN_TASKS.ehcRequest,
  // ("No diagnosis needed to ask for an assessment": asking is the next step.)
  'diagnosis-not-needed': MAIN_TASKS.ehcRequest,
  'refusal-to-assess': MAIN_TASKS.mediation,
  'refusal-to-issue-plan': MAIN_TASKS.mediation,
  'ceasing-a-plan': MAIN_TASKS.mediation,
  'appeal-deadlines': MAIN_TASKS.mediation,
  'tribunal-appeals': MAIN_TASKS.mediation,
  'preparing-for-tribunal': MAIN_TASKS.mediation,
  mediation: MAIN_TASKS.mediation,
  'mediation-certificate': MAIN_TASKS.mediation,
  'mediation-what-happens-on-the-day': MAIN_TASKS.mediation,
};

/** The sentence that offers the task, in the answer's own text (cards only add buttons). */
export function taskOfferText(task: string): string {
  return task === MAIN_TASKS.ehcRequest
    ? `I can help you ask for an assessment step by step, with a draft letter and your key dates: choose "${task}".`
    : `I can work out your own dates and help you get ready: choose "${task}".`;
}
