import { ConversationState, UserState, type BotState, type Storage, type StorageKeyFactory, type TurnContext } from 'botbuilder';
import { takeReadJson, writingWithJson } from '../storage/stateJson';

/**
 * botbuilder's BotState finds out whether state changed by hashing it three times a turn (on
 * load, before saving and after), each time through a replacer-based stringify and SHA-256: a
 * tenth of the CPU of a whole turn here, most of it spent on the recent-messages transcript.
 * These subclasses keep BotState's behaviour (same cache in turn state, same storage calls, save
 * only when something changed, `force` to save anyway) but compare plain JSON instead: one
 * native stringify when saving, and none when loading from a storage that read the JSON as text
 * (src/storage/stateJson.ts); the storage then writes the same string it was compared as.
 */

interface CachedState {
  state: Record<string, unknown>;
  hash: string;
}

/** BotState keeps its cache in turn state under a private symbol; reach it the one way there is. */
function cacheKeyOf(state: BotState): symbol {
  return (state as unknown as { stateKey: symbol }).stateKey;
}

/** The state as stored, minus its eTag (which changes on every write and says nothing about content). */
function contentOf(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...content } = state;
  return JSON.stringify(content);
}

/** What the helpers need of a BotState: its storage, how it names its key, where it caches. */
interface StateAccess {
  readonly storage: Storage;
  readonly storageKey: StorageKeyFactory;
  readonly cacheKey: symbol;
}

async function load(access: StateAccess, context: TurnContext, force: boolean): Promise<Record<string, unknown>> {
  const cached = context.turnState.get(access.cacheKey) as CachedState | undefined;
  if (!force && cached?.state) return cached.state;
  const key = await access.storageKey(context);
  const items = await access.storage.read([key]);
  const state = (items[key] ?? {}) as Record<string, unknown>;
  context.turnState.set(access.cacheKey, { state, hash: takeReadJson(state) ?? contentOf(state) } satisfies CachedState);
  return state;
}

async function saveChanges(access: StateAccess, context: TurnContext, force: boolean): Promise<void> {
  let cached = context.turnState.get(access.cacheKey) as CachedState | undefined;
  const content = cached ? contentOf(cached.state) : undefined;
  if (!force && (!cached || cached.hash === content)) return;
  const key = await access.storageKey(context);
  if (!cached) cached = { state: {}, hash: '' };
  const state = cached.state;
  state.eTag = '*';
  const json = content ?? contentOf(state);
  await writingWithJson(state, json, () => access.storage.write({ [key]: state }));
  cached.hash = json;
  context.turnState.set(access.cacheKey, cached);
}

/** ConversationState and UserState both get the same two overrides (TypeScript mixins must take `any[]`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BotStateClass = new (...args: any[]) => BotState;

function withJsonChangeTracking<Base extends BotStateClass>(base: Base) {
  return class extends base {
    override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
      return load(this.access(), context, force);
    }

    override saveChanges(context: TurnContext, force = false): Promise<void> {
      return saveChanges(this.access(), context, force);
    }

    private access(): StateAccess {
      return { storage: this.storage, storageKey: this.storageKey, cacheKey: cacheKeyOf(this) };
    }
  };
}

export const JsonConversationState = withJsonChangeTracking(ConversationState);
export const JsonUserState = withJsonChangeTracking(UserState);
