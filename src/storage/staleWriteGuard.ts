import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { ConversationDataOwner } from '../domain/privacy/conversationData';
import { carryOfferedJson } from './stateJson';

/**
 * botbuilder's BotState (ConversationState, UserState) always saves with eTag "*", which tells a
 * storage to overwrite whatever is there: of two turns of one conversation that read the same
 * state (two instances, or a parent's message and an adviser's proactive message at once), the
 * later save silently wipes out the earlier one's update.
 *
 * This guard remembers, for each item it reads, the eTag it was read with (in a weak map beside
 * the items, so it is never stored, hashed or copied). When BotState hands the same object back
 * with "*", the write is made conditional on that eTag instead, and the storage's optimistic
 * concurrency refuses it if someone else wrote first: the second writer fails rather than
 * overwrite. Items written without having been read ("*" on a new object) still overwrite.
 */

const readWithETag = new WeakMap<object, string>();

export type GuardedStorage<S extends Storage> = Storage & ConversationDataOwner & { readonly inner: S };

export function guardStaleWrites<S extends Storage & ConversationDataOwner>(inner: S): GuardedStorage<S> {
  return {
    inner,
    name: inner.name,
    eraseConversation: (conversationId: string) => inner.eraseConversation(conversationId),

    async read(keys: string[]): Promise<StoreItems> {
      const items = await inner.read(keys);
      for (const item of Object.values(items) as StoreItem[]) if (item && typeof item.eTag === 'string') readWithETag.set(item, item.eTag);
      return items;
    },

    async write(changes: StoreItems): Promise<void> {
      if (!changes) return inner.write(changes);
      const forwarded: StoreItems = {};
      for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>) {
        const readWith = item && typeof item === 'object' ? readWithETag.get(item) : undefined;
        // A copy, so the caller's object is untouched if the write is refused.
        if (item && item.eTag === '*' && readWith) {
          forwarded[key] = { ...item, eTag: readWith };
          carryOfferedJson(item, forwarded[key]);
        } else forwarded[key] = item;
      }
      await inner.write(forwarded);
      // Written: each item now carries (and will next be checked against) its new eTag.
      for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>) {
        const stored = forwarded[key] as StoreItem | undefined;
        if (item && typeof item === 'object' && typeof stored?.eTag === 'string') {
          item.eTag = stored.eTag;
          readWithETag.set(item, stored.eTag);
        }
      }
    },

    delete: (keys: string[]) => inner.delete(keys),
  };
}
