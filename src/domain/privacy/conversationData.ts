/**
 * Everything stored about one conversation must be deletable on request ("clear this
 * conversation") and by retention. Each store that keeps conversation data implements this and
 * is registered with the eraser, so one call removes it all.
 */
export interface ConversationDataOwner {
  /** A short name for logs, e.g. "handoffs". */
  readonly name: string;
  /** Deletes everything this store holds for the conversation; returns how many records went. */
  eraseConversation(conversationId: string): Promise<number>;
}

export class ConversationEraser {
  private readonly owners: ConversationDataOwner[] = [];

  register(owner: ConversationDataOwner): void {
    this.owners.push(owner);
  }

  /** Deletes from every store; returns the count per store. */
  async erase(conversationId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const owner of this.owners) counts[owner.name] = await owner.eraseConversation(conversationId);
    return counts;
  }
}
