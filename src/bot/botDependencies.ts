import type { Logger } from '../logging/logger';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase';
import type { Recognizer } from '../domain/recognizer/recognizer';
import type { LocalServices } from '../domain/localServices';
import type { FileStore } from '../domain/files/fileStore';

/** What the bot and its dialogs need, passed in so tests and the CLI can supply their own. */
export interface BotDependencies {
  readonly kb: KnowledgeBase;
  readonly recognizer: Recognizer;
  readonly services: LocalServices;
  readonly files: FileStore;
  readonly logger: Logger;
  /** The current time (tests fix it). */
  readonly clock: () => Date;
}
