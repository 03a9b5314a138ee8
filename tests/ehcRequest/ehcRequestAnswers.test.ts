import assert from 'node:assert/strict';
import {
  AREA_OF_NEED_CHOICES, AREA_OF_NEED_KEYWORDS, isNoSupportYet, isSkipAnswer, isUnknownAnswer, readChildFirstName,
  readChoice, readChoices, readDeliveryDate, readOwnWords, readSendDate, REQUESTER_CHOICES, validateEhcRequestAnswers,
} from '../../src/domain/ehcRequest';
import { EVIDENCE_CHOICES, EVIDENCE_KEYWORDS } from '../../src/domain/ehcRequest/evidenceChecklist';
import { COUNCIL_LOOKS_LIKE_A_SCHOOL, COUNCIL_NOT_A_NAME, COUNCIL_NOT_NAMED, carerRelationshipIn, readCouncil, tellsOnlyWhatHappened, whichYearChoices } from '../../src/domain/ehcRequest/ehcRequestAnswers';
import { openingDetails, placeNamedIn } from '../../src/domain/ehcRequest/openingDetails';
import { TODAY, parentAnswers } from './fixtures';

describe('EHC request: the answers and how typed answers are read', () => {
  it('accepts a complete set of answers', () => {
    const result = validateEhcRequestAnswers(parentAnswers(), TODAY);
    assert.equal(result.ok, true);
  });

  it('accepts the minimum: no name, no age, no setting name, no professionals, no evidence', () => {
    const minimal = parentAnswers({
      childFirstName: undefined, dateOfBirth: undefined, settingName: undefined,
      outsideProfessionals: undefined, evidence: [], areasOfNeed: [], setting: 'none',
    });
    assert.equal(validateEhcRequestAnswers(minimal, TODAY).ok, true);
  });

  it('refuses answers a parent could not have meant, with plain messages', () => {
    const result = validateEhcRequestAnswers(parentAnswers({
      dateOfBirth: '2027-01-01', age: 30, difficulties: '  ', sendDate: '2026-02-30',
    }), TODAY);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const all = result.messages.join('\n');
    assert.match(all, /up to 25/);
    assert.match(all, /in your own words/);
    assert.match(all, /real date/);
    assert.match(all, /date of birth cannot be after today/);
  });

  it('refuses a first name with digits or symbols, and one over 40 letters', () => {
    assert.deepEqual(readChildFirstName('  Mary-Jo  '), { ok: true, value: 'Mary-Jo' });
    assert.deepEqual(readChildFirstName("D'Arcy"), { ok: true, value: "D'Arcy" });
    assert.deepEqual(readChildFirstName('Zoë'), { ok: true, value: 'Zoë' });
    for (const bad of ['Sam123', 'sam@example.org', '<b>Sam</b>', 'a'.repeat(41), '']) {
      const r = readChildFirstName(bad);
      assert.equal(r.ok, false, bad);
      if (!r.ok) assert.ok(r.message.length > 10);
    }
    assert.equal(validateEhcRequestAnswers(parentAnswers({ childFirstName: 'Sam2' }), TODAY).ok, false);
  });

  it('takes the name out of a sentence about it, so the letter does not repeat the sentence', () => {
    assert.deepEqual(readChildFirstName('its Amelia-Rose but we call her Millie'), { ok: true, value: 'Amelia-Rose' });
    assert.deepEqual(readChildFirstName('her name is sam.'), { ok: true, value: 'Sam' });
    assert.deepEqual(readChildFirstName("he's called Oliver, thanks"), { ok: true, value: 'Oliver' });
    assert.deepEqual(readChildFirstName('Anne Marie'), { ok: true, value: 'Anne Marie' });
  });

  it('recognises skip, "not sure" and "none yet"', () => {
    for (const t of ['skip', 'No', "I'd rather not say", 'n/a']) assert.ok(isSkipAnswer(t), t);
    assert.ok(!isSkipAnswer('Noah'));
    for (const t of ['not sure', "don't know", 'Dunno']) assert.ok(isUnknownAnswer(t), t);
    for (const t of ['none yet', 'Nothing', 'not yet, school said to wait']) assert.ok(isNoSupportYet(t), t);
    assert.ok(!isNoSupportYet('A reading group'));
  });

  it('reads their own words, refusing empty or very long answers', () => {
    assert.deepEqual(readOwnWords('  He finds reading hard  '), { ok: true, value: 'He finds reading hard' });
    assert.equal(readOwnWords('   ').ok, false);
    assert.equal(readOwnWords('x'.repeat(3001)).ok, false);
  });

  it('reads the send date: past or future, but not wildly far off', () => {
    assert.deepEqual(readSendDate('today', TODAY), { ok: true, value: TODAY });
    assert.deepEqual(readSendDate('1/12/2026', TODAY), { ok: true, value: '2026-12-01' });
    assert.deepEqual(readSendDate('2 March 2026', TODAY), { ok: true, value: '2026-03-02' });
    const far = readSendDate('1/1/2030', TODAY);
    assert.equal(far.ok, false);
    if (!far.ok) assert.match(far.message, /more than a year away/);
    assert.equal(readSendDate('soon', TODAY).ok, false);
  });

  it('helps with a send date the parent is unsure of, or gives roughly', () => {
    const unsure = readSendDate('not sure yet', TODAY);
    assert.ok(!unsure.ok && /say "today"\. You can change the date on the letter/.test(unsure.message));
    const rough = readSendDate('early next month', TODAY);
    assert.ok(!rough.ok && /exact date/.test(rough.message));
  });

  it('a send date with no year is the next one coming, unless it was only weeks ago', () => {
    // Today is Monday 23 November 2026.
    assert.deepEqual(readSendDate('10th of January', TODAY), { ok: true, value: '2027-01-10' });
    assert.deepEqual(readSendDate('March 3', TODAY), { ok: true, value: '2027-03-03' });
    assert.deepEqual(readSendDate('next friday', TODAY), { ok: true, value: '2026-11-27' });
    assert.deepEqual(readSendDate('20 November', TODAY), { ok: true, value: '2026-11-20' }, 'sent 3 days ago');
    const leap = readSendDate('29/02/2027', TODAY);
    assert.ok(!leap.ok && /2027 has no 29 February/.test(leap.message));
  });

  it('a delivery date with no year is the most recent one', () => {
    assert.deepEqual(readDeliveryDate('20 November', '2026-11-18', TODAY), { ok: true, value: '2026-11-20' });
    assert.deepEqual(readDeliveryDate('last thursday', '2026-11-18', TODAY), { ok: true, value: '2026-11-19' });
  });

  it('gives a first name typed in small letters its capital, so the letter does not mix "Sam" and "sam"', () => {
    assert.deepEqual(readChildFirstName('sam'), { ok: true, value: 'Sam' });
    assert.deepEqual(readChildFirstName('mary-jane'), { ok: true, value: 'Mary-Jane' });
    assert.deepEqual(readChildFirstName('McKenzie'), { ok: true, value: 'McKenzie' });
  });

  it('reads "I don\'t know which council" as not sure, so the letter leaves a space', () => {
    assert.deepEqual(readCouncil("I don't know which one"), { ok: true, value: 'not sure' });
    assert.deepEqual(readCouncil('no idea'), { ok: true, value: 'not sure' });
    assert.deepEqual(readCouncil('Leeds City Council'), { ok: true, value: 'Leeds City Council' });
  });

  it('writes a council typed in small letters, with a doubt after it, as its name ("leeds i think" is Leeds)', () => {
    assert.deepEqual(readCouncil('leeds i think'), { ok: true, value: 'Leeds' });
    assert.deepEqual(readCouncil('kingston upon thames'), { ok: true, value: 'Kingston upon Thames' });
    assert.deepEqual(readCouncil('bath and north east somerset, probably'), { ok: true, value: 'Bath and North East Somerset' });
  });

  it('reads a delivery date, which cannot be before posting or after today', () => {
    assert.deepEqual(readDeliveryDate('20/11/2026', '2026-11-18', TODAY), { ok: true, value: '2026-11-20' });
    assert.equal(readDeliveryDate('17/11/2026', '2026-11-18', TODAY).ok, false);
    assert.equal(readDeliveryDate('25/11/2026', '2026-11-18', TODAY).ok, false);
  });

  it('reads typed choices by number, words or keywords', () => {
    assert.equal(readChoice('I am the young person', REQUESTER_CHOICES), 'young-person');
    assert.equal(readChoice('2', REQUESTER_CHOICES), 'young-person');
    assert.deepEqual(readChoices('1 and 3', AREA_OF_NEED_CHOICES), ['communication-interaction', 'social-emotional-mental-health']);
    assert.deepEqual(
      readChoices('his speech, and anxiety', AREA_OF_NEED_CHOICES, { keywords: AREA_OF_NEED_KEYWORDS }),
      ['communication-interaction', 'social-emotional-mental-health'],
    );
    assert.equal(readChoices('9', AREA_OF_NEED_CHOICES), undefined);
    assert.equal(readChoices('purple', AREA_OF_NEED_CHOICES), undefined);
  });

  it('reads "all of them except ...", numbers mixed with words, and lists with "i think" on the end', () => {
    const areas = (text: string) => readChoices(text, AREA_OF_NEED_CHOICES, { keywords: AREA_OF_NEED_KEYWORDS, excludeFromAll: ['not-sure'] });
    const all = areas('all of them')!;
    const sensory = areas('sensory')!;
    assert.equal(sensory.length, 1);
    assert.deepEqual(areas('all of them except sensory'), all.filter((v) => v !== sensory[0]));
    assert.deepEqual(areas('1, 3 i think'), ['communication-interaction', 'social-emotional-mental-health']);
    const evidence = (text: string) => readChoices(text, EVIDENCE_CHOICES, { keywords: EVIDENCE_KEYWORDS });
    const diary = evidence('my diary')!;
    assert.deepEqual(evidence('1, 2 and my diary'), [...new Set([EVIDENCE_CHOICES[0].value, EVIDENCE_CHOICES[1].value, ...diary])].sort((a, b) =>
      EVIDENCE_CHOICES.findIndex((c) => c.value === a) - EVIDENCE_CHOICES.findIndex((c) => c.value === b)));
    assert.equal(areas('1 and 12'), undefined);
  });

  it('reads the evidence a parent names in their own words (a speech therapy report was once left out of the letter)', () => {
    const read = (text: string) => readChoices(text, EVIDENCE_CHOICES, { keywords: EVIDENCE_KEYWORDS });
    assert.deepEqual(read('a speech therapy report and my diary'), ['professional-reports', 'home-log']);
    assert.deepEqual(read('the ed psych report'), ['professional-reports']);
    assert.deepEqual(read('his IEP and a letter from the paediatrician'), ['school-records', 'professional-reports']);
  });

  describe('dates, unknowns and councils as a fresh tester typed them (set V)', () => {
    // TODAY is Monday 23 November 2026.
    it('a sending day without a year follows the parent\'s tense, and asks when both years are months away', () => {
      assert.deepEqual(readSendDate('i think it was 5th may', TODAY), { ok: true, value: '2026-05-05' });
      assert.deepEqual(readSendDate('I will send it on 5 May', TODAY), { ok: true, value: '2027-05-05' });
      const asked = readSendDate('5th may', TODAY);
      assert.ok(!asked.ok && 'whichYear' in asked);
      assert.deepEqual(asked.whichYear, { sent: '2026-05-05', toSend: '2027-05-05' });
      assert.deepEqual(whichYearChoices(asked.whichYear), ['Tuesday 5 May 2026: already sent', 'Wednesday 5 May 2027: not sent yet']);
      for (const [reply, value] of [['already sent', '2026-05-05'], ['2026', '2026-05-05'], ['not yet', '2027-05-05'], ['the second one', '2027-05-05'], ['Tuesday 5 May 2026: already sent', '2026-05-05']] as const) {
        assert.deepEqual(readSendDate(reply, TODAY, asked.whichYear), { ok: true, value }, reply);
      }
      // Plain when one is near: about to send, or just sent.
      assert.deepEqual(readSendDate('1 December', TODAY), { ok: true, value: '2026-12-01' });
      assert.deepEqual(readSendDate('20 November', TODAY), { ok: true, value: '2026-11-20' });
    });

    it('"back in may" asks which day', () => {
      const month = readSendDate('back in may', TODAY);
      assert.ok(!month.ok);
      assert.match(month.message, /Which day in May\? .* like 12 May 2026/);
    });

    it('a delivery day without its month is the first one on or after posting; one long after posting is checked', () => {
      assert.deepEqual(readDeliveryDate('it was signed for on the 16th', '2026-10-14', TODAY), { ok: true, value: '2026-10-16' });
      assert.deepEqual(readDeliveryDate('friday', '2026-10-14', TODAY), { ok: true, value: '2026-10-16' });
      const late = readDeliveryDate('16 November', '2026-10-14', TODAY);
      assert.ok(!late.ok && 'confirm' in late);
      assert.equal(late.confirm, '2026-11-16');
      assert.match(late.message, /Did it arrive on Monday 16 November 2026, 33 days later\?/);
      assert.deepEqual(readDeliveryDate('yes', '2026-10-14', TODAY, '2026-11-16'), { ok: true, value: '2026-11-16' });
      assert.deepEqual(readDeliveryDate('no it was the 17th', '2026-10-14', TODAY, '2026-11-16'), { ok: true, value: '2026-10-17' });
      // Counted from today when the words say so.
      const yesterday = readDeliveryDate('yesterday', '2026-11-18', TODAY);
      assert.deepEqual(yesterday, { ok: true, value: '2026-11-22' });
    });

    it('"I don\'t know" in its everyday forms is unknown; an answer that starts with it is not', () => {
      for (const text of ["I don't know", 'dunno', 'not sure', "i dont know sorry", "I'm not sure", 'no idea tbh', 'Honestly I have no idea']) assert.equal(isUnknownAnswer(text), true, text);
      for (const text of ["I don't know what it's called but he has a TA", 'not sure it helped, he has speech therapy']) assert.equal(isUnknownAnswer(text), false, text);
    });

    it('a school\'s name, or the school given before, is not taken as the council', () => {
      for (const text of ["St Mary's C of E Primary", 'Kingsmead Academy', 'Oakfield Infant School']) {
        assert.deepEqual(readCouncil(text), { ok: false, message: COUNCIL_LOOKS_LIKE_A_SCHOOL }, text);
      }
      assert.deepEqual(readCouncil('Hill View', 'Hill View'), { ok: false, message: COUNCIL_LOOKS_LIKE_A_SCHOOL });
      assert.deepEqual(readCouncil('Eastborough Borough Council', 'Hill View Primary'), { ok: true, value: 'Eastborough Borough Council' });
      assert.deepEqual(readCouncil('Westbury'), { ok: true, value: 'Westbury' });
    });
  });
});

