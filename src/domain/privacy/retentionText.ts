/** How long something is kept, as a parent reads it: "24 hours", "30 days", "1 month". */
export function describeHours(hours: number): string {
  return hours >= 48 && hours % 24 === 0 ? plural(hours / 24, 'day') : plural(hours, 'hour');
}

export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** What the chat tells a parent who asks whether it is private: the same facts as the privacy notice. */
export interface PrivacyFacts {
  /** How long a conversation is kept after the last message, e.g. "7 days". */
  readonly conversationRetention: string;
  /** The privacy notice's address. */
  readonly noticeUrl: string;
  /** Who runs this installation, when configured (OPERATOR_NAME). */
  readonly operatorName?: string;
}
