import type { Activity } from 'botbuilder';

interface CardChoice { title: string; value: string }

/**
 * What Web Chat and Teams send when a parent ticks boxes on a multi-select card and presses Done:
 * the ticked choices' values, from the card itself, joined by commas.
 */
export function tickOnCard(replies: Partial<Activity>[], titles: readonly string[]): { choices: string } {
  const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error('no multi-select card in the replies');
  const set = (card.content as { body: Array<{ type: string; choices?: CardChoice[] }> }).body.find((b) => b.type === 'Input.ChoiceSet');
  const choices = set?.choices ?? [];
  const values = titles.map((title) => {
    const c = choices.find((x) => x.title === title);
    if (!c) throw new Error(`no box "${title}" on the card: ${choices.map((x) => x.title).join(' | ')}`);
    return c.value;
  });
  return { choices: values.join(',') };
}
