import assert from 'node:assert/strict';
import { FLOW_REPLIES } from '../../src/domain/flowAnswers/flowReplies';
import { measureReadability, MAX_READING_AGE } from '../../src/domain/text/readability';

describe('flow answers: what the flows say', () => {
  const texts = [
    ...Object.values(FLOW_REPLIES.unclear), FLOW_REPLIES.askAnything, FLOW_REPLIES.helpCommands, FLOW_REPLIES.questionNotAnswered,
    FLOW_REPLIES.tooLong(2000), FLOW_REPLIES.dateReadBack('2026-01-10'), FLOW_REPLIES.otherNationPause, FLOW_REPLIES.otherNationAgain,
    FLOW_REPLIES.otherNationStopped, FLOW_REPLIES.switching(FLOW_REPLIES.switchTo.mediation),
  ];

  it('reads a date back in words', () => {
    assert.match(FLOW_REPLIES.dateReadBack('2026-01-10'), /^I have read that as Saturday 10 January 2026\./);
  });

  it(`reads at a reading age of ${MAX_READING_AGE} or under, in 60 words or fewer`, () => {
    for (const text of texts) {
      assert.ok(measureReadability(text, ['SENDIASS', 'SEND']).readingAge <= MAX_READING_AGE, text);
      assert.ok(text.split(/\s+/).length <= 60, text);
    }
  });
});
