import type { Logger } from '../logging/logger';
import type { KnowledgeBaseReader } from '../domain/kb/liveKnowledgeBase';
import type { Recognizer } from '../domain/recognizer/recognizer';
import type { LocalServices } from '../domain/localServices';
import type { FileStore } from '../domain/files/fileStore';
import type { HandoffSettings } from './handoffSettings';
import type { GapsRecorder } from './gapsRecorder';
import type { PrivacyFacts } from '../domain/privacy/retentionText';

/** What the bot and its dialogs need, passed in so tests and the CLI can supply their own. */
export interface BotDependencies {
  /** The live knowledge base (publishing in the admin area swaps it while the bot runs). */
  readonly kb: KnowledgeBaseReader;
  readonly recognizer: Recognizer;
  readonly services: LocalServices;
  readonly files: FileStore;
  readonly logger: Logger;
  /** The adviser queue and how handoff works here (hours, mode, waiting time). */
  readonly handoff: HandoffSettings;
  /** Notes what the bot could not answer well (scrubbed), for the admins' gaps report. */
  readonly gaps: GapsRecorder;
  /** The current time (tests fix it). */
  readonly clock: () => Date;
  /** What the chat says when asked whether it is private (the privacy notice's facts). */
  readonly privacy: PrivacyFacts;
  /** Longest message the bot reads (MAX_MESSAGE_CHARS); longer gets a polite reply. */
  readonly maxMessageChars?: number;
}
