import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/mainDialog';
import type { BotDependencies } from './botDependencies';
import { MAIN_TASK_CHOICES, welcomeText } from './botMessages';
import { buildReply } from './replies';

/**
 * The Bot Framework edge: welcomes a parent once, runs the main dialog for every message, and
 * saves state at the end of each turn. Everything else lives in dialogs/ and src/domain/.
 */
export class SendNavigatorBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly dialog: MainDialog,
    private readonly deps: BotDependencies,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.welcomed = conversationState.createProperty<boolean>('welcomed');

    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient.id);
      if (others.length) await this.welcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      // Channels that send no conversationUpdate (or a parent who types first) still get the welcome.
      if (!(await this.welcomed.get(context, false))) await this.welcome(context, true);
      await this.dialog.run(context, this.dialogState);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    try {
      await super.run(context);
    } finally {
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
    }
  }

  private async welcome(context: TurnContext, short = false): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
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
