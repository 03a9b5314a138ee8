import { ConversationState, MemoryStorage, UserState, type Storage } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog';
import type { AppConfig } from '../config/config';
import { KnowledgeBase } from '../domain/kb/knowledgeBase';
import { loadKnowledgeBase } from '../domain/kb/loadKnowledgeBase';
import { createRecognizer } from '../domain/recognizer';
import type { Recognizer } from '../domain/recognizer/recognizer';
import { InlineFileStore, type FileStore } from '../domain/files/fileStore';
import type { Logger } from '../logging/logger';
import type { SqliteDb } from '../storage/sqlite/sqliteDatabase';
import type { BotDependencies } from './botDependencies';
import { ConversationEraser } from '../domain/privacy/conversationData';
import { SendNavigatorBot } from './sendNavigatorBot';

export interface CreateBotOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly storage?: Storage;
  /** The embedded database (the server's); absent for one-off conversations (ask, chat, tests). */
  readonly database?: SqliteDb;
  readonly files?: FileStore;
  readonly recognizer?: Recognizer;
  readonly knowledgeBase?: KnowledgeBase;
  readonly clock?: () => Date;
}

export interface CreatedBot {
  readonly bot: SendNavigatorBot;
  readonly deps: BotDependencies;
  readonly conversationState: ConversationState;
  /** Deletes everything stored about a conversation, in every store that registered. */
  readonly eraser: ConversationEraser;
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
  const storage = options.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const deps: BotDependencies = {
    kb: options.knowledgeBase ?? loadKnowledge(config, logger),
    recognizer: options.recognizer ?? createRecognizer(config.recognizer, logger),
    services: config.services,
    files: options.files ?? new InlineFileStore(),
    logger,
    clock: options.clock ?? (() => new Date()),
  };
  const dialog = new MainDialog(deps);
  const bot = new SendNavigatorBot(conversationState, userState, dialog, deps);
  const eraser = new ConversationEraser();
  return { bot, deps, conversationState, eraser };
}