describe('EHC request: the council as a fresh tester typed it (set AE)', () => {
  it('leaves out words around the name and spells out short forms', () => {
    assert.deepEqual(readCouncil('croydon then'), { ok: true, value: 'Croydon' });
    assert.deepEqual(readCouncil('kent cc'), { ok: true, value: 'Kent County Council' });
    assert.deepEqual(readCouncil('leeds cc'), { ok: true, value: 'Leeds City Council' });
    assert.deepEqual(readCouncil('wigan mbc'), { ok: true, value: 'Wigan Metropolitan Borough Council' });
    assert.deepEqual(readCouncil('dacorum bc'), { ok: true, value: 'Dacorum Borough Council' });
    assert.deepEqual(readCouncil("it's hampshire county i think"), { ok: true, value: 'Hampshire County Council' });
    assert.deepEqual(readCouncil('LB Croydon'), { ok: true, value: 'London Borough of Croydon' });
    assert.deepEqual(readCouncil('Royal Borough of Greenwich'), { ok: true, value: 'Royal Borough of Greenwich' });
  });

  it('asks which council when no place is named, and never takes a sentence as its name', () => {
    for (const t of ['the LA', 'the council', 'my council', 'the local authority', 'LA']) assert.deepEqual(readCouncil(t), { ok: false, message: COUNCIL_NOT_NAMED }, t);
    assert.deepEqual(readCouncil('we live in croydon but his college is in sutton'), { ok: false, message: COUNCIL_NOT_A_NAME });
  });
});

