import { CardFactory, type Attachment } from 'botbuilder';
import type { AdviserNotice } from '../../domain/teams/adviserNotice';

/** Adaptive Cards 1.4: within what Teams renders on desktop, web and mobile (1.5 and lower). */
export const ADVISER_CARD_VERSION = '1.4';

/** The card posted in the advisers' Teams channel for a new waiting handoff. */
export function adviserHandoffCard(notice: AdviserNotice): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADVISER_CARD_VERSION,
    speak: notice.summaryLine,
    body: [
      { type: 'TextBlock', text: notice.title, weight: 'Bolder', size: 'Medium', wrap: true, color: notice.urgent ? 'Attention' : 'Default' },
      { type: 'FactSet', facts: notice.facts.map((f) => ({ title: f.title, value: f.value })) },
      { type: 'TextBlock', text: 'Open the adviser hub to read the summary and take the conversation.', wrap: true, isSubtle: true },
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Open in the adviser hub', url: notice.hubUrl }],
  });
}
