import assert from 'node:assert/strict';
import { wordsRunTogether } from '../../src/domain/text/runTogether';
import { allText, testBot } from '../helpers/bot';

/** Words with the spaces lost are asked for again (tester CA: "not SEND" for a parent's SEND question). */
describe('words run together', () => {
  it('are told from long words, web addresses and email addresses', () => {
    assert.equal(wordsRunTogether('mysonhasautismandtheschoolsaystheycantmeethisneedswhatdoido'), true);
    assert.equal(wordsRunTogether('what does antidisestablishmentarianism mean'), false);
    assert.equal(wordsRunTogether('see https://councilfordisabledchildren.org.uk/information-advice-and-support-services-network'), false);
    assert.equal(wordsRunTogether('my email is averyveryverylongnameindeed@example.com'), false);
    assert.equal(wordsRunTogether('how long does the council have to decide'), false);
  });

  it('get "type it again with spaces", not "I can only help with SEND"', async () => {
    const text = allText(await testBot().conversation().say('mysonhasautismandtheschoolsaystheycantmeethisneedswhatdoido'));
    assert.match(text, /the words seem to have run together/);
    assert.doesNotMatch(text, /I can only help with special educational needs/);
  });
});
