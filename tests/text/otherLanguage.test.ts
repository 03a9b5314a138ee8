import assert from 'node:assert/strict';
import { writtenInAnotherLanguage } from '../../src/domain/text/otherLanguage';
import { allText, buttonLabels, testBot } from '../helpers/bot';

/** A message in another language is told plainly that only English is read (tester AZ: a Polish message was offered "When the council wants to end a plan"). */
describe('a message in another language', () => {
  it('is recognised in Polish, Arabic or Urdu, but English with a borrowed word or an accented name is English', () => {
    assert.equal(writtenInAnotherLanguage('Dzień dobry, mój syn ma autyzm, jak złożyć wniosek o EHCP?'), true);
    assert.equal(writtenInAnotherLanguage('مرحبا ابني مصاب بالتوحد كيف أطلب خطة'), true);
    assert.equal(writtenInAnotherLanguage('میرے بیٹے کو آٹزم ہے، میں کیا کروں'), true);
    assert.equal(writtenInAnotherLanguage('my son José has autism, how do I ask for an EHCP'), false);
    assert.equal(writtenInAnotherLanguage('sorry my english bad. son autism. how ask ehcp'), false);
    assert.equal(writtenInAnotherLanguage('café'), false);
  });

  it('gets "I can only read and write English", where to get help, and a person, not a guessed article', async () => {
    const replies = await testBot().conversation().say('Dzień dobry, mój syn ma autyzm, jak złożyć wniosek o EHCP?');
    const text = allText(replies);
    assert.match(text, /Sorry, I can only read and write English/);
    assert.match(text, /SENDIASS/);
    assert.doesNotMatch(text, /cease/i);
    assert.ok(buttonLabels(replies).includes('Talk to a person'));
  });
});
