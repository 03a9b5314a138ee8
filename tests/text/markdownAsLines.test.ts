import assert from 'node:assert/strict';
import { markdownAsLines } from '../../src/domain/text/markdownAsLines';

describe('the bot\'s Markdown as plain lines (the adviser hub\'s transcript)', () => {
  it('reads headings, bold, links and list points as words, and keeps the line breaks', () => {
    const md = '## Your dates\n\n- **Last day to appeal:** Monday 4 January 2027\n- See [Appealing](kb:tribunal-appeals) and [IPSEA](https://www.ipsea.org.uk/)\n\n---\n\nCall **999** now.';
    assert.equal(markdownAsLines(md), 'Your dates\n\n• Last day to appeal: Monday 4 January 2027\n• See Appealing and IPSEA (https://www.ipsea.org.uk/)\n\nCall 999 now.');
  });

  it('leaves plain text and sums like 3 * 4 alone', () => {
    assert.equal(markdownAsLines('He is 7. 3 * 4 is twelve'), 'He is 7. 3 * 4 is twelve');
  });
});
