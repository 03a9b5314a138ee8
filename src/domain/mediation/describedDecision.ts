import type { DecisionType } from './decisionTypes';

/**
 * The decision a parent describes in their own words ("they won't change section F after the
 * annual review", "the LA refused to assess"), for when they type instead of pressing a button.
 * Tried in order, most specific first: a refusal to change the plan after a review is about
 * section F too, and a refusal to reassess is also a refusal to assess. Undefined when the words
 * name no decision, so the flow asks again rather than guess.
 */
const NO = "(?:no|not|n't|won't|wont|will not|wouldn'?t|would not|didn'?t|did not|refus\\w*|declin\\w*|reject\\w*|turn(?:ed)? down|said no|say no|says no|denied|against)";
const PLAN = '(?:plan|ehcp|ehc plan|ehc|statement)';

const DESCRIBED: ReadonlyArray<readonly [DecisionType, RegExp]> = [
  ['refuse-reassess', /\b(?:re ?assess\w*|new assessment|another assessment|assess (?:him|her|them|my \w+) again)\b/],
  ['refuse-amend', new RegExp(`\\b(?:review\\w*)\\b.*\\b${NO}\\b.*\\b(?:change|amend|update|alter)\\w*|\\b${NO}\\b.*\\b(?:change|amend|update|alter)\\w*\\b.*\\breview\\w*|\\b${NO} (?:to )?(?:change|amend|update|alter)\\w* (?:the |his |her |their |my \\w+ )?${PLAN}\\b`)],
  ['cease-plan', new RegExp(`\\b(?:cease|ceasing|ceased|end|ending|stop|stopping|scrap|scrapping|take away|taking away|remove|removing|withdraw\\w*|finish)\\b(?: \\w+){0,3} ${PLAN}\\b|\\b${PLAN} (?:is )?(?:being |going to be |will be )?(?:ceased|ended|stopped|scrapped|taken away|removed|withdrawn)\\b`
    // ("They want to cease it": in this flow, "it" is the plan.)
    + '|\\b(?:cease|ceasing|ceased)\\b|\\b(?:want|wants|going|trying|plan|planning|decided) to (?:end|stop|scrap|remove|withdraw|take away) it\\b')],
  ['health-social-care', /\b(?:health|social care|nhs|icb|section [cdegh]|sections [cdegh])\b/],
  ['plan-content', /\bsections? [bfi]\b|\b(?:the )?(?:needs|help|provision|support|hours|school|placement|setting|college) (?:in|named in|they named|written in|put in) (?:the |his |her |their |my \w+ )?(?:plan|ehcp|final plan|draft)\b|\b(?:named|naming|name) (?:the |a )?(?:wrong |different )?(?:school|placement|college|setting)\b|\bwrong school\b|\bschool (?:they|the council|the la) (?:named|chose|picked|want)\b/],
  // ("They said no to an EHCP" often means no to the assessment: only words that name issuing a plan count.)
  ['refuse-plan', new RegExp(`\\b${NO}\\b(?: \\w+){0,3} (?:to )?(?:issue|issuing|make|making|write|writing|produce|producing|draw up|finali[sz]e)\\w* (?:a |an |the )?${PLAN}\\b|\\bassess\\w*\\b.*\\b${NO}\\b.*\\b${PLAN}\\b|\\bno ${PLAN} after (?:the |an )?assessment\\b|\\b${NO}\\b(?: \\w+){0,2} (?:to )?(?:a |an |the )?${PLAN}\\b.*\\b(?:after|following|once|when) (?:the |an |they |it )?(?:had |have |has )?(?:assess\\w*|finished (?:the )?assess\\w*)`)],
  ['refuse-assess', new RegExp(`\\b${NO}\\b(?: \\w+){0,4} (?:to )?assess\\w*|\\bassess\\w* (?:was |has been |got )?${NO}`)],
];

export function describedDecision(text: string): DecisionType | undefined {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/\b(?:education health (?:and )?care|ehc) needs assessment\b/g, 'assessment');
  for (const [decision, pattern] of DESCRIBED) if (pattern.test(t)) return decision;
  return undefined;
}
