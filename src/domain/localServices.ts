/**
 * The local services the bot points parents to. Filled from configuration (see .env.example);
 * the defaults send parents to the national finders, so the bot is useful before a service
 * sets its own details.
 */
export interface SendiassContact {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
  readonly web: string;
  /** As parents read it, e.g. "Monday to Friday, 9am to 5pm". */
  readonly openingHoursText: string;
}

export interface CouncilDetails {
  /** e.g. "Anytown Council"; the default is a generic phrase ("your local council"). */
  readonly name: string;
  /** True when a real council is configured; false means we only have generic wording. */
  readonly configured: boolean;
  readonly localOfferUrl: string;
  /** Postal address of the SEN (EHC) team, lines separated by newlines. */
  readonly senTeamAddress?: string;
  readonly senTeamEmail?: string;
}

export interface LocalServices {
  readonly sendiass: SendiassContact;
  readonly council: CouncilDetails;
}

/** One line a parent can act on: how to reach SENDIASS. Starts with a capital: it reads as a sentence of its own. */
export function describeSendiassContact(s: SendiassContact): string {
  const ways = [s.phone && `phone ${s.phone}`, s.email && `email ${s.email}`, `visit ${s.web}`].filter(Boolean);
  const name = s.name.charAt(0).toUpperCase() + s.name.slice(1);
  return `${name}: ${ways.join(', ')} (${s.openingHoursText}).`;
}
