import assert from 'node:assert/strict';
import { articleListPage } from '../../src/server/admin/articlePages';

describe('the knowledge-base article list', () => {
  const viewer = { name: 'Edie', csrfToken: 't', signOutPath: '/staff/sign-out' };
  const rows = [{ articleId: 'a', title: 'Article A' }, { articleId: 'b', title: 'Article B' }];

  it('shows when each article must be checked again, and which are overdue', () => {
    const html = articleListPage(viewer, { canEdit: true, canReview: true }, rows, '', 2, undefined,
      { reviewBy: new Map([['a', '2027-05-23'], ['b', '2026-11-01']]), today: '2026-11-24' });
    assert.match(html, /<th scope="col">Check again by<\/th>/);
    const rowA = html.slice(html.indexOf('Article A'), html.indexOf('Article B'));
    assert.match(rowA, /Sunday 23 May 2027/);
    assert.doesNotMatch(rowA, /Overdue/);
    const rowB = html.slice(html.indexOf('Article B'));
    assert.match(rowB, /Sunday 1 November 2026<br><strong class="tag tag-overdue">Overdue: parents are told to check with SENDIASS<\/strong>/);
  });
});
