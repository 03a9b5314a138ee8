import assert from 'node:assert/strict';
import { createBot } from '../../src/bot/createBot';
import { appendRecent, RECENT_MESSAGES_CAP } from '../../src/domain/handoff/recentMessages';
import type { TranscriptEntry } from '../../src/domain/handoff/handoffQueue';
import { createLogger } from '../../src/logging/logger';
import { TestConversation } from '../../src/cli/testConversation';
import { testConfig } from '../helpers/fixtures';
import { MONDAY_MORNING } from './harness';

describe('handoff: the conversation transcript and privacy', function () {
  this.timeout(20000);

  it('keeps only the most recent messages', () => {
    let list: TranscriptEntry[] = [];
    for (let i = 1; i <= RECENT_MESSAGES_CAP + 5; i++) list = appendRecent(list, { from: 'parent', text: `message ${i}`, at: '2026-11-23T10:00:00Z' });
    assert.equal(list.length, RECENT_MESSAGES_CAP);
    assert.equal(list[0].text, 'message 6');
    assert.equal(list.at(-1)?.text, `message ${RECENT_MESSAGES_CAP + 5}`);
  });

  it('never writes what the parent typed to the logs', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const { bot, handoffs } = createBot({ config: testConfig(), logger, clock: () => MONDAY_MORNING });
    const c = new TestConversation(bot, 'privacy-check');
    await c.start();
    await c.say('my daughter Zara has dyslexia and the council refused');
    await c.say('I want to speak to someone');
    await c.say('Yes');
    await c.say('Zara is struggling at Hillside school');
    const record = await handoffs.findOpenByConversation('privacy-check');
    assert.ok(record?.transcript.some((e) => e.text.includes('Zara')), 'the adviser sees it (with consent)');
    const logs = lines.join('\n');
    assert.ok(lines.some((l) => l.includes('handoff.created')), 'the handoff itself is logged');
    assert.ok(!/Zara|Hillside|dyslexia/.test(logs), 'no message text in the logs');
  });
});
