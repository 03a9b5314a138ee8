import assert from 'node:assert/strict';
import * as botMessages from '../../src/bot/botMessages';
import { EHC_FLOW_TEXT } from '../../src/domain/ehcRequest';
import { MEDIATION_FLOW_TEXT } from '../../src/domain/mediation';
import * as handoffText from '../../src/domain/handoff/handoffText';
import { loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { MAX_READING_AGE, measureReadability } from '../../src/domain/text/readability';
import { defaultConfig } from '../../src/config/config';
import { REAL_KB } from '../helpers/fixtures';

/**
 * Plain English in everything the bot says that is not a knowledge-base article: the welcome,
 * prompts, errors, handoff and safeguarding messages, the guided flows' words. Each is held to
 * the same reading-age limit as the articles (`kb check`).
 */
function collectStrings(value: unknown, path: string, out: Array<{ path: string; text: string }>): void {
  const services = defaultConfig().services;
  if (typeof value === 'string') out.push({ path, text: value });
  else if (typeof value === 'function') {
    // Message builders take at most the local services, a reason or a number: call them with each.
    const fn = value as (...args: unknown[]) => unknown;
    const attempts: unknown[][] = [[], [services], [2000], [['SEN support and the graduated approach'], services]];
    for (const reason of ['asked', 'beyond-guidance', 'distress', 'not-answered', 'safeguarding']) attempts.push([reason, services]);
    for (const args of attempts) {
      try {
        const r = fn(...args);
        if (typeof r === 'string') out.push({ path: `${path}(${args.length ? JSON.stringify(args[0]).slice(0, 20) : ''})`, text: r });
      } catch { /* not this signature */ }
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => collectStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectStrings(v, `${path}.${k}`, out);
}

describe('plain English in the bot\'s fixed messages', () => {
  const glossary = loadKnowledgeBase(REAL_KB).glossary;
  const terms = glossary.flatMap((g) => [g.term, ...g.aliases]);
  const messages: Array<{ path: string; text: string }> = [];
  collectStrings(botMessages, 'botMessages', messages);
  collectStrings(EHC_FLOW_TEXT, 'EHC_FLOW_TEXT', messages);
  collectStrings(MEDIATION_FLOW_TEXT, 'MEDIATION_FLOW_TEXT', messages);
  collectStrings(handoffText, 'handoffText', messages);
  // Short labels ("Talk to a person") have no sentences to measure.
  const measured = messages.filter((m) => m.text.split(/\s+/).length >= 8);

  it('finds the messages to check', () => {
    assert.ok(measured.length >= 60, `only ${measured.length} messages found`);
  });

  it(`every fixed message reads at a reading age of ${MAX_READING_AGE} or under`, () => {
    const tooHard = measured
      .map((m) => ({ ...m, age: measureReadability(m.text, terms).readingAge }))
      .filter((m) => m.age > MAX_READING_AGE)
      .map((m) => `${m.path}: age ${m.age}: ${m.text.slice(0, 80)}`);
    assert.deepEqual(tooHard, []);
  });

  it('on average, the fixed messages read at age 11 or under (the aim is 9 to 12)', () => {
    const ages = measured.map((m) => measureReadability(m.text, terms).readingAge);
    const mean = ages.reduce((s, a) => s + a, 0) / ages.length;
    assert.ok(mean <= 11, `average reading age ${mean.toFixed(1)}`);
  });
});
