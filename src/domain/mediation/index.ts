/** The "prepare for mediation / appeal" flow: everything the dialog needs, free of Bot Framework. */
export {
  DECISION_TYPES, DECISION_CHOICES, PLAN_PARTS, PLAN_PART_CHOICES, PLAN_PART_EXPLANATIONS,
  canAppeal, isDecisionType, isPlacementOnly, isPlanPart, needsMediationAdvice, planPartChoicesFor,
} from './decisionTypes';
export type { AppealRule, Choice, DecisionType, MediationAdviceRule, PlanPart } from './decisionTypes';
export {
  MEDIATION_CHOICES, checkAdviserContactDate, checkCertificateDate, checkDecisionLetterDate,
  checkMediationHeldDate, checkMediationRequestedDate, mediationAnswersSchema, readAnswerDate, validateMediationAnswers,
} from './mediationAnswers';
export type { AnswersCheck, DateCheck, MediationAnswers, MediationChoice } from './mediationAnswers';
export { AFTER_YOUR_CERTIFICATE, URGENT_WITHIN_DAYS, assessPosition, deadlineHeadsUp, optionsWhenLate } from './whereYouStand';
export type { KeyDate, Position, PositionDate, PositionDateKey } from './whereYouStand';
export { MEDIATION_QUESTIONS, buildMediationIcs, buildPreparationSummary, mediationQuestions, mediationSourcesLine } from './preparationSummary';
export type { MediationIcsOptions, PreparationSummary } from './preparationSummary';
export {
  COMPANION_CHOICES, COMPANION_KEYS, EVIDENCE_CHOICES, EVIDENCE_KEYS, MEDIATION_CHOICE_CHOICES,
  MEDIATION_FLOW_TEXT, YES_NO_CHOICES, asksHowDaysCount, choiceLabel, evidenceChoicesFor, explainFor, questionsFor,
} from './flowText';
export type { CompanionKey, EvidenceKey, MediationFlowText, MediationQuestion, QuestionText } from './flowText';
export { asksIfMediationNeeded, asksIfNeeded, certificateDateSaid, hasCertificateSaid, mediationDateSaid, mediationHeldSaid, planPartsNamed, printedDatePhrase, saysArrivalDay, speaksAsYoungPerson } from './typedAnswers';
