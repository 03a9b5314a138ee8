import { findEmailAddresses, findPhoneNumbers, findWebAddresses } from './contactDetails';
import { findDates } from './dateMentions';
import { PERSONAL_DETAIL_KINDS, PLACEHOLDERS, type Detection, type Detector, type PersonalDetailKind } from './personalDetailKinds';
import { findPersonNames } from './personNames';
import { findPostcodes } from './postcodes';
import {
  findLongNumbers, findNationalInsuranceNumbers, findNhsNumbers, findPupilNumbers, findReferenceNumbers,
} from './referenceNumbers';
import { findCouncilNames, findSchoolNames } from './schoolAndCouncilNames';
import { findStreetAddresses } from './streetAddresses';

export type { PersonalDetailKind } from './personalDetailKinds';
export { PLACEHOLDERS } from './personalDetailKinds';

/**
 * Removes personal details from what a parent typed, so it can be kept to improve the service:
 * names, email and web addresses, phone numbers, postcodes, dates, street addresses, school and
 * council names, NHS, National Insurance, pupil and case reference numbers, and long numbers.
 * Each is replaced with a placeholder ("[name]", "[school]") so the question still reads.
 *
 * Kept on purpose, because alone they identify no one and they are often the question itself:
 * ages ("he's 7"), year groups ("Year 6"), durations ("20 weeks", "15 hours"), a month or year
 * alone ("since September", "in 2019"), towns and counties ("we're in Kent"), and SEND words
 * (SENCo, EHCP, CAMHS, ADHD, section F, tribunal, "the council", "the school").
 *
 * It errs towards removing: a word that might be a name usually goes. It cannot know every
 * name: a name it has never seen, in lower case, with nothing around it to show it is a name,
 * can survive. Never show scrubbed text as if it were safe to publish.
 */

export interface ScrubOptions {
  /** Names already known from the conversation (e.g. the child's name given in a guided flow). */
  readonly extraNames?: readonly string[];
}

export interface ScrubResult {
  readonly text: string;
  /** What was removed, by kind, in a fixed order; kinds with nothing removed are left out. */
  readonly removed: Array<{ kind: PersonalDetailKind; count: number }>;
}

/** Text that has been through `scrubPersonalDetails`: the only text a gaps record may hold. */
export type ScrubbedText = string & { readonly __scrubbed: true };

export function scrubPersonalDetails(text: string, options: ScrubOptions = {}): ScrubResult {
  // Order matters: the most distinctive shapes go first, so a phone number is never read as a
  // date and "St Mary's School" is never read as a person called Mary.
  const steps: Detector[] = [
    findEmailAddresses,
    findWebAddresses,
    findNationalInsuranceNumbers,
    findPupilNumbers,
    findNhsNumbers,
    findReferenceNumbers,
    findDates,
    findPhoneNumbers,
    findPostcodes,
    findSchoolNames,
    findCouncilNames,
    findStreetAddresses,
    (t) => findPersonNames(t, { extraNames: options.extraNames }),
    findLongNumbers,
  ];
  const counts = new Map<PersonalDetailKind, number>();
  let current = text.normalize('NFC');
  for (const step of steps) {
    const detections = withoutOverlaps(step(current));
    if (!detections.length) continue;
    current = replaceAll(current, detections);
    for (const d of detections) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  }
  return {
    text: current,
    removed: PERSONAL_DETAIL_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! })),
  };
}

/** The scrubbed text alone, typed so that only scrubbed text can be stored as a gap. */
export function scrubbedText(text: string, options: ScrubOptions = {}): ScrubbedText {
  return scrubPersonalDetails(text, options).text as ScrubbedText;
}

/** Earliest first; where two overlap, the longer wins. */
function withoutOverlaps(detections: Detection[]): Detection[] {
  const sorted = detections
    .filter((d) => d.end > d.start)
    .sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Detection[] = [];
  for (const d of sorted) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) {
      if (d.end - d.start > last.end - last.start) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept;
}

function replaceAll(text: string, detections: Detection[]): string {
  let out = '';
  let at = 0;
  for (const d of detections) {
    out += text.slice(at, d.start) + PLACEHOLDERS[d.kind];
    at = d.end;
  }
  return out + text.slice(at);
}
