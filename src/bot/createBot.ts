import { MemoryStorage, type ConversationState, type Storage } from 'botbuilder';
import { JsonConversationState, JsonUserState } from './jsonChangeTracking';
import { MainDialog } from '../../dialogs/mainDialog';
import type { AppConfig } from '../config/config';
import { KnowledgeBase } from '../domain/kb/knowledgeBase';
import { loadKnowledgeBase } from '../domain/kb/loadKnowledgeBase';
import { LiveKnowledgeBase } from '../domain/kb/liveKnowledgeBase';
import { createRecognizer } from '../domain/recognizer';
import type { Recognizer } from '../domain/recognizer/recognizer';
import { InlineFileStore, type FileStore } from '../domain/files/fileStore';
import type { Logger } from '../logging/logger';
import { openMemoryDatabase, type SqliteDb } from '../storage/sqlite/sqliteDatabase';
import { SqliteBotStorage } from '../storage/sqlite/sqliteBotStorage';
import { SqliteHandoffQueue } from '../storage/sqlite/handoffStore';
import type { HandoffQueue } from '../domain/handoff/handoffQueue';
import { ConversationTranscript } from './conversationTranscript';
import { HandoffStatusHandler } from './handoffProtocol';
import { handoffSettings } from './handoffSettings';
import { HandoffConversationState } from './handoffState';
import type { BotDependencies } from './botDependencies';
import { ConversationEraser, type ConversationDataOwner } from '../domain/privacy/conversationData';
import { SendNavigatorBot } from './sendNavigatorBot';
import { MemoryGapsStore, type GapsStore } from '../domain/gaps/gapsStore';
import { SqliteGapsStore } from '../storage/sqlite/gapsStore';
import { GapsRecorder } from './gapsRecorder';
import { FeedbackConversationState } from './feedbackState';
import { describeHours } from '../domain/privacy/retentionText';

export interface CreateBotOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly storage?: Storage;
  /** The embedded database (the server's); absent for one-off conversations (ask, chat, tests). */
  readonly database?: SqliteDb;
  /** A handoff queue to use instead of the SQLite one over `database` (tests, a shared store). */
  readonly handoffQueue?: HandoffQueue;
  /** A gaps store to use instead of the SQLite one over `database` (memory when there is no database). */
  readonly gapsStore?: GapsStore;
  readonly files?: FileStore;
  readonly recognizer?: Recognizer;
  readonly knowledgeBase?: KnowledgeBase | LiveKnowledgeBase;
  readonly clock?: () => Date;
}

export interface CreatedBot {
  readonly bot: SendNavigatorBot;
  readonly deps: BotDependencies;
  readonly conversationState: ConversationState;
  /** Where conversation state lives: the database for the server, memory for one-off conversations. */
  readonly storage: Storage;
  /** Deletes everything stored about a conversation, in every store that registered. */
  readonly eraser: ConversationEraser;
  /** Parents waiting for (or talking with) an adviser: shared with the relay and the adviser hub. */
  readonly handoffs: HandoffQueue;
  /** Where each conversation is in a handoff (conversation state), for the relay's proactive turns. */
  readonly handoffState: HandoffConversationState;
}

/** Loads the knowledge base once; problems are logged and bad articles left out. */
export function loadKnowledge(config: AppConfig, logger: Logger): KnowledgeBase {
  const loaded = loadKnowledgeBase(config.knowledgeDir);
  for (const p of loaded.problems) logger[p.severity === 'error' ? 'error' : 'warn']('kb.problem', { file: p.file, field: p.field, message: p.message });
  const kb = new KnowledgeBase(loaded, config.services);
  logger.info('kb.loaded', { articles: kb.articles.length, glossaryTerms: kb.glossary.length, problems: loaded.problems.length });
  return kb;
}

/** Puts the bot together: the same assembly for the server, the CLI and tests. */
export function createBot(options: CreateBotOptions): CreatedBot {
  const { config, logger } = options;
  const storage = options.storage ?? (options.database ? new SqliteBotStorage(options.database) : new MemoryStorage());
  const conversationState = new JsonConversationState(storage);
  const userState = new JsonUserState(storage);
  const clock = options.clock ?? (() => new Date());
  // One-off conversations (ask, chat, tests) get an in-memory database, so a handoff works everywhere.
  const handoffs = options.handoffQueue ?? new SqliteHandoffQueue(options.database ?? openMemoryDatabase(), clock);
  const deps: BotDependencies = {
    kb: LiveKnowledgeBase.of(options.knowledgeBase ?? loadKnowledge(config, logger)),
    recognizer: options.recognizer ?? createRecognizer(config.recognizer, logger),
    services: config.services,
    files: options.files ?? new InlineFileStore(),
    logger,
    clock,
    handoff: handoffSettings(config, handoffs),
    gaps: new GapsRecorder({ store: options.gapsStore ?? (options.database ? new SqliteGapsStore(options.database) : new MemoryGapsStore()), logger, clock }),
    maxMessageChars: config.limits.maxMessageChars,
    privacy: { conversationRetention: describeHours(config.retention.conversationHours), noticeUrl: `${config.publicUrl}/privacy`, operatorName: config.operator.name },
  };
  const handoffState = new HandoffConversationState(conversationState);
  const transcript = new ConversationTranscript(handoffState, clock);
  const dialog = new MainDialog(deps, handoffState, transcript, new FeedbackConversationState(conversationState));
  const bot = new SendNavigatorBot(conversationState, userState, dialog, deps, { transcript, status: new HandoffStatusHandler(deps, handoffState) });
  const eraser = new ConversationEraser();
  if (isConversationDataOwner(handoffs)) eraser.register(handoffs);
  if (isConversationDataOwner(storage)) eraser.register(storage);
  return { bot, deps, conversationState, storage, eraser, handoffs, handoffState };
}

function isConversationDataOwner(store: object): store is ConversationDataOwner {
  return typeof (store as Partial<ConversationDataOwner>).eraseConversation === 'function';
}
