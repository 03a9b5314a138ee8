import { PUBLIC_HELPLINES } from './contactDetails';
import type { Detection, PersonalDetailKind } from './personalDetailKinds';

/**
 * Numbers that point at one person's records: NHS numbers, National Insurance numbers, unique
 * pupil numbers, and the reference numbers councils, tribunals and services give a case.
 * Short numbers that carry meaning ("20 weeks", "15 hours", "Year 6", "section 19") stay.
 */

function collect(text: string, re: RegExp, kind: PersonalDetailKind, group = 0, accept: (m: RegExpMatchArray) => boolean = () => true): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(re)) {
    if (!accept(m)) continue;
    const value = m[group];
    if (value === undefined) continue;
    const start = m.index + m[0].indexOf(value);
    found.push({ start, end: start + value.length, kind });
  }
  return found;
}

// "NHS number 943 476 5919", "NHS no: 9434765919".
const NHS_LABELLED = /\bNHS\s*(?:number|num|no\.?|#)?\s*(?:is|was)?\s*[:\-]?\s*(\d{3}[\s-]?\d{3}[\s-]?\d{4})(?!\d)/gi;
// Written 3-3-4 with spaces or dashes, not starting with 0 (that is a phone number).
const NHS_SPACED = /(?<![\d\p{L}])[1-9]\d{2}([\s-])\d{3}\1\d{4}(?![\d\p{L}])/gu;

export function findNhsNumbers(text: string): Detection[] {
  return [...collect(text, NHS_LABELLED, 'nhs-number', 1), ...collect(text, NHS_SPACED, 'nhs-number')];
}

// "QQ 12 34 56 C", "qq123456c". Spaced forms only in capitals or after a label, so "in 12 34 56"
// (a list of numbers) is not taken for one.
const NI_CLOSED = /(?<![\p{L}\p{N}])[a-z]{2}\d{6}[a-d]?(?![\p{L}\p{N}])/giu;
const NI_SPACED = /(?<![\p{L}\p{N}])[A-Z]{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}(?:[\s-]?[A-D])?(?![\p{L}\p{N}])/gu;
const NI_LABELLED = /\b(?:national\s+insurance|NI|NINO)\s*(?:number|num|no\.?|#)?\s*(?:is|was)?\s*[:\-]?\s*([a-z]{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}(?:[\s-]?[a-d](?![\p{L}\p{N}]))?)/giu;

export function findNationalInsuranceNumbers(text: string): Detection[] {
  return [
    ...collect(text, NI_LABELLED, 'national-insurance-number', 1),
    ...collect(text, NI_CLOSED, 'national-insurance-number'),
    ...collect(text, NI_SPACED, 'national-insurance-number'),
  ];
}

// A unique pupil number is a letter and 12 more characters: "A123456789012" (or ending in a
// letter when temporary). Labelled ones may be written with spaces.
const UPN = /(?<![\p{L}\p{N}])[a-z]\d{11}[a-z0-9](?![\p{L}\p{N}])/giu;
const UPN_LABELLED = /\b(?:UPN|ULN|unique\s+pupil\s+number|unique\s+learner\s+number|pupil\s+number)\s*(?:is|was)?\s*[:\-#]?\s*([a-z]?[\s-]?\d(?:[\s-]?\d){6,12}(?:[a-z](?!\p{L}))?)(?!\p{N})/giu;

export function findPupilNumbers(text: string): Detection[] {
  return [...collect(text, UPN_LABELLED, 'pupil-number', 1), ...collect(text, UPN, 'pupil-number')];
}

// "ref: EHC/2024/1234", "case number 123456", "our reference is AB-99812", "appeal no. EH123/24/00045".
const REFERENCE_LABELLED = new RegExp(
  String.raw`\b(?:(?:our|your|my|their|the|council|la|tribunal|lgo|ombudsman|complaint|case|claim|appeal|application|enquiry|inquiry|file|account|ticket|record|referral|request|crm|crn|ehc|ehcp|sen|send|foi|sar|hmcts)\s+)?` +
  String.raw`(?:ref|reference|case|claim|appeal|application|enquiry|inquiry|file|account|ticket|record|referral|complaint|crn|id|crm)` +
  String.raw`(?:\s*(?:number|num|no\.?|#|id|code|ref))?\s*(?:is|was|=)?\s*[:\-#]?\s*` +
  // The value: letters, digits and / - _ . with at least three digits, or digit groups with spaces.
  String.raw`((?=[A-Za-z0-9/_.\-]*\d[A-Za-z0-9/_.\-]*\d[A-Za-z0-9/_.\-]*\d)[A-Za-z0-9][A-Za-z0-9/_.\-]*[A-Za-z0-9](?:\s\d{2,})*|\d{2,}(?:\s\d{2,})+)`,
  'gi',
);
// Unlabelled: capitals then digits with a separator ("EHC/2024/1234", "SEN-2023-0042") or a long
// mix ("AB12345"). Not "COVID-19" or "mid-2024".
const REFERENCE_SHAPED = /(?<![\p{L}\p{N}/])[a-z]{1,6}\d*(?:[/\-_][a-z0-9]*\d[a-z0-9]*)+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[A-Z]{2,6}\d{4,}[A-Z]?(?![\p{L}\p{N}])/giu;
const NOT_REFERENCES = new Set(['COVID-19', 'COVID19']);
const digitCount = (s: string): number => s.replace(/\D/g, '').length;

export function findReferenceNumbers(text: string): Detection[] {
  return [
    ...collect(text, REFERENCE_LABELLED, 'reference-number', 1),
    ...collect(text, REFERENCE_SHAPED, 'reference-number', 0, (m) => digitCount(m[0]) >= 4 && /\d{3}/.test(m[0]) && !NOT_REFERENCES.has(m[0].toUpperCase()) && !/^[a-z]+-(?:19|20)\d\d$/i.test(m[0])),
  ];
}

// Six or more digits in a row, or groups of three or more digits (seven or more in all) joined
// by spaces or dashes, but not a range ("250-700") or a helpline ("116 123"):
// whatever they are, they are not needed to understand a question. Money ("£150000") stays.
const LONG_DIGITS = /(?<![\d£$€.,])(?:\d{6,}|\d{3,}(?: \d{3,}){2,}|\d{3,}(?:-\d{3,}){2,}|\d{4,} \d{3,}|\d{3,} \d{4,})(?![\d])/g;

export function findLongNumbers(text: string): Detection[] {
  return collect(text, LONG_DIGITS, 'number', 0, (m) => !PUBLIC_HELPLINES.has(m[0].replace(/\D/g, '')));
}
