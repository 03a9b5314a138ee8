import assert from 'node:assert/strict';
import { otherUkNationIn } from '../../src/domain/recognizer/otherUkNation';

describe('recognizer: a family in another UK nation', () => {
  it('names the nation, however the parent writes it', () => {
    assert.equal(otherUkNationIn('We live in Wales'), 'Wales');
    assert.equal(otherUkNationIn('our welsh council said no'), 'Wales');
    assert.equal(otherUkNationIn('is it different in Scotland?'), 'Scotland');
    assert.equal(otherUkNationIn('the Scottish system'), 'Scotland');
    assert.equal(otherUkNationIn('we are in Northern Ireland'), 'Northern Ireland');
    assert.equal(otherUkNationIn('moving from N. Ireland'), 'Northern Ireland');
  });

  it('gives the first named when there are several', () => {
    assert.equal(otherUkNationIn('moving from Scotland to Wales'), 'Scotland');
  });

  it('names none for England, Ireland alone, or New South Wales', () => {
    for (const text of ['we live in England', 'we moved from Ireland', 'we moved from New South Wales', 'whales and scotch eggs']) {
      assert.equal(otherUkNationIn(text), undefined, text);
    }
  });
});
