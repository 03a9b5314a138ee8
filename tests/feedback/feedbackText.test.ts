import assert from 'node:assert/strict';
import * as feedbackText from '../../src/bot/feedbackMessages';
import { defaultConfig } from '../../src/config/config';
import { MAX_READING_AGE, measureReadability } from '../../src/domain/text/readability';

describe('"Was this helpful?": the words', () => {
  const services = defaultConfig().services;
  const texts = [
    feedbackText.HELPFUL_REPLY, feedbackText.NOT_HELPFUL_REPLY, feedbackText.ALREADY_TOLD_REPLY, feedbackText.NOT_HELPFUL_NO_ANSWER_REPLY,
    feedbackText.FEEDBACK_IN_FLOW_REPLY, feedbackText.SKIPPED_REPLY, feedbackText.LOOKING_FOR_THANKS_BEFORE_ANSWER, feedbackText.lookingForNotedText(services),
  ];

  it(`every reply reads at a reading age of ${MAX_READING_AGE} or under, and 11 or under on average`, () => {
    const ages = texts.map((t) => measureReadability(t).readingAge);
    ages.forEach((age, i) => assert.ok(age <= MAX_READING_AGE, `age ${age}: ${texts[i]}`));
    assert.ok(ages.reduce((s, a) => s + a, 0) / ages.length <= 11);
  });

  it('the "No" reply is kind, asks one question, says it can be skipped and warns against personal details', () => {
    const text = feedbackText.NOT_HELPFUL_REPLY;
    assert.match(text, /sorry/i);
    assert.equal(text.split('?').length - 1, 1, 'one question');
    assert.match(text, /Skip/);
    assert.match(text, /leave out names/);
  });

  it('reads the buttons at any time, and a plain yes or no only straight after an answer', () => {
    assert.equal(feedbackText.readFeedback(feedbackText.HELPFUL_TEXT, false), 'helpful');
    assert.equal(feedbackText.readFeedback('no, this did not help.', false), 'not-helpful');
    assert.equal(feedbackText.readFeedback('No', true), 'not-helpful');
    assert.equal(feedbackText.readFeedback('not really', true), 'not-helpful');
    assert.equal(feedbackText.readFeedback('Yes thanks!', true), 'helpful');
    assert.equal(feedbackText.readFeedback('no', false), undefined);
    assert.equal(feedbackText.readFeedback('no, my child has not been assessed', true), undefined, 'a sentence is not feedback');
  });

  it('knows "skip" and "no thanks" as skipping "What were you looking for?"', () => {
    for (const s of ['Skip', 'skip', 'No thanks', 'no thank you.', 'not now']) assert.ok(feedbackText.isSkip(s), s);
    assert.ok(!feedbackText.isSkip('school transport'));
  });
});
