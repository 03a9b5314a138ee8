import assert from 'node:assert/strict';
import { createGapRecord, isGapKind, MAX_GAP_QUESTION_CHARS, scrubLookingFor } from '../../src/domain/gaps';

const now = new Date('2026-11-23T10:15:00Z');

describe('a gap record', () => {
  it('keeps the question without personal details, and the closest article', () => {
    const record = createGapRecord({
      kind: 'low-confidence',
      question: 'My son Jack goes to Oakfield Academy. Can they make him do half days? Ring 07700 900123',
      closestArticleId: 'part-time-timetables',
      closestScore: 0.41234,
    }, { now, newId: () => 'gap-1' });
    assert.deepEqual(record, {
      id: 'gap-1',
      createdAt: '2026-11-23T10:15:00.000Z',
      kind: 'low-confidence',
      question: 'My son [name] goes to [school]. Can they make him do half days? Ring [phone]',
      closestArticleId: 'part-time-timetables',
      closestScore: 0.412,
    });
  });

  it('scrubs "what were you looking for?" too, and names known from the conversation', () => {
    const record = createGapRecord({
      kind: 'not-helpful',
      question: 'what does zeb need for the tribunal',
      lookingFor: 'what zeb needs, email me at mum.of.zeb@gmail.com',
      knownNames: ['Zeb'],
    }, { now });
    assert.equal(record.question, 'what does [name] need for the tribunal');
    assert.equal(record.lookingFor, 'what [name] needs, email me at [email]');
    assert.match(record.id, /^[0-9a-f-]{36}$/);
    assert.equal(scrubLookingFor('Priya said 20 weeks'), '[name] said 20 weeks');
  });

  it('holds no conversation, channel or user id: nothing links it to a person', () => {
    const record = createGapRecord({ kind: 'handoff-no-content', question: 'Can I get help with school transport?' }, { now });
    assert.deepEqual(Object.keys(record).sort(), ['createdAt', 'id', 'kind', 'question']);
  });

  it('cuts a long question short after scrubbing, so no half number is left behind', () => {
    const long = `${'My son needs help with reading. '.repeat(15)}Call me on 07700 900123 please`;
    const record = createGapRecord({ kind: 'low-confidence', question: long }, { now });
    assert.ok(record.question.length <= MAX_GAP_QUESTION_CHARS);
    assert.ok(record.question.endsWith('…'));
    assert.doesNotMatch(record.question, /\d{3}/);
  });

  it('knows its kinds', () => {
    assert.ok(isGapKind('clarify-no-match'));
    assert.ok(!isGapKind('helpful'));
  });
});
