import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scrubPersonalDetails } from '../../src/domain/privacy/scrubPersonalDetails';
import { SCRUB_MESSAGES, type ScrubCase } from './scrubMessages';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does `needle` still appear as words in `text` (any case, any spacing)? */
function survives(text: string, needle: string): boolean {
  const pattern = escapeRegExp(needle.trim()).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Digit runs of four or more from an identifying string (not years, which alone identify no one). */
function digitRuns(needle: string): string[] {
  return (needle.match(/\d{4,}/g) ?? []).filter((d) => !/^(?:19|20)\d\d$/.test(d));
}

function survivors(c: ScrubCase, scrubbed: string): string[] {
  const left = c.identifying.filter((id) => survives(scrubbed, id));
  for (const id of c.identifying) {
    for (const run of digitRuns(id)) if (new RegExp(`(?<!\\d)${run}(?!\\d)`).test(scrubbed)) left.push(`${id} (digits ${run})`);
  }
  return left;
}

describe('scrubbing personal details from what parents type', () => {
  it('has a list of at least 120 realistic messages to check against', () => {
    assert.ok(SCRUB_MESSAGES.length >= 120, `only ${SCRUB_MESSAGES.length} messages`);
    assert.ok(SCRUB_MESSAGES.every((c) => c.identifying.length > 0));
  });

  it('leaves nothing identifying in any message on the list', () => {
    const failures: string[] = [];
    for (const c of SCRUB_MESSAGES) {
      const { text } = scrubPersonalDetails(c.text);
      const left = survivors(c, text);
      if (left.length) failures.push(`${JSON.stringify(left)} survived in: ${text}`);
    }
    assert.deepEqual(failures, [], `${failures.length} message(s) kept personal details:\n${failures.join('\n')}`);
  });

  it('keeps the SEND words and amounts that carry the meaning of the question', () => {
    const failures: string[] = [];
    for (const c of SCRUB_MESSAGES) {
      const { text } = scrubPersonalDetails(c.text);
      const lost = c.keep.filter((k) => !survives(text, k));
      if (lost.length) failures.push(`${JSON.stringify(lost)} lost from: ${text}`);
    }
    assert.deepEqual(failures, [], `${failures.length} message(s) lost their meaning:\n${failures.join('\n')}`);
  });

  it('replaces each detail with a placeholder that says what kind it was, and counts them', () => {
    const result = scrubPersonalDetails(
      "I'm Sarah. My son Jack goes to Oakfield Academy. Kent County Council said no on 12/03/2024. "
      + 'Ring 07700 900123 or email sarah@example.com. We live at 12 Oak Road, LS6 2AB. NHS number 943 476 5919, ref: EHC/2024/1234.',
    );
    assert.equal(
      result.text,
      "I'm [name]. My son [name] goes to [school]. [council] said no on [date]. "
      + 'Ring [phone] or email [email]. We live at [address], [postcode]. NHS number [NHS number], ref: [reference number].',
    );
    assert.deepEqual(result.removed, [
      { kind: 'name', count: 2 },
      { kind: 'email', count: 1 },
      { kind: 'phone', count: 1 },
      { kind: 'postcode', count: 1 },
      { kind: 'address', count: 1 },
      { kind: 'date', count: 1 },
      { kind: 'school', count: 1 },
      { kind: 'council', count: 1 },
      { kind: 'nhs-number', count: 1 },
      { kind: 'reference-number', count: 1 },
    ]);
  });

  it('changes nothing in a question with no personal details', () => {
    const questions = [
      'How long does the council have to decide whether to do an EHC needs assessment?',
      'What should Section F of an EHCP say about speech and language therapy (SALT)?',
      'Can the school refuse to apply for an EHCP? He is in Year 6 and has ADHD and autism.',
      'CAMHS said the wait is 18 months. Is there anything the SENCo can do in the meantime?',
      'The tribunal is in 20 weeks. Does the council have to give 15 hours of 1:1 support?',
      'We had the annual review in March. When should the amended plan arrive?',
      'My son is 7 and my daughter is 12. Both have dyslexia. What is SEN support?',
      'Is mediation the same as going to the tribunal? The council said no in 2024.',
      'How do I complain to the Local Government and Social Care Ombudsman about the council?',
      'I hope you can help. Will the council pay for transport to a special school 10 miles away?',
    ];
    for (const q of questions) {
      const result = scrubPersonalDetails(q);
      assert.equal(result.text, q);
      assert.deepEqual(result.removed, []);
    }
  });

  it('removes names it was told about, wherever they appear', () => {
    const { text } = scrubPersonalDetails('zephyr wont go in. zephyr is 9', { extraNames: ['Zephyr'] });
    assert.equal(text, '[name] wont go in. [name] is 9');
  });

  it('keeps ages, year groups and durations, which alone identify no one', () => {
    const q = 'He is 7, in Year 3, and has waited 20 weeks for 15 hours of support since September 2019.';
    assert.equal(scrubPersonalDetails(q).text, 'He is 7, in Year 3, and has waited 20 weeks for 15 hours of support since [date].');
  });

  it('never fails, and scrubbing twice changes nothing more, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const once = scrubPersonalDetails(s).text;
        assert.equal(scrubPersonalDetails(once).text, once);
      }),
      { numRuns: 300 },
    );
    for (const c of SCRUB_MESSAGES.slice(0, 40)) {
      const once = scrubPersonalDetails(c.text).text;
      assert.equal(scrubPersonalDetails(once).text, once, `not stable: ${once}`);
    }
  });

  it('is quick enough for a long message', () => {
    const long = SCRUB_MESSAGES.map((c) => c.text).join(' ').slice(0, 2000);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20; i += 1) scrubPersonalDetails(long);
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / 20;
    assert.ok(ms < 100, `took ${ms.toFixed(1)} ms`);
  });
});