describe('EHC request: a sentence where the first name is asked (set AE)', () => {
  it('is not stored as the name; a name of one or two words is', () => {
    assert.equal(readChildFirstName('she doesnt like her name').ok, false);
    assert.deepEqual(readChildFirstName('Will'), { ok: true, value: 'Will' });
    assert.deepEqual(readChildFirstName('Mary Jane'), { ok: true, value: 'Mary Jane' });
    assert.deepEqual(readChildFirstName("it's Amelia-Rose but we call her Millie"), { ok: true, value: 'Amelia-Rose' });
  });
});

describe('EHC request: answers that are not answers to the question (set AN)', () => {
  it('a list\'s numbers or a day are never a council\'s name', () => {
    for (const text of ['2 and 3', '1 and 4', '1, 4', 'last tuesday', 'yesterday']) assert.deepEqual(readCouncil(text), { ok: false, message: COUNCIL_NOT_A_NAME }, text);
    for (const text of ['Reading', 'Bath and North East Somerset', 'St Helens', 'Bury']) assert.equal(readCouncil(text).ok, true, text);
  });

  it('what happened with the council is not what the child finds hard', () => {
    assert.ok(tellsOnlyWhatHappened('he was assessed back in july and they refused to do a plan'));
    assert.ok(tellsOnlyWhatHappened('they turned it down in the summer after the assessment'));
    for (const text of ['He cannot concentrate and the school refused to help', 'she struggles to read and the council said no last year', 'He gets very anxious']) {
      assert.ok(!tellsOnlyWhatHappened(text), text);
    }
  });

  it('a grandparent or carer says so; a parent, or the button, does not', () => {
    assert.equal(carerRelationshipIn("I'm her nan, I look after her full time"), 'grandparent');
    assert.equal(carerRelationshipIn('foster carer'), 'foster-carer');
    assert.equal(carerRelationshipIn('special guardian'), 'special-guardian');
    for (const text of ['I am a parent or carer', 'dad', "I'm his mum", 'mum and nan']) assert.equal(carerRelationshipIn(text), undefined, text);
  });

  it('details given in the first message: a name, an age and a place named with its kind', () => {
    assert.deepEqual(openingDetails("I want to ask for an EHC needs assessment. Her name is Maisie, she's 3 and goes to Little Acorns nursery, we live in Bristol", TODAY),
      { childFirstName: 'Maisie', age: { age: 3 }, setting: { kind: 'early-years', name: 'Little Acorns nursery' } });
    assert.deepEqual(openingDetails("I want an ehc needs assessment for my son Noah, he's 5 and at Brook Lane Primary", TODAY),
      { childFirstName: 'Noah', age: { age: 5 }, setting: { kind: 'school', name: 'Brook Lane Primary' } });
    assert.deepEqual(openingDetails('can you help me write to the council to get my son assessed for an EHCP', TODAY), {});
    assert.deepEqual(openingDetails('she is in year 4 at the local school', TODAY), {});
    assert.deepEqual(placeNamedIn('i do a level 2 course at Riverside College'), { kind: 'college', name: 'Riverside College' });
  });
});
