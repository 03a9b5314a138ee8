/**
 * The kinds of personal detail the scrubber removes, and the placeholder each is replaced with.
 * Placeholders keep the sentence readable ("my son [name] goes to [school]") so an admin can
 * still see what the parent was asking, without who they are.
 */

export type PersonalDetailKind =
  | 'name'
  | 'email'
  | 'phone'
  | 'postcode'
  | 'date'
  | 'address'
  | 'school'
  | 'council'
  | 'place'
  | 'nhs-number'
  | 'national-insurance-number'
  | 'pupil-number'
  | 'reference-number'
  | 'web-address'
  | 'number';

/** In the order `removed` lists them. */
export const PERSONAL_DETAIL_KINDS: readonly PersonalDetailKind[] = [
  'name', 'email', 'phone', 'postcode', 'address', 'date', 'school', 'council', 'place',
  'nhs-number', 'national-insurance-number', 'pupil-number', 'reference-number', 'web-address', 'number',
];

export const PLACEHOLDERS: Readonly<Record<PersonalDetailKind, string>> = {
  name: '[name]',
  email: '[email]',
  phone: '[phone]',
  postcode: '[postcode]',
  date: '[date]',
  address: '[address]',
  school: '[school]',
  council: '[council]',
  place: '[place]',
  'nhs-number': '[NHS number]',
  'national-insurance-number': '[NI number]',
  'pupil-number': '[pupil number]',
  'reference-number': '[reference number]',
  'web-address': '[web address]',
  number: '[number]',
};

/** A stretch of text found to be a personal detail: [start, end) in the text it was found in. */
export interface Detection {
  readonly start: number;
  readonly end: number;
  readonly kind: PersonalDetailKind;
}

/** One step of the scrubber: finds details of one family in the text as it stands. */
export type Detector = (text: string) => Detection[];
