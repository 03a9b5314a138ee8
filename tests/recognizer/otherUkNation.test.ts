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

  it('knows the nation from a city, a council area or the nation\'s own name for a plan', () => {
    assert.equal(otherUkNationIn('we live in cardiff, how do i get an ehcp'), 'Wales');
    assert.equal(otherUkNationIn('Swansea council turned us down'), 'Wales');
    assert.equal(otherUkNationIn('does she need an individual development plan'), 'Wales');
    assert.equal(otherUkNationIn('my daughter goes to school in Glasgow'), 'Scotland');
    assert.equal(otherUkNationIn('what is a co-ordinated support plan'), 'Scotland');
    assert.equal(otherUkNationIn('we are in belfast'), 'Northern Ireland');
  });

  it('names none for places that are also in England', () => {
    for (const text of ['we live in Newport on the Isle of Wight', 'my son is in Newcastle', 'the council in Perth Road', 'Angus is 7']) {
      assert.equal(otherUkNationIn(text), undefined, text);
    }
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
