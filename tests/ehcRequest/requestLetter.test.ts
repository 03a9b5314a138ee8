import assert from 'node:assert/strict';
import { buildRequestLetter, firstNameAsWritten, isConfiguredCouncil, professionalGuidance } from '../../src/domain/ehcRequest';
import { CONFIGURED_SERVICES, GENERIC_SERVICES, TODAY, parentAnswers } from './fixtures';

/** Nothing a parent would see as a bug in the text. */
function assertNoGaps(text: string): void {
  assert.doesNotMatch(text, /undefined|null|NaN|\[object Object\]/);
  assert.doesNotMatch(text, /\$\{/);
}

describe('EHC request: the draft letter', () => {
  describe('a parent’s letter', () => {
    const letter = buildRequestLetter(parentAnswers(), CONFIGURED_SERVICES, TODAY);
    const text = letter.text;

    it('is addressed to the SEN team with the request under section 36(1)', () => {
      assert.match(text, /^To: the SEN team, Anytown Council$/m);
      assert.match(text, /^Request for an education, health and care \(EHC\) needs assessment under section 36\(1\) of the Children and Families Act 2014$/m);
      assert.match(text, /for my child, Sam, under section 36\(1\)/);
    });

    it('leaves square-bracket placeholders for the sender’s details and signature, and dates the letter the day they will send it', () => {
      for (const p of ['[Your full name]', '[Your address]', '[Your signature]', 'Name: Sam [surname]']) {
        assert.ok(text.includes(p), p);
      }
      assert.ok(!text.includes('[Date]'));
      // The fixture sends it on 23 November 2026.
      assert.match(text, /^\[Your email address\]\n\n23 November 2026$/m);
    });

    it('uses the configured council’s SEN team address and email', () => {
      assert.match(text, /^SEN Team\nTown Hall\nAnytown AN1 1AA\nEmail: sen@anytown\.example\.org$/m);
      assert.ok(!text.includes('[Council SEN team address]'));
      assert.ok(letter.notes.some((n) => n.includes('sen@anytown.example.org')));
    });

    it('gives the child’s date of birth, age and school', () => {
      assert.match(text, /Date of birth: 14 May 2018 \(age 8\)/);
      assert.match(text, /School or setting: Oak Tree Primary School/);
    });

    it('writes the initials parents type in small letters as the services write them ("camhs" is CAMHS)', () => {
      const typed = buildRequestLetter(parentAnswers({ outsideProfessionals: 'camhs, and a salt we saw once' }), CONFIGURED_SERVICES, TODAY).text;
      assert.ok(typed.includes('CAMHS, and a SALT we saw once.'), typed);
    });

    it('sets out both parts of the section 36(8) test, each with the parent’s own facts', () => {
      assert.match(text, /section 36\(8\)/);
      const first = text.indexOf('1. Sam has or may have special educational needs');
      const second = text.indexOf('2. Sam may need special educational provision through an EHC plan');
      assert.ok(first > 0 && second > first, 'both limbs, in order');
      const firstPart = text.slice(first, second);
      const secondPart = text.slice(second);
      assert.match(firstPart, /communication and interaction; and social, emotional and mental health/);
      assert.ok(firstPart.includes('Sam struggles to follow spoken instructions and hides under the table when the classroom is noisy.'));
      assert.ok(secondPart.includes('A small speech group twice a week since January; it helped a little but he is still falling behind.'));
      assert.ok(secondPart.includes('A speech and language therapist saw him in March.'));
      assert.match(secondPart, /I believe it may be necessary for special educational provision to be made for Sam through an EHC plan/);
    });

    it('says a diagnosis and the school’s agreement are not needed, and criteria are only guidelines', () => {
      assert.match(text, /A diagnosis is not needed, and neither is the agreement of Sam’s school\./);
      assert.match(text, /only guidelines/);
      assert.match(text, /9\.16/);
    });

    it('lists the enclosures the parent has', () => {
      assert.match(text, /I enclose copies of:\n- school or setting records[^\n]*\n- my own notes about what I see at home/);
    });

    it('asks for written confirmation of receipt, a decision within 6 weeks, and copies of all advice', () => {
      assert.match(text, /confirm in writing the date you received this request/);
      assert.match(text, /within 6 weeks of receiving this request \(SEN and Disability Regulations 2014, reg 5\(1\)\)/);
      assert.match(text, /copies of all the advice and information/);
    });

    it('ends with a sign-off and has no gaps', () => {
      assert.match(text, /Yours faithfully,\n\n\[Your signature\]\n\[Your full name\]\nParent of Sam \[surname\]/);
      assertNoGaps(text);
      letter.notes.forEach(assertNoGaps);
    });

    it('offers a SENDIASS check in the notes', () => {
      assert.ok(letter.notes.some((n) => n.includes('Anytown SENDIASS') && n.includes('01234 567890')));
    });
  });

  describe('when the parent gave little', () => {
    const letter = buildRequestLetter(parentAnswers({
      childFirstName: undefined,
      dateOfBirth: undefined,
      age: 9,
      settingName: undefined,
      council: 'not sure',
      areasOfNeed: [],
      supportTried: 'none yet',
      outsideProfessionals: undefined,
      evidence: [],
    }), GENERIC_SERVICES, TODAY);
    const text = letter.text;

    it('says "my child" and leaves clear placeholders instead of inventing facts', () => {
      assert.match(text, /for my child, under section 36\(1\)/);
      assert.match(text, /Name: \[Your child’s full name\]/);
      assert.match(text, /Date of birth: \[date of birth\]\nAge: 9/);
      assert.match(text, /School or setting: \[Name of school\]/);
      assert.match(text, /^To: the SEN team, \[Your council’s name\]\n\[Council SEN team address\]$/m);
      assert.match(text, /needs help in these areas: \[the areas of need/);
      // "None" and "skip" both reach the letter as no answer: no placeholder to delete.
      assert.doesNotMatch(text, /Other professionals/);
      assert.match(text, /\[List any documents you are sending/);
      assert.match(text, /Parent of \[your child’s full name\]/);
      assert.match(text, /^1\. My child has or may have special educational needs$/m);
    });

    it('"none yet" for support tried is explained, not quoted back', () => {
      assert.match(text, /No extra help has been put in place for my child yet\. The law does not require a set time on SEN support/);
      assert.doesNotMatch(text, /none yet\./);
    });

    it('tells the parent where to find the address, in generic words', () => {
      assert.ok(letter.notes.some((n) => n.includes('your council’s website') && n.includes('https://www.gov.uk/find-local-council')));
      assert.ok(letter.notes.some((n) => /send evidence later/.test(n)));
      assertNoGaps(text);
    });
  });

  it('a council the parent typed that is not the configured one gets an address placeholder', () => {
    const text = buildRequestLetter(parentAnswers({ council: 'Otherville Borough Council' }), CONFIGURED_SERVICES, TODAY).text;
    assert.match(text, /^To: the SEN team, Otherville Borough Council\n\[Council SEN team address\]$/m);
    assert.ok(!text.includes('Town Hall'));
  });

  it('recognises the configured council however the parent writes it', () => {
    assert.ok(isConfiguredCouncil('anytown', CONFIGURED_SERVICES));
    assert.ok(isConfiguredCouncil('Anytown Borough Council', CONFIGURED_SERVICES));
    assert.ok(!isConfiguredCouncil('Otherville', CONFIGURED_SERVICES));
    assert.ok(!isConfiguredCouncil('Anytown', GENERIC_SERVICES));
  });

  it('"skip" or "none" for the setting name or professionals is not quoted back', () => {
    const text = buildRequestLetter(parentAnswers({ settingName: 'skip', outsideProfessionals: 'none' }), CONFIGURED_SERVICES, TODAY).text;
    assert.match(text, /School or setting: \[Name of school\]/);
    assert.doesNotMatch(text, /Other professionals involved/);
    assert.doesNotMatch(text, /\bskip\b|\bnone\./);
  });

  it('"None", "nobody", "no one" or no answer for other professionals leaves no placeholder (QA e02, e06, e19)', () => {
    for (const outsideProfessionals of ['None', 'nobody', 'No one', 'no-one', 'none at all', undefined]) {
      const text = buildRequestLetter(parentAnswers({ outsideProfessionals }), CONFIGURED_SERVICES, TODAY).text;
      assert.doesNotMatch(text, /Other professionals|Delete this line/, String(outsideProfessionals));
    }
  });

  it('a name typed in lower case is written with capitals everywhere (QA e12: "sam")', () => {
    const text = buildRequestLetter(parentAnswers({ childFirstName: 'sam', difficulties: 'sam can’t read' }), CONFIGURED_SERVICES, TODAY).text;
    assert.doesNotMatch(text, /\bsam\b/);
    assert.match(text, /for my child, Sam,/);
    assert.match(text, /this is what Sam finds hard:\nSam can’t read\./);
    assert.match(text, /Parent of Sam \[surname\]/);
    assert.equal(firstNameAsWritten('mary-jane o’neil'), 'Mary-Jane O’Neil');
    assert.equal(firstNameAsWritten('McKenzie'), 'McKenzie');
  });

  describe('a baby or toddler (QA e05, e16)', () => {
    it('gives the age in weeks or months, never "age 0"', () => {
      const weeks = buildRequestLetter(parentAnswers({ dateOfBirth: '2026-10-12' }), CONFIGURED_SERVICES, TODAY).text;
      assert.match(weeks, /Date of birth: 12 October 2026 \(6 weeks old\)/);
      const months = buildRequestLetter(parentAnswers({ dateOfBirth: '2025-05-20' }), CONFIGURED_SERVICES, TODAY).text;
      assert.match(months, /Date of birth: 20 May 2025 \(18 months old\)/);
      const ageOnly = buildRequestLetter(parentAnswers({ dateOfBirth: undefined, age: 0 }), CONFIGURED_SERVICES, TODAY).text;
      assert.match(ageOnly, /^Age: under 1$/m);
    });

    it('an age typed in months or weeks, with no date of birth, is written as typed, not "Age: 1" (QA e05, e16)', () => {
      const months = buildRequestLetter(parentAnswers({ dateOfBirth: undefined, age: 1, ageInMonths: 18 }), CONFIGURED_SERVICES, TODAY).text;
      assert.match(months, /^Age: 18 months old$/m);
      const weeks = buildRequestLetter(parentAnswers({ dateOfBirth: undefined, age: 0, ageInWeeks: 6 }), CONFIGURED_SERVICES, TODAY).text;
      assert.match(weeks, /^Age: 6 weeks old$/m);
      const oneWeek = buildRequestLetter(parentAnswers({ dateOfBirth: undefined, age: 0, ageInWeeks: 1 }), CONFIGURED_SERVICES, TODAY).text;
      assert.match(oneWeek, /^Age: 1 week old$/m);
    });

    it('not in any setting: no school or setting to agree', () => {
      const text = buildRequestLetter(parentAnswers({ dateOfBirth: '2025-05-20', setting: 'none', settingName: undefined }), CONFIGURED_SERVICES, TODAY).text;
      assert.doesNotMatch(text, /agreement of/);
      assert.match(text, /A diagnosis is not needed, and I do not need anyone else’s agreement to make this request\./);
    });

    it('at nursery: the nursery, not a school', () => {
      const text = buildRequestLetter(parentAnswers({ dateOfBirth: '2023-05-20', setting: 'early-years' }), CONFIGURED_SERVICES, TODAY).text;
      assert.match(text, /neither is the agreement of Sam’s nursery, pre-school or childminder\./);
    });
  });

  describe('a letter already sent some time ago (QA e12)', () => {
    const letter = buildRequestLetter(parentAnswers({ sendDate: '2026-03-03' }), CONFIGURED_SERVICES, '2026-11-24');

    it('is a copy for their records, dated the day it went: not something to send again', () => {
      assert.match(letter.text, /^3 March 2026$/m);
      assert.match(letter.notes[0], /You told me you sent your request on Tuesday 3 March 2026, so this copy is dated that day, for your records\. You do not need to send it again\./);
      assert.ok(!letter.notes.some((n) => /before you send it|send the letter now|check your letter/.test(n)), letter.notes.join('\n'));
    });
  });

  describe('a young person’s letter', () => {
    const letter = buildRequestLetter(parentAnswers({
      requester: 'young-person',
      childFirstName: 'Alex',
      dateOfBirth: '2008-02-10',
      setting: 'college',
      settingName: 'Anytown College',
      difficulties: 'I find it very hard to concentrate in lessons and I get overwhelmed in busy corridors',
      supportTried: 'I had a mentor for one term, which helped, but it stopped',
      evidence: ['child-views', 'work-examples'],
    }), CONFIGURED_SERVICES, TODAY);
    const text = letter.text;

    it('is written in the first person, for themselves', () => {
      assert.match(text, /needs assessment for me, under section 36\(1\)/);
      assert.match(text, /I am making this request myself/);
      assert.match(text, /^About me$/m);
      assert.match(text, /^1\. I have or may have special educational needs$/m);
      assert.match(text, /^2\. I may need special educational provision through an EHC plan$/m);
      assert.match(text, /In my own words, this is what I find hard:/);
      assert.match(text, /This is the help I have had so far/);
      assert.match(text, /to be made for me through an EHC plan/);
      assert.match(text, /- a note of my own views\n- examples of my work/);
      assert.doesNotMatch(text, /my child|Parent of|Alex/);
      assertNoGaps(text);
    });

    it('has no rights warning when they are past compulsory school age', () => {
      assert.ok(!letter.notes.some((n) => /Until then/.test(n)));
    });
  });

  it('warns a young person who is still of compulsory school age that a parent or school asks', () => {
    const letter = buildRequestLetter(parentAnswers({ requester: 'young-person', dateOfBirth: '2011-01-05' }), CONFIGURED_SERVICES, TODAY);
    assert.ok(letter.notes.some((n) => /Friday 25 June 2027/.test(n) && /parent or your school or college/.test(n)));
  });

  describe('a parent whose child is past compulsory school age (QA e03: "she’s 17")', () => {
    const letter = buildRequestLetter(parentAnswers({
      childFirstName: 'Mia', dateOfBirth: undefined, age: 17, setting: 'college', settingName: undefined,
      difficulties: 'She cannot follow instructions and has meltdowns',
      supportTried: 'The college gave her a mentor once a week, not much difference',
      evidence: ['home-log', 'child-views'],
    }), CONFIGURED_SERVICES, TODAY);
    const text = letter.text;

    it('gets a letter in the young person’s own voice, for them to send (CFA s36(1), Code of Practice 8.13)', () => {
      assert.match(text, /needs assessment for me, under section 36\(1\)[^\n]*I am making this request myself/);
      assert.match(text, /^About me\nName: Mia \[surname\]$/m);
      assert.match(text, /^1\. I have or may have special educational needs$/m);
      assert.doesNotMatch(text, /my child|Parent of|for my child/);
    });

    it('quotes the parent’s words as the parent’s, and leaves room for the young person’s own', () => {
      assert.match(text, /My parent describes what I find hard like this:\n“She cannot follow instructions and has meltdowns\.”\n\n\[Add what you find hard, in your own words\.\]/);
      assert.match(text, /My parent describes the help I have had so far, and what difference it made, like this:\n“The college gave her a mentor/);
      assert.doesNotMatch(text, /In my own words, this is what I find hard:\nShe/);
      assert.match(text, /- my parent’s notes about what they see at home\n- a note of my own views/);
    });

    it('tells the parent why, and what to do if the young person cannot make the decision', () => {
      const note = letter.notes.find((n) => /8\.13/.test(n)) ?? '';
      assert.match(note, /written this letter for Mia to send as their own request \(Children and Families Act 2014, section 36\(1\)\)/);
      assert.match(note, /If Mia cannot make this decision, you can make the request for them/);
      assert.doesNotMatch(note, /They can send this letter as theirs/);
    });
  });

  it('a parent’s letter sent before compulsory school age ended stays the parent’s (the right is judged on the letter’s date)', () => {
    // Compulsory school age for a child born 15 October 2009 ended on Friday 26 June 2026.
    const letter = buildRequestLetter(parentAnswers({ dateOfBirth: '2009-10-15', sendDate: '2026-06-01' }), CONFIGURED_SERVICES, TODAY);
    assert.match(letter.text, /for my child, Sam,/);
    assert.match(letter.text, /Date of birth: 15 October 2009 \(age 16\)/);
  });

  it('does not write a parent letter for a professional, who gets guidance instead', () => {
    assert.throws(() => buildRequestLetter(parentAnswers({ requester: 'professional' }), CONFIGURED_SERVICES, TODAY), /professionalGuidance/);
    const guidance = professionalGuidance();
    assert.match(guidance, /section 36\(1\)/);
    assert.match(guidance, /section 36\(8\)/);
    assert.match(guidance, /within 6 weeks/);
    assert.match(guidance, /9\.14/);
    assert.match(guidance, /Talk to the family first/);
    assertNoGaps(guidance);
  });
});

describe('EHC request letter: a grandparent or carer writing (set AN)', () => {
  it('is signed with what they are, and the child is not "my child"', () => {
    const nan = buildRequestLetter(parentAnswers({ relationship: 'grandparent' }), CONFIGURED_SERVICES, TODAY).text;
    assert.match(nan, /for my grandchild, Sam,/);
    assert.match(nan, /^Grandparent of Sam \[surname\]$/m);
    assert.doesNotMatch(nan, /Parent of|my child/);
    const foster = buildRequestLetter(parentAnswers({ relationship: 'foster-carer', childFirstName: undefined }), CONFIGURED_SERVICES, TODAY).text;
    assert.match(foster, /for the child I foster, under section 36\(1\)/);
    assert.match(foster, /^Foster carer of \[the child’s full name\]$/m);
    assert.doesNotMatch(foster, /Parent of|my child/);
    // A parent's letter is as before.
    assert.match(buildRequestLetter(parentAnswers(), CONFIGURED_SERVICES, TODAY).text, /^Parent of Sam \[surname\]$/m);
  });
});
