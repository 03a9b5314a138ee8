import type { AppConfig } from '../config/config';
import { parseAdviserHours, type AdviserHours } from '../domain/handoff/adviserHours';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';

/** How handoff to an adviser works in this installation, for the dialogs. */
export interface HandoffSettings {
  readonly queue: HandoffQueue;
  /** hub: the built-in adviser hub; protocol: the Bot Framework handoff protocol to a contact centre. */
  readonly mode: AppConfig['handoff']['mode'];
  readonly hours: AdviserHours;
  /** Offer a call-back when nobody has taken a waiting handoff within this many minutes. */
  readonly waitMinutes: number;
}

export function handoffSettings(config: AppConfig, queue: HandoffQueue): HandoffSettings {
  return {
    queue,
    mode: config.handoff.mode,
    hours: parseAdviserHours(config.handoff.adviserHours),
    waitMinutes: config.handoff.waitMinutes,
  };
}
