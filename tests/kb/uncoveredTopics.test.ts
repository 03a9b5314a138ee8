import assert from 'node:assert/strict';
import { TOPIC_WORDS } from '../../src/domain/kb/retriever';
import { UNCOVERED_TOPIC_POINTERS, pointersFor } from '../../src/domain/kb/uncoveredTopics';
import { allText, testBot } from '../helpers/bot';

/**
 * A topic no article covers gets an honest "I do not have information" and somewhere that knows
 * (set AS: "whats the best medication for adhd" was sent only to SENDIASS, not to a GP).
 */
describe('topics the knowledge base does not cover: where to turn', () => {
  it('every pointer is for a topic the retriever names (a renamed topic would lose its pointer)', () => {
    const topics = new Set(Object.values(TOPIC_WORDS));
    for (const topic of Object.keys(UNCOVERED_TOPIC_POINTERS)) assert.ok(topics.has(topic), topic);
  });

  it('gives the pointers for each topic named, in order, once', () => {
    assert.deepEqual(pointersFor('school trips or exams'), [UNCOVERED_TOPIC_POINTERS['school trips'], UNCOVERED_TOPIC_POINTERS.exams]);
    assert.deepEqual(pointersFor('homework or lunchtimes and clubs'), [UNCOVERED_TOPIC_POINTERS.homework]);
    assert.deepEqual(pointersFor('something else'), []);
  });

  for (const [question, pointer] of [
    ['whats the best medication for adhd in children', /ask your GP or a pharmacist, or call NHS 111/],
    ['how do i get a blue badge for my child', /Blue Badge through your council: GOV\.UK explains how/],
    // Medicines at school are the school's question, not a GP's.
    ['can the school refuse to give my child medication', /policy on supporting pupils with medical conditions/],
    ['does the nursery have to give her the inhaler', /policy on supporting pupils with medical conditions/],
    ['what does it mean when the council says our request is at panel', /how its panel works/],
    ['can i get legal aid for a send tribunal', /check whether you can get legal aid/],
    // Named in the bot's own key dates (a solicitor's first step to a judicial review): never "out of scope".
    ['what is a pre-action letter', /IPSEA gives free legal advice on SEND/],
    ['the solicitor mentioned a letter before claim, what is that', /IPSEA gives free legal advice on SEND/],
    // Tester CB: said honestly not to be covered, with somewhere to turn (no rule of law in the pointer).
    ['will the council have to pay me back for the private therapy i paid for', /complain to the council and then to the Local Government and Social Care Ombudsman/],
    ['can i claim back the money we spent on speech therapy', /complain to the council and then to the Local Government and Social Care Ombudsman/],
    ['what is the change programme', /GOV\.UK has the Department for Education's plans for SEND/],
    ['can i get eotas in his ehcp', /how it decides on education otherwise than at school/],
    ['is eotas possible with an ehc plan', /how it decides on education otherwise than at school/],
    ['can the school make me pay for the ta', /who pays for the help in your child's plan/],
    ['do i have to pay for anything in an ehcp', /who pays for the help in your child's plan/],
    ['if i home educate does the ehcp still count', /home education team/],
  ] as const) {
    it(`"${question}": not covered, with where to turn and SENDIASS`, async () => {
      const text = allText(await testBot().conversation().say(question));
      assert.match(text, /I do not have information about/);
      assert.match(text, pointer);
      assert.match(text, /SENDIASS|free advice/);
    });
  }
});
