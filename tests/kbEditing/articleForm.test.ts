import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { emptyForm, formFromRequest, formFromSource, sourceFromForm } from '../../src/domain/kb/editing/articleForm';
import { diffStat, unifiedDiff } from '../../src/domain/kb/editing/unifiedDiff';
import { parseArticle } from '../../src/domain/kb/parseArticle';
import { REAL_KB } from '../helpers/fixtures';

const articleFiles = fs.readdirSync(REAL_KB).filter((f) => f.endsWith('.md') && f !== 'README.md');

/** The edit form and the article file it becomes: what an editor types is what the bot reads. */
describe('KB editing: the article form and diffs', () => {
  it('turns every shipped article into the form and back without changing a byte', () => {
    for (const file of articleFiles) {
      const source = fs.readFileSync(path.join(REAL_KB, file), 'utf8');
      assert.equal(sourceFromForm(formFromSource(source), source), source, file);
      // Written afresh (no earlier text to keep), it still reads as the same article.
      const fresh = parseArticle(file, sourceFromForm(formFromSource(source)));
      const original = parseArticle(file, source);
      assert.ok(fresh.ok && original.ok, file);
      assert.deepEqual(fresh.article, original.article, file);
    }
  });

  it('keeps a keyword that old YAML would read as a number ("1:1" is 61 to YAML 1.1)', () => {
    const source = fs.readFileSync(path.join(REAL_KB, 'keeping-records.md'), 'utf8');
    const form = formFromSource(source);
    const written = sourceFromForm({ ...form, keywords: `${form.keywords}, 1:1, 12:30` }, source);
    const parsed = parseArticle('keeping-records.md', written);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
    assert.ok(parsed.article.keywords.includes('1:1') && parsed.article.keywords.includes('12:30'), parsed.article.keywords.join(', '));
  });

  it('a change to one field is a change to one line of the file', () => {
    const source = fs.readFileSync(path.join(REAL_KB, 'keeping-records.md'), 'utf8');
    const form = formFromSource(source);
    const changed = sourceFromForm({ ...form, keywords: `${form.keywords}, phone calls` }, source);
    const diff = unifiedDiff(source, changed);
    assert.deepEqual(diffStat(diff), { added: 1, removed: 1 });
    assert.match(diff, /^-keywords: \[records/m);
    assert.match(diff, /^\+keywords: \[.*phone calls\]$/m);
  });

  it('reads lists the way people type them: lines, commas, "label | address", Windows line endings', () => {
    const form = formFromRequest({
      ...emptyForm('2026-11-23'), id: 'x-y', title: 'A title: with a colon', topics: '3, 7', questions: 'First?\r\n\r\n  Second?  \r\n',
      keywords: 'a, b,\nc', sources: 'Children and Families Act 2014, s36(8) | https://www.legislation.gov.uk/ukpga/2014/6/section/36\nSEND Code of Practice, chapter 9',
      audience: 'parent', related: 'local-offer the-senco', summary: 'One short\nline of text here.', body: '## Heading\r\n\r\nText.\r\n', reviewer: 'Team',
    });
    const parsed = parseArticle('x-y.md', sourceFromForm(form));
    assert.ok(parsed.ok, JSON.stringify(parsed));
    const a = parsed.article;
    assert.equal(a.title, 'A title: with a colon');
    assert.deepEqual(a.topics, [3, 7]);
    assert.deepEqual(a.questions, ['First?', 'Second?']);
    assert.deepEqual(a.keywords, ['a', 'b', 'c']);
    assert.deepEqual(a.sources, [
      { label: 'Children and Families Act 2014, s36(8)', url: 'https://www.legislation.gov.uk/ukpga/2014/6/section/36' },
      { label: 'SEND Code of Practice, chapter 9' },
    ]);
    assert.deepEqual(a.audience, ['parent']);
    assert.deepEqual(a.related, ['local-offer', 'the-senco']);
    assert.equal(a.summary, 'One short line of text here.');
    assert.equal(a.body, '## Heading\n\nText.');
  });

  it('keeps YAML-looking text as text (no injected fields)', () => {
    const form = { ...emptyForm('2026-11-23'), id: 'x', title: 'yes', summary: 'x\nreviewer: someone else', reviewer: '#not a comment', keywords: '[a], {b}: c' };
    const parsed = parseArticle('x.md', sourceFromForm(form));
    assert.ok(!parsed.ok); // no body section etc., but the fields are read as typed:
    const back = formFromSource(sourceFromForm(form));
    assert.equal(back.title, 'yes');
    assert.equal(back.summary, 'x reviewer: someone else');
    assert.equal(back.reviewer, '#not a comment');
    assert.equal(back.keywords, '[a], {b}: c');
  });

  it('writes a unified diff with context, removals before additions', () => {
    const a = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].join('\n') + '\n';
    const b = a.replace('two', 'TWO').replace('nine', 'NINE');
    assert.equal(unifiedDiff(a, a), '');
    assert.equal(unifiedDiff(a, b, 'old', 'new'), [
      '--- old', '+++ new', '@@ -1,10 +1,10 @@', ' one', '-two', '+TWO', ' three', ' four', ' five', ' six', ' seven', ' eight', '-nine', '+NINE', ' ten', '',
    ].join('\n'));
    assert.match(unifiedDiff('', 'new\n'), /^@@ -0,0 \+1,1 @@\n\+new$/m);
  });
});
