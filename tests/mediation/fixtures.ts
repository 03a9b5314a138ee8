import type { LocalServices } from '../../src/domain/localServices';
import type { MediationAnswers } from '../../src/domain/mediation';

/** Today for every test, as in the rest of the project. */
export const TODAY = '2026-11-23';

export const SERVICES: LocalServices = {
  sendiass: {
    name: 'Anytown SENDIASS',
    phone: '01234 567890',
    web: 'https://sendiass.example.org',
    openingHoursText: 'Monday to Friday, 9am to 5pm',
  },
  council: { name: 'Anytown Council', configured: true, localOfferUrl: 'https://council.example.org/local-offer' },
};

/** A parent who has not contacted the adviser yet; override what a test is about. */
export function answers(overrides: Partial<MediationAnswers> = {}): MediationAnswers {
  return {
    decision: 'refuse-assess',
    decisionLetterDate: '2026-11-12',
    contactedAdviser: false,
    hasCertificate: false,
    wantToChange: 'I want the council to assess Sam because school cannot meet his needs.',
    evidence: ['school-reports'],
    companions: ['not-sure'],
    ...overrides,
  };
}
