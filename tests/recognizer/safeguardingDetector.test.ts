import assert from 'node:assert/strict';
import { detectSafeguardingRisk } from '../../src/domain/recognizer/safeguardingDetector';
import { NEAR_MISSES, RISK_PHRASES } from './safeguardingPhrases';

describe('safeguarding detector', () => {
  it('has a wide test list: at least 60 risk phrasings and 60 near misses', () => {
    assert.ok(RISK_PHRASES.length >= 60, `${RISK_PHRASES.length} risk phrasings`);
    assert.ok(NEAR_MISSES.length >= 60, `${NEAR_MISSES.length} near misses`);
  });

  it('misses none of the risk phrasings', () => {
    const missed = RISK_PHRASES.filter((p) => !detectSafeguardingRisk(p.text).atRisk).map((p) => p.text);
    assert.deepEqual(missed, []);
  });

  it('raises no false alarm on the near misses', () => {
    const alarms = NEAR_MISSES.filter((t) => detectSafeguardingRisk(t).atRisk)
      .map((t) => `${t} -> ${detectSafeguardingRisk(t).kinds.join(',')}`);
    assert.deepEqual(alarms, []);
  });

  it('names the kind of risk', () => {
    const wrong = RISK_PHRASES.filter((p) => !detectSafeguardingRisk(p.text).kinds.includes(p.kind))
      .map((p) => `${p.text} -> ${detectSafeguardingRisk(p.text).kinds.join(',')} (expected ${p.kind})`);
    assert.deepEqual(wrong, []);
  });

  it('says who is at risk when the message makes it clear', () => {
    const wrong = RISK_PHRASES.filter((p) => p.who && detectSafeguardingRisk(p.text).whoAtRisk !== p.who)
      .map((p) => `${p.text} -> ${detectSafeguardingRisk(p.text).whoAtRisk} (expected ${p.who})`);
    assert.deepEqual(wrong, []);
  });

  it('a risk buried in a long, otherwise ordinary message is still found', () => {
    const text = `${'We have an annual review on Friday and I want to ask about the draft plan timescales. '.repeat(8)}`
      + 'My son said last night that he wants to kill himself. '
      + 'The school have also not replied about transport.';
    const r = detectSafeguardingRisk(text);
    assert.equal(r.atRisk, true);
    assert.deepEqual(r.kinds, ['suicide']);
    assert.equal(r.whoAtRisk, 'child');
  });

  it('self-injury described as a need is not an emergency, but the same harm happening badly now is', () => {
    assert.equal(detectSafeguardingRisk('he bangs his head when he is overwhelmed, can the ehcp include a sensory room').atRisk, false);
    assert.equal(detectSafeguardingRisk('he bangs his head when he is overwhelmed and right now he is bleeding and will not stop').atRisk, true);
  });

  it('plain text, curly apostrophes, capitals and text-speak are all understood', () => {
    for (const t of ['I DON’T WANT TO BE HERE ANYMORE', 'i dont want to be here anymore', 'kms', 'he wants to unalive himself']) {
      assert.equal(detectSafeguardingRisk(t).atRisk, true, t);
    }
  });

  it('an empty or ordinary message is not a risk', () => {
    for (const t of ['', '   ', 'what is an ehcp', 'thanks a lot']) {
      assert.deepEqual(detectSafeguardingRisk(t), { atRisk: false, kinds: [], whoAtRisk: 'unknown' });
    }
  });
});
