import assert from 'node:assert/strict';
import { startServer } from '../../src/server/createServer';
import { createLogger } from '../../src/logging/logger';
import { testConfig } from '../helpers/fixtures';
import { DirectLineClient } from '../reliability/serverHarness';

/** Personal details a parent might type, and the forms they could reach a log in. */
const NAME = 'Jasmine Okonkwo-Birch';
const CHILD = 'Tobias';
const EMAIL = 'jasmine.okb@example.org';
const PHONE = '07700 900461';
const POSTCODE = 'SW1A 2AA';
const SECRETS = [NAME, 'Okonkwo', CHILD, EMAIL, PHONE, PHONE.replace(/\s/g, ''), POSTCODE, POSTCODE.replace(/\s/g, '')];

/** A real conversation through the local Direct Line, with every log line the server writes captured. */
async function conversationLogs(logPersonalData: boolean): Promise<string[]> {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', logPersonalData, write: (line) => lines.push(line) });
  const running = await startServer(testConfig({ RATE_LIMITS: 'off', ADVISER_HOURS: 'mon-sun 00:00-24:00' }), logger);
  try {
    const dl = new DirectLineClient(running.url);
    const c = await dl.start();
    await dl.say(c, `Hi, I am ${NAME}. My email is ${EMAIL}, my phone is ${PHONE} and we live at ${POSTCODE}. What is an EHC plan?`);
    // The guided flow asks for names and dates: the answers are stored, never logged.
    await dl.say(c, 'I want to ask the council to assess my son for an EHCP');
    await dl.say(c, 'I am a parent or carer');
    await dl.say(c, CHILD);
    await dl.say(c, 'cancel');
    // A handoff carries a summary and (with consent) a transcript: still nothing in the logs.
    await dl.say(c, `I want to speak to someone, call me on ${PHONE}`);
    await dl.say(c, 'Yes');
    await dl.say(c, `${EMAIL} ${POSTCODE}`);
  } finally {
    await running.close();
  }
  return lines;
}

describe('privacy: no message text or personal details in the logs', function () {
  this.timeout(60_000);

  it('a conversation with a name, email address, phone number and postcode leaves none of them in the log output', async () => {
    const lines = await conversationLogs(false);
    assert.ok(lines.length > 10, 'the server did log (structured lines)');
    for (const line of lines) {
      const record = JSON.parse(line) as { level?: string; event?: string; time?: string };
      assert.ok(record.level && record.event && record.time, `structured: ${line.slice(0, 120)}`);
    }
    const all = lines.join('\n');
    for (const secret of SECRETS) assert.ok(!all.includes(secret), `"${secret}" reached the logs:\n${lines.filter((l) => l.includes(secret)).join('\n')}`);
    assert.ok(!all.includes('What is an EHC plan'), 'no message text either');
  });

  it('with LOG_PERSONAL_DATA=true (local debugging only) the same conversation\'s text is logged: the setting is what keeps it out', async () => {
    const all = (await conversationLogs(true)).join('\n');
    assert.ok(all.includes(EMAIL), 'message text is logged when asked for');
  });
});
