import assert from 'node:assert/strict';
import { readRiskSigns, signsIn } from '../../src/domain/recognizer/riskSigns';
import { normaliseSendText } from '../../src/domain/recognizer/sendTerms';

const read = (text: string) => readRiskSigns(normaliseSendText(text));

describe('signs of harm told without the words for it', () => {
  it('one ordinary sign on its own is never a risk: SEND questions are full of them', () => {
    const single = [
      'he has seizures, can his ehcp say who gives the buccal',
      'she came home with a bruise from pe',
      'my son hits out when he is overwhelmed, what support is there',
      'the teacher says it is our secret surprise for mothers day',
      'he has a new phone for his birthday',
      'he ran off in the playground again, can he have a 1:1',
      'there is no point asking the council, they never reply',
      'can the school lock the gate so he cannot run out',
      'she is pale and tired all the time, is that her condition',
      'he was sick at school today',
    ];
    assert.deepEqual(single.filter((t) => read(t).atRisk), []);
  });

  it('two kinds of sign together are: a body in trouble now, a child gone after dark, gifts and a secret', () => {
    const cases: Array<[string, string]> = [
      ['she had a fit and now she is floppy and not responding', 'immediate-danger'],
      ['he has been missing since 3pm, his phone is off and it is dark', 'immediate-danger'],
      ['an older man gives her presents and tells her it is their secret', 'exploitation'],
      ['he came home with finger marks on his arm and will not say what happened', 'abuse'],
      ['my ex was drunk when he had the kids this weekend', 'neglect'],
      ['he has a knife and is threatening his brother', 'violence'],
    ];
    for (const [text, kind] of cases) {
      const r = read(text);
      assert.ok(r.atRisk && r.kinds.includes(kind as never), `${text} -> ${r.kinds.join(',') || 'no risk'} (signs ${signsIn(normaliseSendText(text)).join(",")})`);
    }
  });

  it('says which signs made it a risk, so a reader can tell why', () => {
    assert.deepEqual([...read('she had a fit and now she is floppy and not responding').signs].sort(), ['emergencyEvent', 'medicalAlarm', 'medicalEvent', 'now']);
  });

  it('the innocent reason beside a need keeps a support question a support question', () => {
    assert.equal(read('he cannot breathe properly when he runs because of his asthma, can pe be adapted').atRisk, false);
    assert.equal(read('the secret game is hide and seek with her TA, she loves her').atRisk, false);
  });

  it('cutlery, a weapon in a game, words shouted as tics and a school that will not give medicine on trips are not risks (BC)', () => {
    const harmless = [
      "He has ADHD and autism. He can't sit still, runs out of class, has absconded twice over the school fence, and hits out at staff when overwhelmed. He can't use a knife and fork and chokes on food because of low muscle tone.",
      "he's obsessed with knives in his minecraft game, is that something to put in his EHCP under interests?",
      "he has tourette's and shouts 'bomb' and 'kill' as tics",
      "the school won't give her her inhaler on trips, is that allowed",
    ];
    assert.deepEqual(harmless.filter((t) => read(t).atRisk), []);
    // The same signs told as harm still are.
    assert.equal(read('he has a knife and is threatening his brother').atRisk, true);
    assert.equal(read('older lads on roblox gave him cash and now he carries a knife').atRisk, true);
  });
});
