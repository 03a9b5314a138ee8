/** Shared test data for the EHC request flow. */
import type { LocalServices } from '../../src/domain/localServices';
import type { EhcRequestAnswers } from '../../src/domain/ehcRequest';

/** Today for every test, as in the rest of the project. */
export const TODAY = '2026-11-23';

export const CONFIGURED_SERVICES: LocalServices = {
  sendiass: {
    name: 'Anytown SENDIASS',
    phone: '01234 567890',
    web: 'https://sendiass.example.org',
    openingHoursText: 'Monday to Friday, 9am to 5pm',
  },
  council: {
    name: 'Anytown Council',
    configured: true,
    localOfferUrl: 'https://council.example.org/local-offer',
    senTeamAddress: 'SEN Team\nTown Hall\nAnytown AN1 1AA',
    senTeamEmail: 'sen@anytown.example.org',
  },
};

export const GENERIC_SERVICES: LocalServices = {
  sendiass: {
    name: 'Your local SENDIASS',
    web: 'https://councilfordisabledchildren.org.uk/information-advice-and-support-services-network/find-your-local-ias-service',
    openingHoursText: 'opening hours vary: check their website',
  },
  council: { name: 'your local council', configured: false, localOfferUrl: 'https://www.gov.uk/find-local-council' },
};

/** A parent writing about Sam; override what a test is about. */
export function parentAnswers(overrides: Partial<EhcRequestAnswers> = {}): EhcRequestAnswers {
  return {
    requester: 'parent',
    childFirstName: 'Sam',
    dateOfBirth: '2018-05-14',
    setting: 'school',
    settingName: 'Oak Tree Primary School',
    council: 'Anytown Council',
    areasOfNeed: ['communication-interaction', 'social-emotional-mental-health'],
    difficulties: 'Sam struggles to follow spoken instructions and hides under the table when the classroom is noisy',
    supportTried: 'A small speech group twice a week since January; it helped a little but he is still falling behind',
    outsideProfessionals: 'A speech and language therapist saw him in March',
    evidence: ['school-records', 'home-log'],
    sendMethod: 'email',
    sendDate: '2026-11-23',
    ...overrides,
  };
}
