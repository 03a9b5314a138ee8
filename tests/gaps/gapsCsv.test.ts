import assert from 'node:assert/strict';
import {
  articleGroupsToCsv, buildGapsReport, createGapRecord, csvCell, gapsToCsv, toCsv, wordingGroupsToCsv,
} from '../../src/domain/gaps';

/** A small RFC 4180 reader, to check the export reads back exactly. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && csv[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; } else cell += c;
  }
  return rows;
}

describe('CSV export of the gaps', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('she said "no"'), '"she said ""no"""');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(0.25), '0.25');
    assert.equal(toCsv([['a', 'b'], ['1', '2']]), 'a,b\r\n1,2\r\n');
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    for (const attack of ['=HYPERLINK("http://evil","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(attack);
      const value = parseCsv(`${cell}\r\n`)[0][0];
      assert.ok(value.startsWith("'"), `${JSON.stringify(attack)} exported as ${cell}`);
      assert.equal(value.slice(1), attack);
    }
  });

  it('exports every record with its fields, readable back exactly', () => {
    const records = [
      createGapRecord({ kind: 'not-helpful', question: '=cmd|" /C calc"!A0, "quoted"', lookingFor: 'a list, with commas', closestArticleId: 'appeals', closestScore: 0.31 }, { now: new Date('2026-11-02T09:00:00Z'), newId: () => 'a' }),
      createGapRecord({ kind: 'low-confidence', question: 'Siân asked:\nwhat is a SENCo?' }, { now: new Date('2026-11-01T09:00:00Z'), newId: () => 'b' }),
    ];
    const rows = parseCsv(gapsToCsv(records));
    assert.deepEqual(rows, [
      ['created_at', 'kind', 'question', 'looking_for', 'closest_article_id', 'closest_score'],
      ['2026-11-01T09:00:00.000Z', 'low-confidence', '[name] asked: what is a SENCo?', '', '', ''],
      ['2026-11-02T09:00:00.000Z', 'not-helpful', `'=cmd|" /C calc"!A0, "quoted"`, 'a list, with commas', 'appeals', '0.31'],
    ]);
  });

  it('exports the groups of similar questions and the closest articles', () => {
    const at = (d: string) => ({ now: new Date(`${d}T10:00:00Z`) });
    const records = [
      createGapRecord({ kind: 'low-confidence', question: 'How do I get school transport?', closestArticleId: 'transport' }, at('2026-11-02')),
      createGapRecord({ kind: 'not-helpful', question: 'how do i get school transport', closestArticleId: 'transport' }, at('2026-11-03')),
      createGapRecord({ kind: 'low-confidence', question: 'Can I film the annual review meeting?' }, at('2026-11-04')),
    ];
    const report = buildGapsReport(records, { from: '2026-11-01', to: '2026-11-30' });
    const wording = parseCsv(wordingGroupsToCsv(report.byWording));
    assert.deepEqual(wording[0].slice(0, 6), ['question', 'count', 'low-confidence', 'clarify-no-match', 'not-helpful', 'handoff-no-content']);
    assert.deepEqual(wording[1].slice(0, 6), ['How do I get school transport?', '2', '1', '0', '1', '0']);
    assert.equal(wording[1][7], 'transport (2)');
    const articles = parseCsv(articleGroupsToCsv(report.byArticle));
    assert.deepEqual(articles.slice(1).map((r) => [r[0], r[1]]), [['transport', '2'], ['(none)', '1']]);
  });
});
