import assert from 'node:assert/strict';
import { mentionsPossibleRisk, mentionsStrongRisk } from '../../src/domain/recognizer/possibleRisk';
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

  it('words that only sound like harm get no "possible risk" line either (BC), and the same words told as harm still do', () => {
    const harmless = [
      'she chokes on her food because of her swallowing difficulties',
      'my son stabbed his pencil through his worksheet',
      "he's gone missing from the EHCP database",
      'the headteacher is abusing the exclusion system',
      'he is hurting from a broken leg (football)',
      'he draws zombies with blood',
      'she has an obsession with drowning facts and titanic',
      'he has a blood disorder and needs regular transfusions',
      "He can't use a knife and fork.",
      "he's obsessed with knives in his minecraft game, is that something to put in his EHCP under interests?",
      "he has tourette's and shouts 'bomb' and 'kill' as tics",
      "He has ADHD and autism. He can't sit still, runs out of class, has absconded twice over the school fence, and hits out at staff when overwhelmed. He can't use a knife and fork and chokes on food because of low muscle tone.",
    ];
    assert.deepEqual(harmless.filter((t) => mentionsPossibleRisk(t) || mentionsStrongRisk(t)), []);
    const stillLeads = [
      'he is choking on his food and going red',
      'she has gone missing from home',
      'he stabbed his brother with a pencil',
      'there was blood on his pillow',
      'he keeps talking about drowning himself',
      'he has a knife in his bag',
      'he hits out at his little sister when she cries',
    ];
    assert.deepEqual(stillLeads.filter((t) => !mentionsPossibleRisk(t)), []);
  });

  it('self-harm or suicidal talk long past and well now is not a risk now, but keeps a gentle one-line lead (BC)', () => {
    for (const t of [
      'she used to self harm 3 years ago but has been well for ages now',
      "our son's anxiety used to include suicidal talk when he was 8, he's 14 now and doing great. do we need to mention it in the annual review?",
    ]) {
      assert.equal(detectSafeguardingRisk(t).atRisk, false, t);
      assert.equal(mentionsPossibleRisk(t), true, t);
    }
    // The same history with anything that says it is back is a risk again.
    assert.equal(detectSafeguardingRisk('he used to talk about suicide when he was 8, he was doing great but it started again this week').atRisk, true);
  });
  it('figures of speech and needs told for a plan get no one-line lead (tester CC); a "won\'t be around" with no reason gets a gentle one', () => {
    const noLead = [
      "the council's decision absolutely killed me, I nearly died laughing at how bad their draft plan was",
      'how do I get the epilepsy care plan into section C of his EHCP? he has seizures about twice a month, rescue meds at school',
      'my son plays Among Us and keeps saying "I\'m going to kill you" to his sister, they\'re both laughing',
      "I'd kill for a decent SENCO honestly",
      "we're going to Drown Out The Noise charity event, do they do SEND support?",
      'my son with ADHD keeps running away from me in the supermarket, any tips for the EHCP?',
      'dead tired after the tribunal but we won! what happens now?',
      'the police came to school to do a talk about online safety, can school give him extra support?',
      'my son self-harmed in 2021 but has had CAMHS support and has been fine for 3 years. should his past be mentioned in the EHC request?',
      "my daughter hits herself on the head when frustrated, it's in her OT report and managed with a sensory diet. how do I get OT in section F?",
      // variants
      'honestly i would kill for a SENCO who answers emails',
      'she always runs off from me at the park, can the EHCP include a 1:1 for trips?',
      'he has about three seizures a week, does his health care plan go in the EHCP?',
    ];
    assert.deepEqual(noLead.filter((t) => mentionsPossibleRisk(t) || detectSafeguardingRisk(t).atRisk), []);
    // Still a lead: a seizure now, a child who ran off and is not found, a game where someone is hurt, self-harm back.
    for (const t of [
      'he has had a seizure for 6 minutes now, his care plan says rescue meds',
      'she ran away from me in the supermarket and we still cannot find her',
      'he plays fortnite and says he will kill his sister, she is scared of him',
      'my son self-harmed in 2021, fine for 3 years, but started again this week. should it go in the EHC request?',
    ]) assert.equal(mentionsPossibleRisk(t), true, t);
    assert.equal(mentionsStrongRisk('wont be around for the annual review so can someone else go'), true);
    assert.equal(mentionsStrongRisk("I won't be around for the annual review next week, can my husband go instead?"), false);
    assert.equal(mentionsStrongRisk("i wont be around for the annual review, i'm in hospital for an operation, can my mum go?"), false);
  });
});
