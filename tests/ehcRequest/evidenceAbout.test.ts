import assert from 'node:assert/strict';
import { evidenceAboutFor, evidenceChoicesFor } from '../../src/domain/ehcRequest';
import { TODAY } from './fixtures';

describe('EHC request: whose views the evidence buttons name', () => {
  it('a young person asking for themselves reads "My own views" (QA e02)', () => {
    const about = evidenceAboutFor({ requester: 'young-person', age: 19 }, TODAY);
    assert.equal(about, 'self');
    const labels = evidenceChoicesFor(about).map((c) => c.label);
    assert.ok(labels.includes('My own views'));
    assert.ok(!labels.some((l) => /child/i.test(l)), labels.join(', '));
  });

  it('a parent of a young person past compulsory school age reads "The young person’s own views" (QA e03)', () => {
    assert.equal(evidenceAboutFor({ requester: 'parent', age: 17 }, TODAY), 'young-person');
    assert.equal(evidenceAboutFor({ requester: 'parent', dateOfBirth: '2009-03-01' }, TODAY), 'young-person');
  });

  it('any other parent reads "The child’s own views"', () => {
    assert.equal(evidenceAboutFor({ requester: 'parent', age: 9 }, TODAY), 'child');
    assert.equal(evidenceAboutFor({ requester: 'parent', age: 16 }, TODAY), 'child', 'at 16 with no date of birth it is not yet clear');
  });
});
