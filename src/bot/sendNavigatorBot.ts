import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/mainDialog';
import type { BotDependencies } from './botDependencies';
import { MAIN_TASK_CHOICES, welcomeText } from './botMessages';
import { buildReply } from './replies';
import type { ConversationTranscript } from './conversationTranscript';
import { HANDOFF_STATUS_EVENT, type HandoffStatusHandler } from './handoffProtocol';
import { isTeams, isTeamsSharedConversation, sharedConversationReply } from './teams/teamsConversation';

/**
 * The Bot Framework edge: welcomes a parent once, runs the main dialog for every message, and
 * saves state at the end of each turn. Everything else lives in dialogs/ and src/domain/.
 */
export class SendNavigatorBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  /** Teams only: this user has had the welcome, so a reinstall (or purged conversation) does not repeat it. */
  private readonly teamsUserWelcomed: StatePropertyAccessor<boolean>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly dialog: MainDialog,
    private readonly deps: BotDependencies,
    /** Handoff to an adviser: the recent-messages transcript and the contact centre's status events. */
    private readonly handoff?: { readonly transcript: ConversationTranscript; readonly status: HandoffStatusHandler },
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.welcomed = conversationState.createProperty<boolean>('welcomed');
    this.teamsUserWelcomed = userState.createProperty<boolean>('teamsWelcomed');

    this.onMembersAdded(async (context, next) => {
      const added = context.activity.membersAdded ?? [];
      const others = added.filter((m) => m.id !== context.activity.recipient.id);
      if (isTeamsSharedConversation(context.activity)) {
        // A team channel or group chat: no parent welcome where everyone can read it.
      } else if (others.length || (isTeams(context.activity) && added.length)) {
        // In a Teams one-to-one chat, the bot itself being added is the user installing it.
        await this.welcome(context);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      if (isTeamsSharedConversation(context.activity)) {
        // Teams delivers channel and group messages only when the bot is @mentioned: answer with a pointer to a private chat.
        await context.sendActivity(sharedConversationReply(context.activity.recipient.id));
        await next();
        return;
      }
      // Channels that send no conversationUpdate (or a parent who types first) still get the welcome.
      if (!(await this.hasBeenWelcomed(context))) await this.welcome(context, true);
      await this.dialog.run(context, this.dialogState);
      await next();
    });

    this.onEvent(async (context, next) => {
      // botbuilder has no handler for the handoff protocol's status events: match the name.
      if (context.activity.name === HANDOFF_STATUS_EVENT) await this.handoff?.status.handle(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    try {
      await this.handoff?.transcript.attach(context);
      await super.run(context);
    } finally {
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
    }
  }

  private async hasBeenWelcomed(context: TurnContext): Promise<boolean> {
    if (await this.welcomed.get(context, false)) return true;
    return isTeams(context.activity) && (await this.teamsUserWelcomed.get(context, false));
  }

  private async welcome(context: TurnContext, short = false): Promise<void> {
    if (await this.hasBeenWelcomed(context)) return;
    await this.welcomed.set(context, true);
    if (isTeams(context.activity)) await this.teamsUserWelcomed.set(context, true);
    if (short && context.activity.type === ActivityTypes.Message) {
      // They have already asked something: a one-line introduction, then their answer.
      await context.sendActivity(buildReply(
        'Hello. I am SEND Navigator, a computer program, not a person or a lawyer. I give general information about SEND in England.',
        { kind: 'welcome' },
      ));
      return;
    }
    await context.sendActivity(buildReply(welcomeText(this.deps.services), { kind: 'welcome' }, { choices: MAIN_TASK_CHOICES, buttons: 'card' }));
  }
}
