/** The "request an EHC needs assessment" flow: everything the dialog needs, free of Bot Framework. */
export { choiceLabel, isChoiceValue, readChoice, readChoices } from './choices';
export type { Choice, ChoiceKeywords } from './choices';
export {
  AREAS_OF_NEED, AREA_NOT_SURE, AREA_OF_NEED_CHOICES, AREA_OF_NEED_INFO, AREA_OF_NEED_KEYWORDS,
  describeAreas, isAreaOfNeed,
} from './areasOfNeed';
export type { AreaOfNeed, AreaOfNeedChoice, AreaOfNeedInfo } from './areasOfNeed';
export {
  EVIDENCE_CHOICES, EVIDENCE_ITEMS, EVIDENCE_KEYS, EVIDENCE_KEYWORDS, EVIDENCE_NONE_YET,
  buildEvidenceChecklist, evidenceChoicesFor, evidenceItem, evidenceKeysFrom, isEvidenceKey,
} from './evidenceChecklist';
export type { EvidenceAbout, EvidenceChecklist, EvidenceChecklistContext, EvidenceChoice, EvidenceItem, EvidenceKey } from './evidenceChecklist';
export { evidenceAboutFor } from './evidenceAbout';
export type { EvidenceAboutAnswers } from './evidenceAbout';
export { MAX_AGE, ageOn, endOfCompulsorySchoolAge, parseAgeOrDateOfBirth, rightsHolder, youngAgeFields } from './ageAndRights';
export type { AgeOrDateOfBirth, RightsHolder, RightsHolderResult, YoungAge } from './ageAndRights';
export { SEND_METHODS, SEND_METHOD_CHOICES, expectedReceipt } from './receiptDate';
export type { ExpectedReceipt, SendMethod } from './receiptDate';
export {
  MAX_FIRST_NAME, MAX_OWN_WORDS, REQUESTERS, REQUESTER_CHOICES, SETTINGS, SETTING_CHOICES,
  carerRelationshipIn, ehcRequestAnswersSchema, isNoSupportYet, isSkipAnswer, isUnknownAnswer, readChildFirstName,
  readDeliveryDate, readOwnWords, readSendDate, validateEhcRequestAnswers,
} from './ehcRequestAnswers';
export type { AnswerCheck, AnswersCheck, CarerRelationship, EhcRequestAnswers, Requester, Setting } from './ehcRequestAnswers';
export { buildRequestLetter, firstNameAsWritten, isConfiguredCouncil, professionalGuidance } from './requestLetter';
export type { RequestLetter } from './requestLetter';
export { IF_A_DATE_IS_MISSED_TEXT, LAWFUL_EXCEPTIONS_TEXT, buildEhcTimeline, buildEhcTimelineIcs } from './ehcTimeline';
export type { EhcTimeline, EhcTimelineIcsOptions, EhcTimelineItem, EhcTimelineKey, EhcTimelineOptions } from './ehcTimeline';
export { EHC_FLOW_TEXT, EHC_QUESTIONS, questionFor } from './flowText';
export type { EhcFlowText, EhcQuestion, QuestionText } from './flowText';
export { EHC_REQUEST_FILE_NAMES, buildEhcRequestPack } from './requestPack';
export type { EhcRequestPack, EhcRequestPackOptions } from './requestPack';
