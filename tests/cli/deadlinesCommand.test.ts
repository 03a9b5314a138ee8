import assert from 'node:assert/strict';
import { runDeadlinesCommand } from '../../src/cli/deadlinesCommand';

function run(args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runDeadlinesCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('send-navigator deadlines', () => {
  describe('ehc-request', () => {
    it('--json prints exactly one line with the four dates in order', () => {
      const { code, out, err } = run(['ehc-request', '--received', '2026-03-02', '--json']);
      assert.equal(code, 0);
      assert.deepEqual(err, []);
      assert.equal(out.length, 1);
      assert.equal(out[0], '{"received":"2026-03-02","decideWhetherToAssess":"2026-04-13","decideWhetherToIssuePlan":"2026-06-22","finalPlan":"2026-07-20"}');
    });

    it('accepts --received=DATE and flags in any order', () => {
      const { code, out } = run(['ehc-request', '--json', '--received=2026-03-02']);
      assert.equal(code, 0);
      assert.deepEqual(Object.keys(JSON.parse(out[0])), ['received', 'decideWhetherToAssess', 'decideWhetherToIssuePlan', 'finalPlan']);
    });

    it('prints a readable table with long dates and what each means', () => {
      const { code, out, err } = run(['ehc-request', '--received', '2026-03-02']);
      assert.equal(code, 0);
      assert.deepEqual(err, []);
      const text = out.join('\n');
      assert.match(text, /Monday 2 March 2026/);
      assert.match(text, /Monday 13 April 2026 +.*decide|Monday 13 April 2026 +.*assessment/);
      assert.match(text, /Monday 22 June 2026/);
      assert.match(text, /Monday 20 July 2026 +.*final EHC plan/);
      assert.match(text, /6 weeks/);
    });
  });

  describe('appeal', () => {
    it('--json prints decision, contactMediationAdviserBy and appealBy', () => {
      const { code, out, err } = run(['appeal', '--decision', '2026-06-15', '--json']);
      assert.equal(code, 0);
      assert.deepEqual(err, []);
      assert.deepEqual(out, ['{"decision":"2026-06-15","contactMediationAdviserBy":"2026-08-15","appealBy":"2026-09-01"}']);
    });

    it('--json includes the certificate after the decision when given', () => {
      const { out } = run(['appeal', '--decision', '2026-09-01', '--certificate', '2026-10-20', '--json']);
      assert.deepEqual(out, ['{"decision":"2026-09-01","certificate":"2026-10-20","contactMediationAdviserBy":"2026-11-01","appealBy":"2026-11-20"}']);
    });

    it('explains the rule applied in the readable text', () => {
      const { code, out } = run(['appeal', '--decision', '2026-10-31']);
      assert.equal(code, 0);
      const text = out.join('\n');
      assert.match(text, /Thursday 31 December 2026/);
      assert.match(text, /Monday 4 January 2027/);
      assert.match(text, /first working day after 1 January \(tribunal rule 12\(3\)\)/);
      assert.match(text, /mediation adviser/);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['a missing flag', ['ehc-request'], /--received YYYY-MM-DD/],
      ['a missing value', ['ehc-request', '--received'], /--received YYYY-MM-DD/],
      ['an impossible date', ['ehc-request', '--received', '2026-02-30'], /--received.*YYYY-MM-DD/],
      ['a UK-style date', ['appeal', '--decision', '15/06/2026'], /--decision.*YYYY-MM-DD/],
      ['a bad certificate date', ['appeal', '--decision', '2026-06-15', '--certificate', 'soon'], /--certificate.*YYYY-MM-DD/],
      ['an unknown option', ['appeal', '--decision', '2026-06-15', '--when', '2026-01-01'], /--when.*--decision YYYY-MM-DD/],
      ['a repeated flag', ['appeal', '--decision', '2026-06-15', '--decision', '2026-06-16'], /--decision.*twice/],
      ['an unknown subcommand', ['review', '--date', '2026-01-01'], /unknown subcommand "review".*ehc-request.*appeal/],
      ['no subcommand', [], /missing subcommand/],
      ['a date beyond the bank holiday table', ['appeal', '--decision', '2028-11-01', '--json'], /--decision.*2028-12-31.*YYYY-MM-DD/],
    ];
    for (const [what, args, message] of cases) {
      it(`${what}: one line on err, nothing on out, exit code 2`, () => {
        const { code, out, err } = run(args);
        assert.equal(code, 2);
        assert.deepEqual(out, []);
        assert.equal(err.length, 1);
        assert.match(err[0], message);
        assert.equal(err[0].includes('\n'), false);
      });
    }
  });

  it('--help prints usage to out and exits 0', () => {
    for (const args of [['--help'], ['appeal', '--help']]) {
      const { code, out, err } = run(args);
      assert.equal(code, 0);
      assert.deepEqual(err, []);
      assert.match(out.join('\n'), /Usage: send-navigator deadlines/);
      assert.match(out.join('\n'), /--received YYYY-MM-DD/);
    }
  });
});
