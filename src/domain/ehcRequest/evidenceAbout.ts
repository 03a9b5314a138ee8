/**
 * Whose views and work the evidence shows, so the buttons and the checklist speak to the person
 * asking: a young person asking for themselves reads "my own views", a parent of a young person
 * past compulsory school age "the young person's own views", any other parent "the child's".
 */
import type { IsoDate } from '../dates/calendarDate';
import { rightsHolder } from './ageAndRights';
import type { Requester } from './ehcRequestAnswers';
import type { EvidenceAbout } from './evidenceChecklist';

export interface EvidenceAboutAnswers {
  readonly requester?: Requester;
  readonly dateOfBirth?: IsoDate;
  readonly age?: number;
}

/** On `day` (the letter's date when known, else today): past compulsory school age, a parent asks about a young person. */
export function evidenceAboutFor(answers: EvidenceAboutAnswers, day: IsoDate): EvidenceAbout {
  if (answers.requester === 'young-person') return 'self';
  const child = {
    ...(answers.dateOfBirth === undefined ? {} : { dateOfBirth: answers.dateOfBirth }),
    ...(answers.age === undefined ? {} : { age: answers.age }),
  };
  return rightsHolder(child, day).holder === 'young-person' ? 'young-person' : 'child';
}
