import type { StaffRef } from './handoffQueue';

/**
 * How a contact-centre agent (Bot Framework handoff protocol) appears in the queue when it
 * accepts a conversation. The relay leaves these alone: the contact centre talks to the parent
 * itself, and the bot tells the parent about the status events it receives.
 */
export const CONTACT_CENTRE_ADVISER: StaffRef = { id: 'contact-centre', firstName: 'SENDIASS' };

export function isContactCentre(adviser: StaffRef | undefined): boolean {
  return adviser?.id === CONTACT_CENTRE_ADVISER.id;
}
