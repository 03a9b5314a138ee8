import type { GlossaryEntry } from './article';

/**
 * Parents and officials name the same thing many ways ("ehcp", "EHC plan", "education health
 * and care plan"). Before indexing and before searching, every known way of saying a concept
 * gains one canonical token, so they all find the same articles. The core table is here; the
 * glossary's aliases extend it.
 */
const CORE_SYNONYMS: ReadonlyArray<readonly [canonical: string, phrases: readonly string[]]> = [
  ['ehcplan', ['education, health and care plan', 'education health and care plan', 'education health care plan', 'ehc plan', 'ehcp', 'ehcps', 'ehc plans', 'e h c p']],
  ['ehcassessment', ['education, health and care needs assessment', 'education health and care needs assessment', 'ehc needs assessment', 'ehcna', 'ehc assessment', 'ehcp assessment', 'ehcp needs assessment', 'statutory assessment', 'needs assessment']],
  ['council', ['local authority', 'local authorities', 'local education authority', 'la', 'las', 'lea', 'council', 'councils']],
  ['senco', ['special educational needs co-ordinator', 'special educational needs coordinator', 'special educational needs and disabilities co-ordinator', 'senco', 'sendco', 'senco\'s']],
  ['sendiass', ['sendiass', 'sendias', 'iass', 'ias service', 'information advice and support service', 'information, advice and support service', 'parent partnership']],
  ['tribunal', ['first-tier tribunal', 'first tier tribunal', 'send tribunal', 'sendist', 'ftt', 'tribunal', 'tribunal panel', 'tribunal panels']],
  ['ombudsman', ['local government and social care ombudsman', 'local government ombudsman', 'lgsco', 'lgo', 'ombudsman']],
  // ("IEP": the individual education plan of the old Code, still what many schools call the SEN support plan.)
  // "The SENCo says she isn't bad enough for an EHCP": the legal test, which is low.
  ['notsevereenough', ['not bad enough', 'isnt bad enough', "isn't bad enough", 'is not bad enough', 'not severe enough', 'not complex enough',
    'not struggling enough', 'not behind enough', 'doing too well', 'too able',
    // "Too clever", "meeting age related expectations": doing well in class said as the reason (attainment is not the test).
    // (Few phrases, and none starting with a common word: building the index tries each on every text with its first word.)
    'too clever', 'too bright', 'age related expectations', 'age-related expectations', 'good grades', 'academically able']],
  ['sensupport', ['sen support', 'send support', 'school action', 'school action plus', 'iep', 'ieps', 'individual education plan', 'individual education plans']],
  ['graduatedapproach', ['graduated approach', 'assess, plan, do, review', 'assess plan do review', 'apdr']],
  ['localoffer', ['local offer']],
  ['university', ['university', 'universities', 'uni', 'higher education']],
  // Parents say "private"; the law and the articles say "independent".
  ['independentschool', ['independent school', 'independent schools', 'independent special school', 'independent special schools', 'independent college',
    'private school', 'private schools', 'private special school', 'private special schools', 'fee paying school', 'fee-paying school', 'public school']],
  ['shortbreaks', ['short breaks', 'short break', 'respite care', 'respite']],
  // (One token, so "medication" is not taken for "medical", which stems the same.)
  ['medicines', ['medication', 'medications', 'medicine', 'medicines', 'meds']],
  // The Education Act 1996's section 19 (education for a child out of school), not the 2014 Act's.
  ['educationoutofschool', ['section 19 duty', 'section 19 education', 'section 19 provision', 'section 19 tuition', 's19 duty', 's19 education',
    'section 19 of the education act', 'education act section 19', 'education act 1996 section 19', 'section 19 education act']],
  ['cop', ['code of practice', 'send code', 'sen code']],
  // "All the sections, A to K": the plan's lettered sections.
  ['plansections', ['a to k', 'a-k', 'a to j', 'a-j', 'sections a to k', 'sections a-k',
    // "What are all the sections in an EHCP?": the plan's sections (not one lettered section).
    ...['in', 'of', 'on'].flatMap((prep) => ['an ehcp', 'the ehcp', 'an ehc plan', 'the ehc plan', 'a plan', 'the plan', 'my plan'].map((plan) => `sections ${prep} ${plan}`)),
    'what sections', 'which sections', 'ehcp sections']],
  // "Am I too late to appeal?": the parent's own appeal deadline, not a council running late.
  ['lateappeal', ['too late to appeal', 'too late for us to appeal', 'too late for me to appeal', 'too late for an appeal', 'too late to lodge', 'too late to lodge an appeal', 'too late to register an appeal',
    'too late for tribunal', 'too late for the tribunal', 'too late to go to tribunal', 'late appeal', 'late appeals', 'out of time to appeal',
    'missed the appeal deadline', 'missed the deadline to appeal', 'missed the tribunal deadline', 'missed my appeal deadline', 'missed our appeal deadline']],
  // "He is behind in maths", "falling behind his peers": a child's progress, not "what is behind it".
  ['fallingbehind', ['falling behind', 'fallen behind', 'fell behind', 'fall behind', 'falls behind', 'falling further behind', 'years behind', 'year behind',
    'way behind', 'far behind', 'behind in', 'behind with', 'behind at school', 'behind in class', 'behind his peers', 'behind her peers', 'behind their peers',
    'behind his classmates', 'behind her classmates', 'behind other children', 'behind the others']],
  ['sectionf', ['section f']],
  ['sectionb', ['section b']],
  ['sectioni', ['section i']],
  ['annualreview', ['annual review', 'annual reviews', 'yearly review', 'reviewed once a year', 'reviewed every year', 'reviewed each year', 'reviewed yearly', 'reviewed annually']],
  // "Are they getting rid of EHCPs?": the reforms, not the plan itself.
  ['scrapped', ['getting rid of', 'get rid of', 'got rid of', 'scrapped', 'scrapping', 'scrap', 'abolished', 'abolishing', 'abolish', 'axed', 'axing', 'done away with', 'doing away with']],
  // Money for families (not SEND law: Contact advises on it).
  ['welfarebenefits', ['disability living allowance', 'dla', 'personal independence payment', 'pip', "carer's allowance", 'carers allowance', 'carer allowance',
    'universal credit', 'child benefit', 'welfare benefits', 'benefits']],
  ['onetoone', ['one to one', 'one-to-one', 'one 2 one', '1 to 1', '1:1', '1-1', '121']],
  // Money given as the reason for help not given ("refuse section F because of budget"): not a personal budget.
  ['nomoney', ['because of budget', 'because of the budget', 'because of budgets', 'because of their budget', 'due to budget', 'due to the budget',
    'budget cuts', 'budget cut', 'no budget', 'not in the budget', 'out of budget', 'the budget is', 'budget constraints', 'budget pressures',
    'no money', 'not enough money', 'lack of money', 'because of money', 'because of cost', 'because of the cost', 'because of costs', 'too expensive',
    "can't afford", 'cant afford', 'cannot afford', 'can not afford', 'could not afford', "couldn't afford",
    // "They haven't got the money for it", "no funding for his 1:1": the same reason, said as having none.
    'not got the money', 'not got money', 'not got the funding', 'not got the funds', 'not got the budget', 'not have the money', 'not have the funding',
    'not have the funds', 'not have the budget', 'no funding', 'no funds', 'not enough funding', 'not been funded', 'not funded', 'cannot fund', "can't fund", 'cant fund']],
  ['personalbudget', ['personal budget', 'personal budgets', 'direct payment', 'direct payments']],
  // "Who writes the reports?" in an assessment: the advice the council must gather.
  ['reportwriters', ['writes the reports', 'writes the report', 'writes reports', 'write the reports']],
  ['edpsych', ['educational psychologist', 'educational psychology', 'ed psych', 'ep']],
  ['salt', ['speech and language therapist', 'speech and language therapy', 'speech therapist', 'speech therapy', 'salt', 'slt']],
  ['camhs', ['child and adolescent mental health services', 'camhs', 'cypmhs']],
  ['icb', ['integrated care board', 'icb', 'ccg', 'clinical commissioning group']],
  ['ipsea', ['ipsea', 'independent provider of special education advice']],
  ['mediationcertificate', ['mediation certificate', 'certificate', 'cert']],
  // A council's own request form ("do we have to fill in their form"): not required by law. (Not the tribunal's appeal form.)
  ['councilform', ['council form', 'local authority form', 'la form', 'their form', 'request form', 'application form', 'referral form']],
  ['mediationadviser', ['mediation adviser', 'mediation advisor', 'mediation service']],
  ['draftplan', ['draft plan', 'draft ehcp', 'draft ehc plan']],
  ['phasetransfer', ['phase transfer', 'phase transition', 'moving school', 'move to secondary', 'primary to secondary', 'secondary transfer',
    // Moving up to the next stage is a phase transfer, not moving house.
    ...['move', 'moves', 'moving', 'goes', 'going', 'start', 'starts', 'starting', 'go up', 'goes up', 'going up', 'moves up', 'moving up']
      .flatMap((verb) => ['secondary', 'secondary school', 'college', 'sixth form', 'reception', 'high school', 'juniors', 'junior school'].map((stage) => `${verb} to ${stage}`)),
    // "She starts reception next September": starting the next stage, said without "to".
    ...['start', 'starts', 'starting'].flatMap((verb) => ['reception', 'secondary', 'secondary school', 'high school', 'year 7', 'sixth form'].map((stage) => `${verb} ${stage}`))]],
  // The four broad areas of need in the Code of Practice ("need" on its own says nothing).
  ['areasofneed', ['broad areas of need', 'areas of need', 'area of need', 'four areas', '4 areas', 'categories of need', 'categories of sen', 'types of sen', 'types of need']],
  // Questions about time ("how long", "by when") find the articles that state a timescale.
  ['timescale', ['how long', 'how quickly', 'how soon', 'by when', 'how many weeks', 'how many days', 'how many months', 'deadline', 'deadlines',
    'time limit', 'time limits', 'timescale', 'timescales', 'time frame', 'timeframe', 'when must', 'when should', 'when will', 'when does', 'when do', 'when can', 'when is', 'how much time']],
  // The council ending a plan ("they want to end his plan because he's going to college"): ceasing, not moving up a stage.
  ['ceaseplan', ['cease', 'ceasing', 'ceased', 'cease it', 'cease to maintain',
    ...['end', 'ending', 'stop', 'stopping', 'scrap', 'scrapping', 'take away', 'taking away', 'remove', 'removing', 'withdraw', 'withdrawing']
      .flatMap((verb) => ['his plan', 'her plan', 'their plan', 'the plan', 'my plan', 'his ehcp', 'her ehcp', 'the ehcp', 'my ehcp'].map((plan) => `${verb} ${plan}`)),
    // ("stop my sons ehcp", "end our daughter's plan": whose plan, said with the child's name for them; the 's is gone by now.)
    ...['end', 'stop', 'cease', 'remove'].flatMap((verb) => ['son', 'sons', 'daughter', 'daughters', 'child'].flatMap((who) => ['plan', 'ehcp'].map((plan) => `${verb} my ${who} ${plan}`))),
    // ("I don't want my EHCP any more", "she does not want her plan": a young person who wants it to end.)
    ...['dont', 'don t', 'do not', 'doesnt', 'does not', 'no longer'].flatMap((not) => ['my plan', 'my ehcp', 'her plan', 'his plan', 'her ehcp', 'his ehcp'].map((plan) => `${not} want ${plan}`)),
    ...['doesnt', 'doesn t', 'does not', 'dont', 'don t', 'do not', 'no longer', 'wont', 'won t', 'will not'].flatMap((not) => [`${not} need a plan`, `${not} need an ehcp`, `${not} need the plan`, `${not} need his plan`, `${not} need her plan`]),
    // ("No longer necessary": the law's words for a plan that is no longer needed. Not starting with "no", which most texts have:
    // building the index tries a phrase on every text with its first word.)
    'longer necessary', 'longer needed']],
  // A parent asking the council themselves ("school won't apply, can I do it myself?"), not managing a budget themselves.
  ['parentasks', ['do it myself', 'do it ourselves', 'do that myself', 'do this myself', 'apply myself', 'apply ourselves', 'ask myself', 'ask ourselves',
    'request it myself', 'request one myself', 'apply for it myself', 'apply for one myself', 'ask for it myself', 'ask for one myself',
    'send it myself', 'make the request myself', 'do the request myself', 'do the application myself']],
  // A time limit missed: what to do about it, rather than what the time limit is.
  ['late', ['missed the deadline', 'missed deadline', 'misses the deadline', 'missing the deadline', 'missed the time limit', 'past the deadline',
    'gone past the deadline', 'over the deadline', 'out of time', 'overdue', 'late', 'running late', 'delayed', 'delays', 'delay', 'taking too long', 'taken too long',
    'taking ages', 'still waiting', 'backlog', 'backlogs', 'still not heard', 'not replied', "hasn't replied", 'has not replied', 'no reply', 'no response',
    'not heard back', 'heard nothing', 'not heard anything', 'not responded', "hasn't responded", 'ignoring us', 'ignoring me',
    // "still no plan", "nobody answers my emails": a council not doing what it should by now.
    'still no plan', 'still no draft', 'still no draft plan', 'still no ehcp', 'still no decision', 'taking forever', 'takes forever', 'been forever',
    // "What if it's not ready by then?": a plan not done by the time it is needed.
    'not ready in time', 'not ready by then', 'not ready by september', 'not done in time', 'not finished in time', 'not be ready in time', 'not be ready by then', 'still no word', 'still no answer', 'still no reply', 'still nothing', 'still no news',
    'nobody answers', 'no one answers', 'nobody replies', 'no one replies', 'nobody is answering', 'no one is answering', 'nobody gets back', 'no one gets back',
    'not answering', "won't answer", 'wont answer', 'will not answer',
    // "Nobody is telling us anything", "no updates since September": a family left waiting without news.
    'nobody is telling us anything', 'no one is telling us anything', 'nobody tells us anything', 'no one tells us anything', 'not telling us anything',
    'nobody is telling us', 'no one is telling us', 'nobody will tell us', 'no one will tell us', 'no updates', 'no update', 'heard nothing back', 'never answers', 'never replies', 'never gets back', 'never get back',
    // "misses the 20 week deadline": a timescale's name between the verb and "deadline".
    ...['missed', 'misses', 'missing', 'miss', 'broken', 'broke', 'breaks', 'breached', 'past'].flatMap((verb) =>
      ['6', '16', '20', '8', 'six', 'sixteen', 'twenty', 'eight'].flatMap((n) => [`${verb} the ${n} week deadline`, `${verb} the ${n} weeks deadline`, `${verb} the ${n} week time limit`, `${verb} the ${n} week limit`]))]],
  // A new assessment for a child who has a plan (not "a new council").
  ['reassessment', ['re-assessment', 'reassessment', 'reassessments', 're-assess', 'reassess', 'reassessed', 'reassessing', 'new assessment', 'new needs assessment',
    'another assessment', 'another needs assessment', 'assessed again', 'assess again', 'assess him again', 'assess her again', 'assess them again']],
  ['refusal', ['said no', 'says no', 'saying no', 'say no', 'turned down', 'turned us down', 'refused', 'refuse', 'refusal', 'refuses', 'rejected', 'declined', 'denied', 'won\'t assess', 'will not assess', 'not going to assess',
    'will not do the assessment', "won't do the assessment", 'wont do the assessment', 'not do the assessment', 'not doing the assessment', 'decided not to assess', 'not going to do the assessment']],
  // Whether mediation (or a mediation adviser) has to come before an appeal.
  ['mediationfirst', ['mediation first', 'mediation before', 'before i can appeal', 'before we can appeal', 'before appealing', 'before you can appeal', 'before you appeal',
    'straight to tribunal', 'straight to the tribunal', 'straight to the send tribunal']],
  // What something costs a family: "do I have to pay", "is it free". ("Cost" itself stays a word: "does it cost anything?")
  ['familycost', ['have to pay', 'who pays for', 'who pays', 'pays for', 'pay for', 'paying for', 'how much does', 'is it free', 'is free', 'for free', 'free of charge', 'no fee', 'a fee', 'fees', 'no charge', 'charge for', 'charged',
    // "The tribunal costs thousands": what it costs a family, said as a rumour.
    'costs thousands', 'cost thousands', 'costs a fortune', 'cost a fortune']],
  // "My friend says ...": who said it, not the topic (not "can my friend come to mediation").
  // "Ok different thing, ...": a new question starts, no topic in it.
  ['newthing', ['different thing', 'another thing', 'something different', 'separate thing']],
  // "Can I do that without my mum?", "or does my mum have to?": a young person acting in their own right.
  ['ownright', ['without my mum', 'without my mom', 'without my dad', 'without my parents', 'without my parent', 'mum have to', 'mom have to', 'dad have to', 'parents have to']],
  ['heardsaid', ['my friend says', 'my friend said', 'a friend says', 'a friend said', 'friend told me', 'friends say', 'friends said']],
  // A child's development, not a council running late ("she has delays", "speech delay").
  ['developmentaldelay', ['developmental delay', 'developmental delays', 'global developmental delay', 'speech delay', 'speech delays', 'language delay',
    'speech and language delay', 'has delays', 'have delays', 'delayed development', 'delayed speech', 'delayed milestones']],
  // A child under school age: the early years, not "16 years old" (which matched on "year old").
  ['under5', ['toddler', 'toddlers', 'under 5', 'under five', 'under 5s', 'under fives', 'preschooler', 'pre schooler',
    ...['1', '2', '3', '4', 'one', 'two', 'three', 'four'].flatMap((n) => [`${n} year old`, `${n} years old`, `${n} yr old`, `${n}yo`,
      // ("my 3 year olds ehcp": the possessive typed without its apostrophe.)
      `${n} year olds`, `${n} yr olds`])]],
  // A child's age from 16 on: the rights move to the young person, and plans can last to 25.
  ['over16', ['is 16', 'is 17', 'is 18', 'is 19', 'is now 16', 'is now 17', 'is now 18', 'aged 16', 'aged 17', 'aged 18', 'aged 19',
    '16 year old', '17 year old', '18 year old', '19 year old', '16 years old', '17 years old', '18 years old', '19 years old',
    '16yo', '17yo', '18yo', 'turned 16', 'turned 17', 'turned 18', 'turns 16', 'turns 17', 'turns 18', 'turn 16', 'turn 17', 'turn 18', 'turn 19', 'turns 19', 'over 16', 'over 16s',
    ...["i'm", 'im', 'i am', 'i m'].flatMap((me) => ['16', '17', '18', '19', '20', '21', '22', '23', '24', '25'].map((age) => `${me} ${age}`)),
    // ("he's 17" reads "he 17" once the 's is gone.)
    ...['he', 'she', 'he is', 'she is', 'they are'].flatMap((who) => ['16', '17', '18', '19'].map((age) => `${who} ${age}`)),
    // (Not "post-16" or "sixth form": those are a phase of education, which phase transfers are about.)
    'till 18', 'till 19', 'until 18', 'until 19', 'up to 19', 'till 25', 'until 25', 'up to 25', 'to 25']],
  // Saying yes to mediation ("if we agree to mediation"): choosing it, not a mediation agreement.
  ['choosemediation', ['agree to mediation', 'agreed to mediation', 'agree to mediate', 'agreed to mediate', 'say yes to mediation', 'said yes to mediation',
    'choose mediation', 'chose mediation', 'choosing mediation', 'opt for mediation', 'opted for mediation', 'go for mediation', 'ask for mediation', 'asked for mediation', 'asking for mediation', 'requesting mediation',
    'want mediation', 'request mediation', 'requested mediation', 'chosen mediation', 'picked mediation', 'accept mediation', 'accepted mediation',
    'do mediation']],
  // "Part-time" is a timetable, not "part of the council" (the tokenizer splits on hyphens).
  ['parttime', ['part-time timetable', 'part-time timetables', 'part time timetable', 'part time timetables', 'part-time', 'part time', 'parttime']],
  // Sent home in the middle of the day: an exclusion in all but name, not a question about lunchtimes.
  ['senthome', ['sent home', 'send him home', 'send her home', 'send them home', 'sends him home', 'sends her home', 'sending him home', 'sending her home',
    ...['home', 'up', 'collect him', 'collect her', 'collect them', 'collect my son', 'collect my daughter', 'collect my child', 'collect', 'collected',
      // ("ringing me to come and get him at lunchtime")
      'get him', 'get her', 'get them', 'fetch him', 'fetch her', 'fetch them']
      .flatMap((before) => ['at lunchtime', 'at lunchtimes', 'at lunch time', 'at lunch', 'at dinnertime', 'at dinner time'].map((when) => `${before} ${when}`))]],
  // A parent still part of decisions ("do I still get a say", "am I cut out now").
  ['havesay', ['a say', 'any say', 'get to say', 'gets to say', 'say what they want', 'say what he wants', 'say what she wants', 'say what he thinks', 'say what she thinks', 'still involved', 'be involved', 'cut out', 'left out', 'shut out',
    // "He doesn't want me involved in his review": whether the parent still takes part, now the young person decides.
    'want me involved', 'wants me involved', 'want me to be involved', 'wants me to be involved', 'want me there', 'wants me there', 'want me at', 'wants me at', 'want me in', 'wants me in']],
  // Not covered by any article (see TOPIC_WORDS in retriever.ts): who acts as parent for a child in care or a kinship carer, and blue badges.
  ['lookedafter', ['foster carer', 'foster carers', 'foster parent', 'foster parents', 'foster child', 'fostering', 'foster placement', 'fostered',
    'looked after child', 'looked after children', 'child in care', 'children in care', 'corporate parent', 'virtual school', 'virtual school head', 'kinship carer', 'special guardian',
    // Who counts as a parent (a grandparent or special guardian raising a child): no article says yet.
    'kinship carers', 'kinship care', 'special guardians', 'special guardianship', 'special guardianship order', 'sgo', 'parental responsibility',
    ...['classed as', 'count as', 'counted as', 'counts as', 'seen as', 'treated as', 'legally'].flatMap((as) => ['a parent', 'his parent', 'her parent', 'their parent', 'the parent'].map((who) => `${as} ${who}`))]],
  // Exam access arrangements ("extra time in GCSEs") are a question about exams, which no article covers yet.
  ['exams', ['exam access arrangements', 'access arrangements']],
  // A child who hits others ("he hit other children", "hits his sister"): behaviour at school, not a child being hurt.
  ['hitsothers', ['hit', 'hits', 'hitting', 'kicks', 'kicked', 'kicking', 'bites', 'biting'].flatMap((verb) =>
    ['other children', 'other kids', 'other pupils', 'other students', 'classmates', 'the other children', 'his classmates', 'her classmates',
      'staff', 'the staff', 'teachers', 'the teacher', 'his teacher', 'her teacher', 'his brother', 'his sister', 'her brother', 'her sister'].map((who) => `${verb} ${who}`))],
  // "I keep hearing EHCPs are being scrapped": news heard, not a tribunal hearing.
  ['heardsaid', ['keep hearing', 'keeps hearing', 'been hearing', 'kept hearing', 'hearing that', 'hearing rumours', 'hearing rumors']],
  ['bluebadge', ['blue badge', 'blue badges', 'disabled parking', 'parking permit']],
  // Not covered by any article (see TOPIC_WORDS in retriever.ts): the council's caseworker or a key worker, and adult social care after 25.
  ['keyworker', ['key worker', 'key workers', 'keyworker', 'keyworkers', 'named person', 'named officer', 'case worker', 'case workers', 'caseworker', 'caseworkers', 'case officer']],
  ['adultsocialcare', ['adult social care', 'adult social services', 'adult services', 'adult care', 'supported living', 'care act', 'care act assessment']],
  // The papers for a tribunal hearing (no article explains them yet).
  ['tribunalbundle', ['tribunal bundle', 'tribunal bundles', 'hearing bundle', 'appeal bundle', 'bundle', 'bundles']],
  // "School asked us to home educate": off-rolling, which the exclusions article names.
  ['offrolling', ['off-rolling', 'off rolling', 'offrolling', 'off-rolled', 'off rolled']],
  // "Does SEND mean he has a learning disability?" (it does not: SEND covers many kinds of need).
  ['learningdisability', ['learning disability', 'learning disabilities', 'learning disabled']],
  // "My mum says push for an EHCP": asking for an assessment, said as pushing or going for a plan.
  ['howtoget', ['push', 'pushing'].flatMap((verb) => ['an ehcp', 'an ehc plan', 'a plan', 'an assessment', 'an ehc needs assessment', 'an ehcna', 'a needs assessment']
    .map((what) => `${verb} for ${what}`))],
  // Not going to school ("school refusal", "EBSA", "he hasn't been in school for months"): attendance, not a council's refusal.
  // (No head word is kept: "school refusal" is not a refusal, and "attendance" names the article.)
  ['notattending', ['school refusal', 'school refuser', 'school refusing', 'refusing school', 'refuses school', 'school avoidance', 'avoiding school', 'avoids school',
    'ebsa', 'ebsna', 'emotionally based school avoidance', 'emotionally based school non attendance', 'emotionally based school non-attendance', 'school based anxiety',
    'school anxiety', 'anxiety about school', 'anxious about school', 'attendance', 'poor attendance', 'low attendance', 'not attending', 'not attending school',
    'not been in school', 'not been to school', 'not been at school', 'not in school', 'not going to school', 'not going into school', 'stopped going to school',
    'missing school', 'missed school', 'off school', 'kept off school', 'out of education', 'not in education',
    ...['refuses', 'refused', 'refusing', 'refuse', 'will not', "won't", 'wont', 'cannot', "can't", 'cant', 'can not', 'scared to', 'too anxious to'].map((verb) => `${verb} go to school`),
    // "If I don't send him to school because they aren't meeting his needs": a parent keeping a child off.
    ...['not send', 'not sending', 'stop sending', 'stopped sending', 'keep', 'keeping', 'kept'].flatMap((verb) =>
      ['him', 'her', 'them', 'my child', 'my son', 'my daughter', 'my kid'].flatMap((who) => verb.startsWith('kee') || verb === 'kept'
        ? [`${verb} ${who} off school`, `${verb} ${who} home from school`]
        : [`${verb} ${who} to school`, `${verb} ${who} in`, `${verb} ${who} into school`]))]],
  // "He's 7 and struggling at school": how a child is getting on (SEN support and the SENCo), not a parent struggling to cope.
  ['schoolstruggle', ['struggling at school', 'struggling in school', 'struggling in class', 'struggles at school', 'struggles in school', 'struggles in class',
    'struggling with school', 'struggling with his work', 'struggling with her work', 'struggling with schoolwork', 'struggling with school work', 'struggling with reading',
    'struggling with writing', 'struggling with maths', 'struggling to learn', 'struggling to keep up', 'finding school hard', 'finding school difficult', 'finding school really hard', 'finding school so hard',
    'finding school very hard', 'finding school really difficult', 'finds school hard', 'finds school difficult',
    'not coping at school', 'not coping in school', 'not coping in class', 'not making progress', 'making no progress', 'little progress']],
  // The phase transfer dates by name ("the 15th February deadline", "31 March"), however the day is written.
  ['phasedate', ['15 february', '15th february', '15th of february', 'february 15', 'february 15th', 'the 15th of february',
    '31 march', '31st march', '31st of march', 'march 31', 'march 31st']],
  // Not covered by any article (see TOPIC_WORDS in retriever.ts): legal aid; school SEN funding; custody; social care's own assessments; council panels; provision maps.
  ['legalaid', ['legal aid', 'legal aid agency']],
  // The government's SEND Change Programme (testing the 2023 improvement plan's ideas): no article describes it.
  ['changeprogramme', ['change programme', 'change programmes', 'change program', 'send change programme', 'send change program']],
  // Money a family spent (private therapy, a tutor) paid back by the council: no article says whether it can be.
  ['payback', ['pay me back', 'pay us back', 'pays me back', 'pays us back', 'paying me back', 'paying us back', 'paid back', 'pay back', 'money back',
    'refund', 'refunds', 'refunded', 'reimburse', 'reimbursed', 'reimburses', 'reimbursement', 'recoup', 'claim back']],
  ['judicialreview', ['judicial review', 'judicial reviews', 'judicially review', 'jr claim']],
  ['schoolsenfunding', ['notional sen funding', 'notional send funding', 'notional sen budget', 'notional send budget', 'notional funding', 'notional sen',
    'top up funding', 'top-up funding', 'high needs funding', 'high needs block', 'high needs money', 'element 3 funding', 'element 2 funding', 'sen funding for schools', 'school sen funding',
    // "Do schools get extra money for SEN kids?": the school's money for pupils with SEN. (Not "notional budget" alone: a personal budget
    // the council holds is called that too. Words first, not "schools": building the index tries a phrase on every text with its first word.)
    ...['money', 'funding'].flatMap((money) => ['sen', 'send'].flatMap((sen) => [`${money} for ${sen} kids`, `${money} for ${sen} children`, `${money} for ${sen} pupils`])),
    'extra money for sen', 'extra money for send', 'extra funding for sen', 'extra funding for send']],
  ['youthcustody', ['young offender institution', 'young offenders institution', 'young offender institute', 'young offenders institute', 'yoi', 'youth custody',
    'secure training centre', 'secure childrens home', 'secure children home', 'secure school', 'youth offending team', 'youth justice']],
  ['childinneed', ['section 17 assessment', 'section 17 assessments', 's17 assessment', 'section 17 of the children act', 'children act section 17', 'section 17 children act',
    'child in need assessment', 'child in need assessments', 'children in need assessment', 'child in need plan', 'cin assessment', 'cin plan', 'section 17']],
  // (Words first, not "the panel": building the index tries a phrase on every text with its first word.)
  ['senpanel', ['panel', 'panels', 'panel meeting', 'panel meetings', 'panel decision', 'panel date', 'sen panel', 'send panel', 'ehcp panel',
    'ehc panel', 'council panel', 'la panel', 'decision making panel', 'decision-making panel', 'moderation panel', 'resource panel', 'funding panel']],
  ['provisionmap', ['provision map', 'provision maps', 'provision mapping', 'provision mapped']],
  // "Where do I start?", "what should I do first?": a first step, of whatever else the question names (a stop word in the retriever, so
  // "i want to appeal, where do i start" is about appeals; "first step" alone, as articles use it, is left as it is).
  ['firststeps', ['where do i start', 'where do we start', 'where should i start', 'where should we start', 'where to start', 'where do i begin', 'where do we begin',
    'where to begin', 'what should i do first', 'what should we do first', 'what do i do first', 'what do we do first', 'what to do first', 'what i must do', 'what must i do',
    'what i should do', 'what we should do', 'what is the first step', 'what are the first steps']],
  // "School say he need help", "she might have SEN": a child said to need more help than others (SEN support), in any English.
  ['childneedshelp', [...['he', 'she'].flatMap((who) => ['need help', 'needs help', 'needs more help', 'needs extra help'].map((what) => `${who} ${what}`)),
    // (Not "may have SEN": the law's own test for an assessment, in many articles.)
    'might have sen', 'might have send', 'could have sen', 'has additional needs', 'have additional needs']],
  // "The plan says 15 hours but she only gets 5": less help than the plan says (the plan not delivered).
  ['onlygets', ['only gets', 'only get', 'only getting', 'only receives', 'only receiving', 'but she gets', 'but he gets', 'but they get', 'but she only', 'but he only']],
  // "How do we ask for a review of his support?", "can school look again at her support": the help at school reviewed (SEN support's review), not a review of a plan.
  ['supportreview', ['his', 'her', 'their', 'the'].flatMap((whose) => [`review of ${whose} support`, `review ${whose} support`, `look again at ${whose} support`])],
  // "Can the plan say he needs movement breaks?", "can her EHCP include a laptop": what the help in a plan can set out (section F).
  // (Keyed on "plan": a question's modal ("can the plan say") leaves the verb bare, where a statement's "the plan says" does not; and
  // building the index tries a text's phrases by their first word, so not "can", which is in every text.)
  // ("Can his plan say he gets a warning": "gets", as "get", is no word to search on.)
  ['plancontent', ['plan', 'ehcp'].flatMap((plan) => ['say', 'include', 'state', 'specify'].map((verb) => `${plan} ${verb}`))],
  // A solicitor's letter before a court case (the bot's key dates name it as the first step to a judicial review): no article explains it.
  ['preactionletter', ['pre-action letter', 'pre-action letters', 'pre action letter', 'pre action letters', 'preaction letter', 'pre-action protocol', 'pre action protocol',
    'letter before claim', 'letter before action', 'letters before claim']],
  // "He is mad about WW2", "obsessed with trains": a child's interests (what the plan's section A records).
  ['interests', ['mad about', 'obsessed with', 'obsessed by', 'obsessed about', 'crazy about', 'passionate about', 'fascinated by', 'fixated on', 'special interest', 'special interests']],
  // "Can my child come to mediation?": who comes to a meeting, said with the child as the one who goes.
  // (Few phrases, none starting with "he" or "she": building the index tries each on every text with its first word.)
  ['come', ['child', 'son', 'daughter'].flatMap((who) => ['go to', 'come to', 'attend'].flatMap((verb) =>
    // (The meeting's own name is kept: "come to the mediation meeting" reads "come mediation meeting".)
    ['mediation', 'the mediation', 'the meeting'].map((meeting) => `${who} ${verb} ${meeting}`)))],
  // "College says they can't meet his needs": a school or college saying it cannot give the help (with a plan, the council's duty stays).
  ['cannotmeetneeds', ['cannot meet', 'can not meet', 'unable to meet', 'not able to meet', 'not meeting', 'failing to meet'].flatMap((cannot) =>
    ['his needs', 'her needs', 'their needs', 'your child needs', 'needs'].map((needs) => `${cannot} ${needs}`))],
  ['send', ['special educational needs and disabilities', 'special educational needs and disability', 'special educational needs', 'sen', 'send', 'sen/d']],
];

// ("Ask the council for an assessment": the council named between the verb and what is asked for.)
const ASK_FOR = "(?:allowed to |able to |entitled to |going to )?(?:ask|apply|request|make a request|put in a request)(?:ing)?(?: (?:the |your |my |our )?(?:council|la|local authority|lea))?(?: for| to)?";
const A_PLAN_OR_ASSESSMENT = '(?:an? |the |my |our |his |her |their |own )*(?:ehcps?|ehc plans?|education health and care plans?|plans?|ehc needs assessments?|ehc assessments?|ehcp assessments?|ehcna|needs assessments?|statutory assessments?|assessments?)';

/**
 * Concepts said in too many ways for a list of phrases. Each adds its token to the text (nothing
 * is replaced). "Can a GP ask for an EHCP?", "am I allowed to apply for a plan?", "can I ask
 * myself?" are all the question of who may ask for an assessment; "how do I ask" is not (that is
 * how, not who).
 */
/**
 * A quick look before a pattern is tried: a regular expression, or groups of whole words of which
 * the text must have one from every group (looked up in the text's words, so it costs next to
 * nothing: building the index reads every article, and each regular expression reads it again).
 */
type Gate = RegExp | ReadonlyArray<readonly string[]>;


const PATTERN_CONCEPTS: ReadonlyArray<readonly [canonical: string, pattern: RegExp, mustContain: Gate]> = [
  // (A question puts the asker between the verb and "ask": "can a GP ask", not "you can ask".)
  ['whocanask', new RegExp(`\\b(?:who (?:\\w+ )?|(?:can|could|may|is|are|am) (?!you )(?:\\w+ ){1,3}?)${ASK_FOR} ${A_PLAN_OR_ASSESSMENT}\\b`
    + '|\\b(?:can|could|may) (?:i|we|he|she|they) (?:ask|apply|request)(?: for (?:it|one))? (?:myself|ourselves|himself|herself|themselves|on (?:my|our|his|her|their) own|without the school|directly)\\b'),
    // Most texts have none of these words: a quick look first (building the index reads every article).
    [['ask', 'asking', 'apply', 'applying', 'request', 'requesting']]],
  // Mediation that did not settle it ("we had mediation, it didn't sort anything, what now"): the certificate and the appeal, not what happens on the day.
  ['mediationfailed', /(?<!\b(?:waiting|wait|waited) (?:for |on )?(?:our |the |my |a )?)\bmediation (?:\w+ ){0,5}?(?:didn'? ?t|did not|didnt|has not|hasn'? ?t|hasnt|doesn'? ?t|does not|failed|fails|no good|no use|not work\w*|nothing|broke down|went nowhere|got (?:us |me )?nowhere|(?:was )?(?:a )?waste of time|pointless|useless)\b|\b(?:didn'? ?t|did not|didnt|couldn'? ?t|could not|couldnt|never) (?:reach|come to|get to|agree|get) (?:an |any )?(?:agreement|anywhere)\b|\bno agreement\b/,
    // (A quick look first: building the index reads every article.)
    [['mediation', 'agreement', 'anywhere']]],
  // "The school won't apply for an EHCP": a parent can ask the council themselves (not the council refusing to assess).
  // ("Can the SENCo refuse to apply for an EHCP?": the SENCo or a teacher speaks for the school.)
  ['parentasks', /\b(?:the )?(?:schools?|senco|sendco|head ?teacher|head|teachers?) (?:\w+ ){0,2}?(?:wont|won t|won't|will not|refuse\w* to|refused to|do not want to|dont want to|don t want to|doesnt want to|does not want to|not going to|say (?:they|it) (?:wont|won t|will not))(?: \w+)? (?:apply|request|ask|do|put in|send|start|support)(?: for)? (?:an? |the )?(?:ehcp|ehc plan|plan|assessment|ehc needs assessment|one|it)\b/,
    // (Two quick looks first: building the index reads every article.)
    [['school', 'schools', 'senco', 'sendco', 'head', 'headteacher', 'teacher', 'teachers'], ['wont', 'won', 'will', 'refuse', 'refused', 'refuses', 'refusing', 'want', 'not', 'dont', 'doesnt']]],
  // "School won't put in her 1:1 from the EHCP", "the help in his plan isn't being given": the plan not delivered.
  ['plannotdelivered', /\b(?:wont|won'?t|will not|not|never|refus\w* to|stopped|stop) (?:\w+ ){0,2}?(?:put(?:ting)? in|provid\w*|giv(?:e|es|en|ing)|deliver\w*|follow\w*|implement\w*|fund(?:ing|ed)?|pay(?:ing)? for|happening)\b(?: \S+){0,5}? (?:from|in|on|of|that is in|written in|set out in|says? in) (?:the |her |his |their |my \w+ |our \w+ )?(?:ehcp|ehc plan|plan|section f)\b/,
    // (Three quick looks first: building the index reads every article.)
    [['wont', 'won', 'will', 'not', 'never', 'refuse', 'refuses', 'refused', 'refusing', 'stopped', 'stop'], ['ehcp', 'plan', 'f'],
      ['put', 'putting', 'provide', 'provided', 'providing', 'provides', 'give', 'gives', 'given', 'giving', 'deliver', 'delivered', 'delivering', 'follow', 'followed', 'following', 'implement', 'implemented', 'implementing', 'fund', 'funding', 'funded', 'pay', 'paying', 'happening']]],
  // The council's answer to a request ("how long does the council have to reply?"), not the parent's
  // reply to a draft plan ("how long do I have to reply?"), which shares its verbs.
  ['councilreplies', /\b(?:councils?|la|local authority) (?:have|has|got|needs?|must)(?: got)?(?: to)? (?:reply|respond|answer|get back to (?:me|us)|come back to (?:me|us))\b/,
    // (Two quick looks first: building the index reads every article.)
    [['reply', 'respond', 'answer', 'back'], ['council', 'councils', 'la', 'authority']]],
  // "She said the LA wouldn't accept it from a parent": also about who may ask.
  ['whocanask', /\b(?:accept|take|allow|consider)s? (?:\w+ ){0,2}?(?:requests?|it|one|applications?) (?:from|by) (?:a |the )?parents?\b|\bonly (?:accept|take|allow)s? (?:requests?|applications?) from (?:the )?schools?\b|\bonly (?:the )?schools? (?:can|could|may|are allowed to|is allowed to) (?:send|make|put in|submit|apply|ask|request)\b/,
    // (It needs "parent", or "only accepts": a quick look first, as building the index reads every article.)
    [['parent', 'parents', 'only']]],
  // The council saying no to the school a parent wants is naming a school, not a refusal to assess:
  // "can the LA refuse our choice of school", "the school we want is full, can they refuse".
  ['schoolrefused', new RegExp('\\b(?:refus\\w*|turn(?:s|ed|ing)? down|reject\\w*|say(?:s|ing)? no to|said no to|won\'?t name|will not name|not (?:going to )?name)'
    + ' (?!to (?:assess|issue|do|carry|reassess))(?:\\w+ ){0,3}?(?:school|college|placement|choice|preference)s?\\b'
    + '|\\b(?:school|college|placement)s? (?:we|i|she|he|they) (?:want|wanted|asked for|chose|picked|prefer|preferred|like|liked)\\b.*\\b(?:refus\\w*|say no|said no|won\'?t name|will not name|full)\\b'
    + '|\\b(?:school|college)s? (?:\\w+ ){0,3}?(?:is|are|was|were) (?:already )?(?:full|oversubscribed)\\b'),
    // (A quick look at the text's words, not a second reading of it: building the index reads every article.)
    [['refuse', 'refused', 'refuses', 'refusing', 'refusal', 'refusals', 'turn', 'turns', 'turned', 'turning', 'reject', 'rejects', 'rejected', 'rejecting',
      'rejection', 'rejections', 'say', 'says', 'saying', 'said', 'name', 'full', 'oversubscribed']]],
  // "What if they say the school is too expensive?": the cost of the school asked for, a reason for not naming it (not help in a plan going undelivered).
  ['schoolrefused', /\b(?:school|college|placement)s?\b(?: \w+){0,4}? (?:is |are |was |would be )?(?:too expensive|too dear|costs? too much|costs? more|too costly)\b/,
    [['expensive', 'dear', 'costly', 'cost', 'costs']]],
  // The council saying no to a plan after assessing: a refusal to issue ("they said no plan",
  // "SEN support instead of a plan"), which can be appealed; not a refusal to assess.
  ['refusetoissue', new RegExp('\\b(?:said|say|says|saying|decided|decides|deciding) (?:there (?:will be|is) )?no (?:to (?:an? |the ))?(?:ehc |ehcp )?(?:plan|ehcp|ehc plan)\\b'
    + '|\\bno plan (?:is )?(?:needed|necessary|required)\\b'
    + '|\\b(?:not|won\'?t|will not|refus\\w* to) (?:going to )?(?:issue|give|make|write)(?: (?:him|her|them|us|my \\w+))? (?:an? |the )?(?:ehcp|ehc plan|plan)\\b'
    + '|\\b(?:not issuing|decision not to issue|refusal to issue|refuse to issue)\\b'
    + '|\\b(?:instead of|rather than) (?:an? )?(?:ehcp|ehc plan|plan)\\b|\\bsen support plan instead\\b'),
    // (A quick look first: most texts say "plan", few say any of these.)
    /\bno (?:to (?:an? |the ))?(?:ehcp?|plan)|issu|instead of|rather than|(?:not|won'?t|will not|to) (?:going to )?(?:give|make|write) /],
  // A council's own rule for assessing ("they only assess if...", "won't assess until..."): its criteria, which are guidelines.
  ['assesscriteria', /\b(?:only|won'?t|will not|wont|refus\w* to|not) (?:\w+ ){0,2}?assess\w*(?: \w+){0,4}? (?:if|unless|until)\b|\bcriteria\b|\bthreshold\b|\bbefore (?:they|the council|it|we|you|i) (?:will |would |can |could |agree to )?(?:assess|consider an? (?:assessment|request))\b/,
    /criteria|threshold|assess\w* (?:\w+ ){0,4}?(?:if|unless|until) |before (?:they|the council|it|we|you|i) /],
  // "How do I get an EHCP?": how to ask for one, not what one is (the only content word is "ehcp").
  ['howtoget', new RegExp(`\\bhow (?:do|can|would|should|does) (?:i|we|you|a parent|parents|one) (?:go about )?(?:get|getting|(?:apply|applying|ask|asking)(?: (?:to )?(?:the |your |my )?(?:council|la|local authority|lea))? for|obtain|request|start) ${A_PLAN_OR_ASSESSMENT}\\b|\\bsteps to (?:get|getting|apply for) ${A_PLAN_OR_ASSESSMENT}\\b`),
    [['how', 'steps']]],
  // "The school says he needs an EHCP, how do we get one?": the plan named first, then "one".
  ['howtoget', /\b(?:ehcp|ehc plan|education health and care plan|plan)\b.*\bhow (?:do|can|would|should|does) (?:i|we|you|a parent|parents) (?:go about )?(?:get|getting|apply for|applying for|obtain|ask for|request) (?:one|it)\b/,
    /how (?:do|can|would|should|does) (?:i|we|you|a parent|parents) (?:go about )?(?:get|apply|obtain|ask|request)/],
  // "I want more help for him, how I ask the council?": asking the council itself (written as in other languages, or with no plan named).
  ['howtoget', /\bhow (?:do |can |should |could )?(?:i|we) (?:ask|apply to|request) (?:the |my |our )?(?:council|la|local authority|lea)(?: for (?:more |extra )?(?:help|support))?(?=\s*(?:[?.!,]|$))/,
    [['how'], ['ask', 'apply', 'request'], ['council', 'la', 'authority', 'lea']]],
  // "How I ask for help from council?": help asked for first, then the council.
  ['howtoget', /\bhow (?:do |can |should |could )?(?:i|we) (?:ask|apply|request) (?:for )?(?:more |extra |some )?(?:help|support) from (?:the |my |our )?(?:council|la|local authority|lea)\b/,
    [['how'], ['help', 'support'], ['council', 'la', 'authority', 'lea']]],
  // "Can he still get an EHCP?", "who qualifies for a plan": whether a child can have one, which is the legal test.
  ['eligibleplan', /(?<!\b(?:how|where|when|why|what) )\b(?:can|could|would|will|is|are|does|do) (?:he|she|they|my \w+|our \w+|a child|a pupil|children|kids|pupils|students) (?:\w+ ){0,4}?(?:get|have|qualify for|be eligible for|be entitled to|be given) (?:an? )?(?:ehcps?|ehc plans?|education health and care plans?)\b|\b(?:who|which (?:children|kids|pupils|young people)|what (?:children|kids|pupils|young people)) (?:can|could|is able to|are able to) (?:(?:get|have|qualify for) (?:an? )?(?:ehcps?|ehc plans?|education health and care plans?)|be assessed)\b|\b(?:eligib\w*|qualif\w*) for (?:an? )?(?:ehcps?|ehc plans?|education health and care plans?)\b/,
    // (A quick look at plain words first, as building the index reads every article; most say "have an EHC plan", so not that.)
    /eligib|qualif|be assessed|get an ehc/],
  // "Does the plan stop when she turns 18?", "someone said it ends at 16": how long a plan can last, not a council ending one.
  ['planagelimit', /\b(?:stops?|stopped|ends?|ended|finish(?:es|ed)?|ceases?|expires?|runs? out|lasts?|carr(?:y|ies) on|continues?|goes on|cut off|drops?) (?:\w+ ){0,3}?(?:at|after|past|beyond|until|till|up to|(?:just )?(?:when|once|because|as soon as) (?:he|she|they|you|i|someone|(?:my|your|our|the|a) \w+) (?:turns?|is|are|am|reach(?:es)?|gets? to|leaves? school at)) (?:16|17|18|19|sixteen|seventeen|eighteen|nineteen)\b(?! (?:weeks?|months?|days?)\b)/,
    [['16', '17', '18', '19', 'sixteen', 'seventeen', 'eighteen', 'nineteen']]],
  // "Can we pick the school ourselves?", "the school of our choice": asking for a school to be named.
  ['chooseschool', /\b(?:pick|picks|picked|picking|choose|chooses|choosing|chose|chosen|select|selecting|prefer|preferred)\b (?:\w+ ){0,3}?(?:school|college|placement|setting|nursery)s?\b|\b(?:school|college|placement|setting)s? (?:of (?:our|my|their|his|her|your) )?choice\b|\bchoice of (?:school|college|placement|setting)s?\b|\b(?:school|college|placement|setting)s? (?:that )?(?:we|i) (?:had )?(?:asked for|requested|wanted|applied for)\b/,
    [['pick', 'picks', 'picked', 'picking', 'choose', 'chooses', 'choosing', 'chose', 'chosen', 'select', 'selecting', 'prefer', 'preferred', 'choice', 'asked', 'requested', 'wanted', 'applied']]],
  // "We want her to go to a specialist college", "I'd like him to attend the special school": the family's choice of a place (naming it).
  // ("I want the special school": a kind of school named straight after the verb.)
  ['chooseschool', /\b(?:we|i) (?:really )?(?:want|would like|d like|would prefer|prefer)(?: (?:him|her|them|my \w+))? (?:to )?(?:go to|attend|be at|have a place at) (?:an? |the )?(?:\w+ ){0,3}?(?:school|college|placement|setting)s?\b|\b(?:we|i) (?:really )?(?:want|would like|d like|would prefer|prefer) (?:an? |the )?(?:special|specialist|mainstream|independent|residential|local|other|different|particular) (?:\w+ )?(?:school|college|placement|setting)s?\b/,
    [['want', 'like', 'prefer'], ['attend', 'go', 'be', 'place', 'special', 'specialist', 'mainstream', 'independent', 'residential', 'local', 'other', 'different', 'particular']]],
  // "They named a school we didn't want": the school named is not the one asked for (naming a school, not what kind of school).
  ['chooseschool', /\b(?:school|college|placement|setting)s? (?:that )?(?:we|i|he|she|they) (?:did not|do not|does not|never|had not) (?:want|wanted|ask for|asked for|choose|chose|pick|picked|apply for|applied for)\b/,
    [['not', 'never'], ['want', 'wanted', 'ask', 'asked', 'choose', 'chose', 'pick', 'picked', 'apply', 'applied']]],
  // "Can the school refuse to give him his medication?", "a care plan for her epilepsy at school": medical needs at school (not a GP's medicines question).
  ['schoolmedical', /^(?=.*\b(?:schools?|nursery|college|teachers?|staff|senco|classroom|trips?)\b).*(?:\b(?:medicines?|medications?|meds|inhalers?|epipens?|epi pens?|insulin|healthcare plans?|health care plans?|medical (?:care )?plans?)\b|\bcare plans? for (?:\w+ ){0,3}?(?:epilepsy|diabetes|asthma|allerg\w*|seizures?|medical|condition|health|heart)\b)/,
    [['school', 'schools', 'nursery', 'college', 'teacher', 'teachers', 'staff', 'senco', 'classroom', 'trip', 'trips'],
      ['medicine', 'medicines', 'medication', 'medications', 'meds', 'inhaler', 'inhalers', 'epipen', 'epipens', 'epi', 'insulin', 'healthcare',
        'epilepsy', 'diabetes', 'asthma', 'allergy', 'allergies', 'seizure', 'seizures', 'heart']]],
  // "The best school in Leeds for autistic children": a recommendation of a school, which no article gives.
  ['schoolrecommendation', /\b(?:best|recommended) (?:\w+ ){0,2}?(?:schools?|colleges?|nurser(?:y|ies)|settings?)\b(?: \w+){0,3}? (?:in|near|around|for|nearby|locally)\b|\brecommend(?:s|ed)? (?:me |us )?(?:an? |some |any )?(?:good )?(?:\w+ )?(?:schools?|colleges?|nurser(?:y|ies))\b|\bwhich (?:\w+ )?(?:school|college|nursery|setting)s? (?:(?:in|near|around) \w+ )?(?:is|are|would be|will be|might be) (?:the )?(?:best|good|better)\b/,
    [['best', 'recommend', 'recommends', 'recommended', 'good', 'better']]],
  // "What age do children usually start walking?": child development, which no article covers.
  ['devmilestones', /\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|learn(?:s|ing|t|ed)?) (?:to )?(?:walk|walking|crawl|crawling)\b|\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?) talking\b(?! (?:to|with|about|at)\b)|\b(?:say|says|said|saying) (?:their|his|her) first words?\b|\b(?:what|which) age (?:\w+ ){1,6}?(?:walk|walking|crawl|crawling|talking)\b|\bwhen (?:do|does|should|will) (?:\w+ ){1,4}?(?:walk|crawl)\b/,
    [['walk', 'walking', 'crawl', 'crawling', 'talking', 'first']]],
  // "School keeps ringing me to come and get him": sent home without a formal exclusion.
  ['senthome', /\b(?:send|sends|sending|sent|keep sending) (?:him|her|them|my \w+|our \w+) home\b|\b(?:ring|rings|ringing|rang|call|calls|calling|called|phone|phones|phoning|phoned|text|texts|texting|texted)(?: me| us)(?: up)? (?:to|and ask (?:me|us) to|asking (?:me|us) to|and tell (?:me|us) to|telling (?:me|us) to) (?:come (?:and |to )?|go (?:and |to )?)?(?:get|collect|pick|fetch|take) (?:him|her|them|my \w+)\b|\bcome (?:and|to) (?:get|collect|fetch|pick up) (?:him|her|them|my \w+) (?:\w+ ){0,2}?(?:early|at lunch\w*|at dinner\w*|most days|every day|home)\b/,
    [['me', 'us', 'come', 'home']]],
  // "What exactly can I appeal about?", "I'm unhappy with the whole plan, can I appeal it?": which decisions can be appealed.
  ['appealscope', /\bwhat (?:\w+ ){0,2}?(?:can|could|do|may) (?:i|we|you|parents) (?:\w+ )?appeal\b|\bwhat (?:decisions|parts|things|sections)\b(?: \w+){0,5}? (?:can|could|may) (?:i|we|you|parents|be) (?:\w+ )?appeal|\bappeal (?:against |about |over )?(?:the |my |our )?(?:whole|entire) (?:ehcp|ehc plan|plan)\b|\b(?:whole|entire) (?:ehcp|ehc plan|plan)\b.*\bappeal|\bappeal\b.*\b(?:whole|entire) (?:ehcp|ehc plan|plan)\b/,
    [['appeal'], ['what', 'whole', 'entire']]],
  // "We're moving from Leeds to Manchester": two places, not two stages of school, so a move of council area.
  ['movingarea', /\b(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing))(?: house| home| areas?)? from (?!(?:an? |the |his |her |their |my |our )?(?:new |different |another |next |local )?(?:schools?|secondary|primary|college|sixth|reception|nursery|juniors?|infants?|years?|high|special|mainstream|post|uni|university|adult|upper|middle|key|ks\d|residential|independent|private|state|academy|ap|pru|alternative|home|ehcp|ehc|sen|send|support|plans?|class|classes|unit|provision|specialist|1|2|3|4|5|6|7|8|9|10|11|12|13)\b)[a-z]+(?: [a-z]+)? to (?!(?:an? |the |his |her |their |my |our )?(?:new |different |another |next |local )?(?:schools?|secondary|primary|college|sixth|reception|nursery|juniors?|infants?|years?|high|special|mainstream|post|uni|university|adult|upper|middle|key|ks\d|residential|independent|private|state|academy|ap|pru|alternative|home|ehcp|ehc|sen|send|support|plans?|class|classes|unit|provision|specialist|1|2|3|4|5|6|7|8|9|10|11|12|13)\b)[a-z]+/,
    [['from'], ['move', 'moves', 'moved', 'moving', 'relocate', 'relocates', 'relocated', 'relocating']]],
  // "We had the annual review in September", "since the review": what must happen after the meeting.
  ['afterreview', /\b(?:after|since|had|following) (?:the |our |his |her |their |my \w+ |an? )?(?:last |latest |recent )?(?:annual )?review(?: meeting)?\b/,
    [['review'], ['after', 'since', 'had', 'following']]],
  // "School says they can't do anything more without an EHCP": what a school must do with no plan (SEN support).
  ['nohelpwithoutplan', /\b(?:can'?t|cannot|can not|won'?t|will not|unable to|not able to|refus\w* to|nothing (?:more|else)?) (?:(?:do|give|offer|provide|put|help|support)\b(?: \w+){0,4}? )?(?:without|until (?:he|she|they|we) (?:has|have|gets?)|unless (?:he|she|they|we) (?:has|have|gets?)|till (?:he|she|they|we) (?:has|have|gets?)) (?:an? )?(?:ehcp|ehc plan|plan|education health and care plan)\b/,
    [['without', 'until', 'unless', 'till'], ['plan', 'plans', 'ehcp'], ['can', 'cant', 'cannot', 'won', 'wont', 'will', 'unable', 'able', 'refuse', 'refuses', 'refused', 'refusing', 'nothing']]],
  // "How do I get the school to do more?", "what can I ask the school for?": what a school must do for a child with SEN (SEN support).
  ['sensupport', /\bhow (?:do|can|could|should|would) (?:i|we) (?:get|make|ask|push|persuade|encourage) (?:the |his |her |their |my \w+ )?(?:school|teachers?|class teacher) (?:to )?(?:do|give|provide|offer|put in|help) (?:\w+ )?(?:more|extra)\b|\b(?:ask|asking|get|getting) (?:the |his |her |their )?(?:school|teachers?) (?:for|to give|to provide|to put in) (?:more|extra|some|any) (?:help|support)\b|\bwhat (?:can|could|should|must|will|does|do) (?:the |his |her |their )?school (?:actually |really )?(?:do|offer|give)(?: (?:for|to help) (?:him|her|them|my \w+))?(?=\s*(?:[?.!,]|$))|\bwhat (?:can|could|should) (?:i|we) (?:actually |really )?(?:ask|expect|request) (?:the |his |her |their )?(?:school|teachers?) (?:for|to do)\b/,
    [['school', 'teacher', 'teachers'], ['more', 'extra', 'what']]],
  // "The CAMHS waiting list is 18 months, how do I get him seen quicker?": NHS waiting times, which no article covers.
  ['healthwait', /^(?=.*\b(?:camhs|nhs|paediatricians?|paediatrics?|paediatric|gp|hospital|clinic|cdc|neurodevelopmental|cypmhs)\b).*\b(?:(?:seen|diagnosed|an appointment|appointment|referral) (?:\w+ ){0,3}?(?:quicker|faster|sooner|earlier|more quickly)|(?:speed|hurry) (?:\w+ ){0,3}?up|jump (?:the )?(?:queue|list|waiting list)|(?:shorten|reduce|skip|bypass) (?:the )?(?:wait|queue|waiting list))\b/,
    [['camhs', 'nhs', 'paediatrician', 'paediatricians', 'paediatric', 'paediatrics', 'gp', 'hospital', 'clinic', 'cdc', 'neurodevelopmental', 'cypmhs'],
      ['quicker', 'faster', 'sooner', 'earlier', 'quickly', 'speed', 'hurry', 'jump', 'shorten', 'reduce', 'skip', 'bypass']]],
  // "No EHCP yet, if I apply now will it be done in time?": a child with no plan, so the assessment's time limits (not moving up a stage with a plan).
  ['noplanyet', /\bno (?:ehcp|ehc plan|plan|statement) (?:yet|so far|at the moment|in place yet)\b|\b(?:does not|do not|has not|have not) (?:have |got )?(?:an? )?(?:ehcp|ehc plan|plan) yet\b/,
    [['yet']]],
  // "Can't apply until he's been on SEN support for 2 years": a set time on SEN support before asking (the law sets none).
  ['sensupporttime', /\b(?:on |of |had |have |has |having )?sen support for (?:\d+|a|an|one|two|three|four|six|twelve|several|a few|a set|a certain|a minimum|some) (?:\w+ )?(?:years?|months?|terms?|time|period|cycles?|rounds?)\b|\b(?:\d+|one|two|three|four|six|twelve|several) (?:years?|months?|terms?|cycles?|rounds?) (?:on|of) sen support\b/,
    /sen support for|(?:on|of) sen support/],
  // "The council won't come to mediation, they say they don't have to": the council must take part once the family chooses it.
  ['councilattends', /\b(?:council|la|local authority)\b(?: \w+){0,3}? (?:will not|won'?t|wont|cannot|can not|refus\w* to|not going to|does not want to|do not want to|just not|simply not|(?:say|says|said) (?:they|it) (?:do not|does not|dont|doesnt) (?:have|need) to) (?:come|attend|turn up|take part|go|show up)\b(?: \w+){0,2}? mediation\b|\b(?:council|la|local authority)\b(?: \w+){0,3}? (?:refus\w*|say no to|said no to|declin\w*|turn(?:s|ed)? down|reject\w*)(?: to (?:have|do|agree to|go to|attend))? (?:the |our |my )?mediation\b|\bmediation\b(?: \w+){0,6}? (?:council|la|local authority)\b(?: \w+){0,3}? (?:will not|won'?t|wont|refus\w* to|not going to) (?:come|attend|turn up|take part|go|show up)\b/,
    // ("Can the LA refuse mediation?": saying no to it is not taking part either.)
    [['mediation'], ['come', 'attend', 'turn', 'part', 'go', 'show', 'refuse', 'refuses', 'refused', 'refusing', 'say', 'said', 'decline', 'declines', 'declined', 'declining', 'reject', 'rejects', 'rejected']]],
  // "The NHS waiting list in Leeds", "how long is the CAMHS wait": NHS waiting times asked about on their own (no school or plan named), which no article covers.
  ['healthwait', /^(?!.*\b(?:school|sen|send|ehcp|ehc|plan|support|diagnosis|council|la|evidence|assessment|assess)\b)(?=.*\b(?:camhs|nhs|paediatricians?|paediatric|cdc|neurodevelopmental|cypmhs|hospital)\b).*\b(?:waiting (?:lists?|times?)|wait(?:s|ing)? times?|waits?)\b/,
    [['waiting', 'wait', 'waits'], ['camhs', 'nhs', 'paediatrician', 'paediatricians', 'paediatric', 'cdc', 'neurodevelopmental', 'cypmhs', 'hospital']]],
  // "A Right to Choose ADHD assessment", "what a private autism assessment costs": getting a diagnosis outside the usual NHS route, which no article covers (the law needs none for SEN help).
  ['privatediagnosis', /\bright to choose\b|^(?!.*\b(?:ehcp|ehc|plan|sen support|school|council|la|tribunal|appeal)\b).*\b(?:private|privately|paid|pay for|cost|costs|how much)\b.*\b(?:autism|autistic|asd|asc|adhd|add|dyslexia|dyspraxia|diagnostic)\b (?:\w+ )?(?:assessments?|diagnosis|tests?)\b|^(?!.*\b(?:ehcp|ehc|plan|sen support|school|council|la|tribunal|appeal)\b).*\b(?:autism|autistic|asd|asc|adhd|add|dyslexia|dyspraxia) (?:assessments?|diagnosis|tests?)\b.*\b(?:private|privately|cost|costs|charge|how much)\b/,
    [['right', 'private', 'privately', 'paid', 'pay', 'cost', 'costs', 'much', 'charge'], ['choose', 'autism', 'autistic', 'asd', 'asc', 'adhd', 'add', 'dyslexia', 'dyspraxia', 'diagnostic']]],
  // "Can you recommend a private educational psychologist near me?": naming a professional, which no article does.
  ['recommendprofessional', /\b(?:recommend|suggest|know (?:of )?)(?: me| us)? (?:an? |any |some |good |private |independent |local )*(?:educational psychologists?|ed psychs?|eps?|psychologists?|speech (?:and language )?therapists?|occupational therapists?|ots?|therapists?|paediatricians?|solicitors?|lawyers?|specialists?)\b/,
    [['recommend', 'suggest', 'know'], ['educational', 'ed', 'ep', 'eps', 'psychologist', 'psychologists', 'speech', 'occupational', 'ot', 'ots', 'therapist', 'therapists', 'paediatrician', 'paediatricians', 'solicitor', 'solicitors', 'lawyer', 'lawyers', 'specialist', 'specialists']]],
  // "Which private SALT is best in Manchester?": the best professional to pay for, which no article names.
  ['recommendprofessional', /\b(?:which|what) (?:\w+ ){0,2}?(?:salt|slt|speech (?:and language )?therapists?|ots?|occupational therapists?|eps?|ed psychs?|educational psychologists?|psychologists?|therapists?|solicitors?|lawyers?|tutors?) (?:is|are|would be|will be) (?:the )?(?:best|good|better)\b|\bbest (?:private |independent |local )(?:salt|slt|speech (?:and language )?therapists?|ots?|occupational therapists?|eps?|educational psychologists?|psychologists?|therapists?|solicitors?|lawyers?)\b/,
    [['best', 'better'], ['private', 'independent', 'local', 'which', 'what']]],
  // "Can you recommend a good tutor near Birmingham?": finding a tutor, which no article covers (paying for help in a plan is personal budgets).
  ['findtutor', /\b(?:recommend|find|finding|looking for|know of|suggest|good|best)\b(?: \w+){0,3}? tutors?\b|\bprivate tutors?\b|\btutors? (?:near|in|around|for (?:\w+ )?(?:near|in|around))\b/,
    [['tutor', 'tutors']]],
  // "Any tips for stopping meltdowns at bedtime?": handling behaviour or sleep at home, which no article covers.
  ['homebehaviour', /^(?=.*\b(?:tips|strategies|techniques|how (?:do|can|should|would) (?:i|we) (?:stop|handle|manage|deal with|cope with|calm|prevent|reduce))\b)(?=.*\b(?:meltdowns?|tantrums?|outbursts?|sleep|sleeping|bedtime|bed time)\b)/,
    [['meltdown', 'meltdowns', 'tantrum', 'tantrums', 'outburst', 'outbursts', 'sleep', 'sleeping', 'bedtime', 'bed'], ['tips', 'strategies', 'techniques', 'how']]],
  // "Is there a 6 month rule before we can ask again?": a wait before asking for an assessment again (there is no set wait).
  ['waitagain', /\b(?:\d+|six|three|twelve|one|a) (?:months?|years?) (?:rule|wait|gap|cooling off)\b|\b(?:no set|a set|minimum) wait\b|\bwait (?:\w+ ){0,3}?before (?:asking|applying|requesting|re-?applying|(?:we|i) can (?:ask|apply|request))\b/,
    [['rule', 'wait', 'gap', 'cooling']]],
  // "It says 'access to' speech therapy 'as needed'", "up to 10 hours": wording too vague to check (section F must be specific).
  ['vaguewording', /['"](?:access to|as needed|as required|when needed|opportunities for|would benefit from|regular|regularly|some|ongoing)['"]|\b(?:as needed|as and when required|as and when needed|when needed)\b|['"]up to\b|\bup to (?:\d+|an?|one|two|three|four|five|six|ten) (?:hours?|sessions?|minutes?|mins|times?)\b/,
    // ("Up to 10 hours": at most, which could be none.)
    [['needed', 'required', 'access', 'opportunities', 'benefit', 'regular', 'regularly', 'some', 'ongoing', 'up']]],
  // "School say no help": the school saying no, not the council refusing anything (asking the council is the question).
  ['schoolnohelp', /\bschools? (?:say|says|said|saying) no (?:more |extra )?(?:help|support)\b|\bschools? (?:will not|won'?t|wont|refuses? to|refused to) (?:give (?:him |her |them )?(?:any |more |extra )?)?(?:help|support)\b/,
    [['school', 'schools'], ['help', 'support']]],
  // "Can they share his information with health without my consent?": consent and data sharing, which no article covers.
  ['infosharing', /\b(?:shar(?:e|es|ed|ing)|pass(?:es|ed|ing)? on|disclos(?:e|es|ed|ing)) (?:\w+ ){0,3}?(?:info|information|data|details|records|personal data)\b|\b(?:my |our |his |her |their )?consent\b|\bdata protection\b|\bgdpr\b/,
    [['share', 'shares', 'shared', 'sharing', 'pass', 'passes', 'passed', 'passing', 'disclose', 'discloses', 'disclosed', 'disclosing', 'consent', 'data', 'gdpr']]],
  // "The 6 week rule", "the 20-week clock": a statutory time limit named by its length.
  ['timescale', /\b(?:6|15|16|20|six|fifteen|sixteen|twenty)[- ]?(?:weeks?|days?) (?:rules?|clock|timeline|time frame|timeframe|process)\b/, [['rule', 'rules', 'clock', 'timeline', 'time', 'timeframe', 'process']]],
  // What a school does for pupils with SEN, to see before choosing it: its SEN information report.
  ['schoolsenoffer', /\b(?:what|how much) (?:help |support )?(?:a |the |each |their |his |her |this |that |my \w+ |our \w+ )?(?:\w+ )?(?:schools?|colleges?|nursery|academy) (?:actually |really |will |would |can |could )?(?:does|do|offers?|provides?|gives?|has|have|puts in place) (?:\w+ )?(?:for|to support|to help|in place for) (?:send|sen|children with|kids with|pupils with|students with|young people with)\b|\bhow (?:a |the |each )?(?:\w+ )?(?:schools?|colleges?) (?:supports?|helps?) (?:send|sen|children with|kids with|pupils with|students with)\b/,
    // (Narrow: what both wordings end with. "school" alone is in most articles, and building reads them all.)
    /(?:for|to support|to help|in place for|supports?|helps?) (?:send|sen|children with|kids with|pupils with|students with)\b/],
  // Too little notice of a review meeting, or its reports not sent out in time ("the review is in 3 days and no reports have gone out").
  ['reviewnotice', /\b(?:short notice|(?:no|not enough|little|hardly any|only \w+ days?|only a few days?) notice)\b|\b(?:annual review|review|review meeting)\b.*\b(?:is |are |in )(?:only )?(?:in )?(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten) days?(?: time)?\b|\b(?:no|none of the) (?:reports?|advice|paperwork)\b.*\b(?:sent|gone out|come|arrived|circulated|shared)\b|\b(?:reports?|advice|paperwork) (?:\w+ ){0,3}?(?:not|never|n't) (?:been |yet )?(?:sent|gone out|come|arrived|circulated|shared)\b/,
    /notice|review\b[^.?!]*\bdays?\b|\b(?:no|none of the) (?:reports?|advice|paperwork)\b|(?:reports?|advice|paperwork) (?:\w+ ){0,3}?(?:not|never|n't)\b/],
  // A meeting with school or the SENCo ("got my first meeting with the senco", "meeting the class teacher"): getting ready for it.
  ['schoolmeeting', /\b(?:meeting|meet|meetings|appointment|sit down|catch up|chat) (?:\w+ ){0,2}?(?:with|at|to|and) (?:the |my |our |his |her |their |a )?(?:senco|school|teacher|class teacher|head|head teacher|teachers)\b|\bmeeting (?:the |my |our |his |her )?(?:senco|class teacher|teacher|head teacher)\b|\b(?:senco|school) meetings?\b/,
    [['meeting', 'meet', 'meetings', 'appointment', 'sit', 'catch', 'chat']]],
  // "Does the summer holiday stop the EHCP clock?": whether the time limits pause, not the council ending a plan.
  ['clockpause', /\b(?:stop|stops|stopping|pause|pauses|pausing|freeze|freezes|halt|halts|suspend|suspends)\b (?:\w+ ){0,3}?(?:clocks?|timers?|countdown|timescales?|deadlines?|time limits?)\b|\b(?:clocks?|timers?|countdown|timescales?|deadlines?|time limits?) (?:\w+ ){0,2}?(?:stop|stops|stopped|pause|paused|pauses|freeze|frozen|still (?:run|runs|count|counts)|run|runs|running|count|counts|counting)\b(?: \w+){0,3}? (?:over|during|in|through)\b/,
    [['clock', 'clocks', 'timer', 'timers', 'countdown', 'timescale', 'timescales', 'deadline', 'deadlines', 'limit', 'limits']]],
  // "They made the plan without asking us", "nobody asked my son": the family's and child's views (CFA s19), not a refusal.
  ['notconsulted', /\b(?:without|never|not|didn'?t|did not|didnt|no one|nobody|noone)\b (?:even |once |ever )?(?:ask(?:ing|ed)?|consult(?:ing|ed)?|involv(?:ing|ed)|speak(?:ing)? to|spoke to|spoken to|talk(?:ing|ed)? to|listen(?:ing|ed)? to|hear(?:d|ing)? from)\b (?:(?:to |with )?(?:us|me|him|her|them|my \w+|our \w+|his \w+|her \w+|the (?:child|parents?|family))\b|(?:\w+ )?(?:about )?(?:anything|what (?:we|he|she|they|i) (?:want|think)))/,
    [['without', 'never', 'not', 'didnt', 'didn', 'did', 'nobody', 'noone', 'one'], ['ask', 'asking', 'asked', 'consult', 'consulting', 'consulted', 'involving', 'involved', 'speak', 'speaking', 'spoke', 'spoken', 'talk', 'talking', 'talked', 'listen', 'listening', 'listened', 'hear', 'heard', 'hearing']]],
  // "We moved to England from abroad", "she had a support plan in our country": a plan from another country (no article says what happens yet).
  ['fromabroad', /\b(?:from|in|at) (?:abroad|overseas|another country|a different country|other country|our (?:home )?country|my (?:home )?country|our old country|outside (?:the uk|england|britain))\b|\b(?:moved|moving|came|come|arrived|relocated|relocating) (?:\w+ )?(?:to|into) (?:england|the uk|britain|the united kingdom)\b|\b(?:moved|moving|came|arrived|relocated) (?:here )?from (?:abroad|overseas)\b/,
    [['abroad', 'overseas', 'country', 'outside', 'england', 'uk', 'britain', 'kingdom']]],
  // "Teacher call me every day": the school in touch about the child, not a call for help ("call 999"). (Not "...to come and collect him": sent home.)
  ['schoolcalls', /\b(?:teachers?|school|senco|head|head teacher)\b (?:keeps? |keep on |always )?(?:call|calls|calling|called|ring|rings|ringing|rang|phone|phones|phoning|phoned) (?:me|us)\b(?! (?:up )?(?:\w+ )?(?:to|and) (?:come|collect|pick|get|fetch|take)\b)/,
    [['call', 'calls', 'calling', 'called', 'ring', 'rings', 'ringing', 'rang', 'phone', 'phones', 'phoning', 'phoned'], ['me', 'us']]],
  // "My english not good", "sorry for my English": about the writer, not the question (the retriever treats the token as a stop word).
  ['ownenglish', /\b(?:my|our) english (?:is )?(?:not|isnt|is not|no|very|so|bad|poor|not very|not so)\b|\b(?:sorry|excuse|apologies) (?:for|about) (?:my|our) (?:bad |poor |broken )?english\b|\benglish (?:is )?(?:not|isnt|is not) (?:my|our) (?:first|main|own) language\b/,
    [['english']]],
  // "How do I appeal admissions?", "a school admission refusal for my non-send child": ordinary admissions, with no EHC plan named (no article covers them).
  ['schooladmissions', /^(?!.*\b(?:ehcp|ehc plan|ehcplan|education health and care plan|section i|named in)\b).*\badmissions?\b/, [['admission', 'admissions']]],
  // "He doesn't have an EHCP, how do I apply for a secondary school place": ordinary admissions, the plan said to be missing.
  ['schooladmissions', /\b(?:(?:does not|doesn'?t|doesn t|do not|don'?t|don t|has no|have no|hasn'?t got|without an?|no) (?:have |got )?(?:an? )?(?:ehcp|ehc plan|plan))\b.*\b(?:school place|(?:first|second|third) (?:choice|preference)|(?:apply|applying|application) for (?:a |the )?(?:\w+ )?(?:school|place))\b/,
    [['place', 'choice', 'preference', 'apply', 'applying', 'application'], ['no', 'not', 'doesnt', 'dont', 'without', 'hasn', 'doesn', 'don']]],
  // "Will the tribunal still name private schools after the reforms?": a question about the proposals, whatever they are about.
  ['aboutreforms', /\b(?:reforms?|white paper|education for all bill)\b/, [['reform', 'reforms', 'white', 'bill']]],
  // "Are the 20 week timescales changing?", "is the law changing": a change to the law asked about, which only the proposals would make.
  ['aboutreforms', /\b(?:are|is) (?:the )?(?:\w+ ){0,3}?(?:timescales?|time limits?|deadlines?|rules|laws?|system|ehcps|ehc plans|weeks?) (?:\w+ )?(?:changing|going to change|being changed|about to change|set to change)\b/,
    [['changing', 'change', 'changed']]],
  // "It's been 23 weeks since I asked": a council past its time limit.
  // "If I home educate, does the EHCP still count?": a plan and home education, which no article covers (asking for an assessment
  // for a child educated at home is covered, so not when an assessment, or getting a plan, is named).
  ['homeedplan', /^(?!.*\b(?:assess|(?:get|apply for|ask for|request) (?:an? )?(?:ehcp|ehc plan|plan)\b))(?=.*\b(?:ehcp|ehc plan|plan|statement)\b).*\bhome[- ]?(?:educat\w*|school\w*)\b/,
    [['home', 'homeschool', 'homeschooling', 'homeschooled'], ['educate', 'educated', 'educating', 'education', 'school', 'schooling', 'schooled', 'homeschool', 'homeschooling', 'homeschooled'], ['ehcp', 'plan', 'statement']]],
  // "The tribunal ordered the LA to amend the plan", "the LA lost at tribunal but still hasn't done it": what the council must do
  // after a tribunal's decision (not the council's own time limits for a change after a review).
  ['tribunalorder', /\b(?:tribunal|judge)s?\b(?: (?:has|have|had))? (?:ordered|orders|order|told|directed|instructed|said)\b(?: (?:the|our|my))? (?:council|la|local authority|them|it)\b|\b(?:council|la|local authority)\b(?: \w+){0,2}? lost\b(?: \w+){0,2}? (?:tribunal|appeal)\b|\b(?:we|i) (?:have )?won\b(?: \w+){0,2}? (?:tribunal|appeal)\b|\btribunal(?:'s)? (?:order|orders|decision)\b(?: \w+){0,6}? (?:comply|complied|complying|carry out|carried out|implement\w*|not done|hasn'?t done|has not done|ignor\w*)\b|\bwhat the (?:tribunal|judge) (?:said|ordered|decided)\b/,
    [['tribunal', 'tribunals', 'judge', 'judges', 'lost', 'won'], ['ordered', 'orders', 'order', 'told', 'directed', 'instructed', 'said', 'lost', 'won', 'decision', 'decided']]],
  // "The LA won't reassess him, can I appeal?": a refusal to reassess, which the appeals article names (not how to ask for one).
  ['refusereassess', /\b(?:refus\w*|won'?t|wont|will not|not going to|declin\w*|turn(?:s|ed)? down|reject\w*|said no to|say no to|says no to)(?: to)?(?: \w+){0,2}? re-?assess\w*|\bre-?assess\w* (?:\w+ ){0,2}?(?:refused|turned down|declined|rejected)\b/,
    [['reassess', 'reassessment', 'reassessed', 'reassessing', 're']]],
  // "Can the school make me pay for the TA?", "do I have to pay for anything in an EHCP?": a family asked to pay for help in a plan
  // (no article says; not what mediation or an appeal costs).
  ['chargefamily', /\b(?:make|makes|making|made|ask|asks|asking|asked|expect|expects|charge|charges|charging|charged)\b (?:me|us|parents|families) (?:to )?(?:pay|for|contribute)\b(?: \w+){0,4}? (?:ta|teaching assistant|1:1|one to one|support|help|provision|therapy|therapies|equipment|resources|plan|ehcp|section f)\b|\b(?:do|does|will|would|should|must) (?:i|we|parents|families) (?:\w+ ){0,2}?(?:pay|contribute)\b(?: \w+){0,4}? (?:in|on|from|towards) (?:the |an? |his |her |their |my |our )?(?:ehcp|ehc plan|plan|section f)\b/,
    [['pay', 'contribute'], ['ehcp', 'plan', 'ta', 'assistant', 'support', 'help', 'provision', 'therapy', 'therapies', 'equipment', 'resources', 'f', 'one', '1']]],
  // "They refused to assess because the school hasn't used its top-up funding": money given as the reason for a refusal to assess,
  // which is not part of the legal test (the refusal is the topic, not how schools are funded).
  ['fundingreason', /\b(?:refus\w*|won'?t|wont|will not|not going to|declined|turned down|rejected|said no|say no|says no)\b(?: \w+){0,4}? (?:assess\w*|ehcna|request\w*)\b.*\b(?:because|as|since|until|unless|saying|said|says|reason)\b.*\b(?:funding|funds|funded|budget|money)\b/,
    [['funding', 'funds', 'funded', 'budget', 'money'], ['assess', 'assessment', 'assessing', 'assessed', 'ehcna', 'request']]],
  ['late', /\b(?:been|over|nearly|almost|more than) (?:\d+|\w+ty(?:[- ]\w+)?) (?:weeks|months)\b(?! (?:old|of age|ago))|\b\d+ (?:weeks|months) (?:since|and still|later and still|on and still)\b/,
    [['weeks', 'months']]],
];

/** The tokens the patterns add: said by how a whole message is put, so they belong to no one part of it. */
export const PATTERN_TOKENS: ReadonlySet<string> = new Set(PATTERN_CONCEPTS.map(([canonical]) => canonical));

/** A concept that says which of two readings is meant: the other's token goes ("refuse the school" is no refusal to assess). */
/**
 * The word groups of the quick looks, by word: which concept's group each word satisfies (a bit
 * per group). A text's words are each looked up once, instead of every group's words being looked
 * for in the text (building the index reads every article).
 */
const GATE_GROUPS_BY_WORD = new Map<string, Array<readonly [concept: number, bit: number]>>();
/** For each pattern concept, the bits of all its word groups (0 for a regular-expression gate). */
const GATE_FULL_MASK: readonly number[] = PATTERN_CONCEPTS.map(([, , gate], concept) => {
  if (gate instanceof RegExp) return 0;
  gate.forEach((group, g) => {
    for (const word of new Set(group)) {
      const list = GATE_GROUPS_BY_WORD.get(word);
      if (list) list.push([concept, 1 << g]); else GATE_GROUPS_BY_WORD.set(word, [[concept, 1 << g]]);
    }
  });
  return (1 << gate.length) - 1;
});

const OVERRIDES: ReadonlyArray<readonly [concept: string, drops: string]> = [
  // A refusal to assess for a reason about money: the refusal is asked about, not school funding.
  ['fundingreason', 'schoolsenfunding'],
  ['fundingreason', 'funding'],
  ['fundingreason', 'nomoney'],
  ['schoolrefused', 'refusal'],
  // "The school we want is too expensive": naming a school, not help going undelivered for lack of money.
  ['schoolrefused', 'nomoney'],
  // "Starts reception next year, no EHCP yet": no plan to move on with, so not a phase transfer.
  ['noplanyet', 'phasetransfer'],
  // "He has a diagnosis, but they say he must be on SEN support for 2 years first": the time rule is asked about, the diagnosis is background.
  ['sensupporttime', 'diagnosis'],
  ['sensupporttime', 'senco'],
  // "The council won't come to mediation": the council taking part, not who can come with you.
  ['councilattends', 'come'],
  // "Can the LA refuse mediation?": whether it must take part, not a refusal to assess.
  ['councilattends', 'refusal'],
  // "They won't reassess him": the refusal (which can be appealed) is asked about, not how to ask for a reassessment.
  ['refusereassess', 'reassessment'],
  // "Stop his plan in year 11 because he's doing his GCSEs fine": ending the plan is asked about, the exams are the reason given.
  ['ceaseplan', 'gcses'],
  ['ceaseplan', 'gcse'],
  ['ceaseplan', 'exams'],
  ['ceaseplan', 'exam'],
  // "Am I too late to appeal?" is the parent's deadline, not the council running late.
  ['lateappeal', 'late'],
  // Who said it, or who the meeting is with, is not the topic: "the SENCo thinks she needs an EHCP,
  // how do we get one?" is how to ask; "my first meeting with the SENCo, what should I bring?" is
  // getting ready for it, not what a SENCo is.
  ['howtoget', 'senco'],
  ['schoolmeeting', 'senco'],
  // "What a school offers for SEN" is its SEN information report, not the council's Local Offer.
  // "School say no help, how I ask council?": the school said no; the council has refused nothing.
  ['schoolnohelp', 'refusal'],
  ['schoolsenoffer', 'offers'],
  ['schoolsenoffer', 'offer'],
  // "An individual support plan instead of an EHCP": the proposed reforms, not a council refusing a plan.
  ['gindividualsupportplan', 'refusetoissue'],
  // "Come and get him at lunchtime": sent home, not a question about lunchtimes.
  ['senthome', 'lunchtime'],
  ['senthome', 'lunchtimes'],
  ['ownenglish', 'english'],
  // "Teacher call me every day": not "call 999".
  ['schoolcalls', 'call'],
  ['schoolcalls', 'calls'],
  ['schoolcalls', 'calling'],
  ['schoolcalls', 'called'],
  // "Private schools after the reforms": the reforms are the topic (the kinds of school are not).
  ['aboutreforms', 'independentschool'],
  // "Does the summer holiday stop the EHCP clock?": the time limits, not ending the plan.
  ['clockpause', 'ceaseplan'],
  // "We moved to England from abroad": not a move between English councils.
  ['fromabroad', 'moved'],
  ['fromabroad', 'moving'],
  // "Can the SENCo refuse to apply?": who may ask (a parent can), not a council's refusal to assess.
  ['parentasks', 'refusal'],
  // Medicines at school: the school's own policy, not a GP's question about medicines.
  ['schoolmedical', 'medicines'],
];

export interface Vocabulary {
  /**
   * Replaces each known phrase with its concept token, keeping the phrase's last word (its head
   * noun: "plan", "assessment"), so "education health and care plan" no longer matches articles
   * about health and care.
   */
  canonicalise(text: string): string;
  /** Every canonical token a text mentions. */
  conceptsIn(text: string): string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Concepts whose last word means something else on its own ("speech delay" is not a council's "delay"). */
// (An age said as "18 year old" keeps no "old": it says nothing more than the age does, and "turn 25 years old" is not about who acts.)
const WITHOUT_HEAD: ReadonlySet<string> = new Set(['over16', 'under5', 'developmentaldelay', 'payback', 'senthome', 'nomoney', 'heardsaid', 'notattending', 'senpanel', 'schoolsenfunding', 'childinneed', 'youthcustody', 'phasedate',
  'firststeps', 'childneedshelp', 'plancontent', 'preactionletter', 'interests', 'cannotmeetneeds', 'onlygets']);

const NOT_A_DURATION = '(?! (?:weeks?|months?|days?|working days|hours?|minutes?|years? ago)\\b)';

/** True when every one of `words` is in `set`. */
function hasAll(set: ReadonlySet<string>, words: readonly string[]): boolean {
  for (const w of words) if (!set.has(w)) return false;
  return true;
}

/** Puts n into a list kept in ascending order. */
function insertSorted(list: number[], n: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < n) lo = mid + 1; else hi = mid;
  }
  list.splice(lo, 0, n);
}

export function canonicalToken(term: string): string {
  return 'g' + term.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

// (Each replacement only where its characters occur: building the index normalises every article.)
const CURLY_QUOTES = /[\u2018\u2019\u02bc`\u201c\u201d]/;

export function normaliseText(text: string): string {
  let t = text.toLowerCase();
  if (CURLY_QUOTES.test(t)) t = t.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"');
  if (t.includes("'s")) t = t.replace(/\b(\w+)'s\b/g, '$1');
  return t.replace(/\s+/g, ' ');
}

export function buildVocabulary(glossary: readonly GlossaryEntry[] = []): Vocabulary {
  const pairs: Array<{ phrase: string; canonical: string }> = [];
  const corePhrases = new Set<string>();
  for (const [canonical, phrases] of CORE_SYNONYMS) {
    for (const p of phrases) { pairs.push({ phrase: normaliseText(p), canonical }); corePhrases.add(normaliseText(p)); }
  }
  for (const entry of glossary) {
    const all = [entry.term, ...entry.aliases].map(normaliseText);
    // A glossary term that shares a phrase with the core table joins that concept.
    const core = all.map((p) => pairs.find((x) => x.phrase === p && corePhrases.has(p))?.canonical).find(Boolean);
    const canonical = core ?? canonicalToken(entry.term);
    for (const phrase of all) if (phrase.length >= 2 && !pairs.some((x) => x.phrase === phrase)) pairs.push({ phrase, canonical });
  }
  // Longest phrases first, so "ehc needs assessment" wins over "assessment".
  pairs.sort((a, b) => b.phrase.length - a.phrase.length);
  const matchers = pairs.map(({ phrase, canonical }) => {
    const words = phrase.split(/[^a-z0-9]+/).filter(Boolean);
    return {
      phrase,
      canonical,
      // The phrase's words after the first (which the text has, or the phrase would not be tried):
      // a quick look before the text is searched for the whole phrase.
      laterWords: /^[a-z0-9]/.test(phrase) ? words.slice(1) : words,
      // (Not a number: "is 17" stands for the age group, and 17 on its own would count it twice.)
      head: words.length > 1 && !/^\d+$/.test(words[words.length - 1]) && !WITHOUT_HEAD.has(canonical) ? words[words.length - 1] : '',
      // (An age ends in a number: "is 16" is not "is 16 weeks".)
      re: new RegExp(`(^|[^a-z0-9])${escapeRegExp(phrase)}(?=$|[^a-z0-9])${/\d$/.test(phrase) ? NOT_A_DURATION : ''}`, 'g'),
      // "council" for "council": the text stays as it is; only the concept is noted.
      unchanged: phrase === canonical,
    };
  });
  // A phrase can only match where its first word stands as a whole word, so each text tries only
  // the phrases whose first word it contains (the speed of building the index depends on it).
  const byFirstWord = new Map<string, number[]>();
  const alwaysTry: number[] = [];
  matchers.forEach(({ phrase }, i) => {
    const first = /^[a-z0-9]+/.exec(phrase)?.[0];
    if (!first) { alwaysTry.push(i); return; }
    const list = byFirstWord.get(first);
    if (list) list.push(i); else byFirstWord.set(first, [i]);
  });

  const candidates = new Uint8Array(matchers.length);
  const rewrite = (text: string): { text: string; concepts: string[] } => {
    let t = normaliseText(text);
    const concepts: string[] = [];
    // The phrases worth trying: those whose first word the text has, in order (longest first).
    // (Only those are tried: building the index reads every text, and most try a few dozen of the
    // many phrases. A word's phrases are marked once, however often the text uses it.)
    // (One array for every text, cleared each time: rewriting never waits, so texts never share it.)
    const candidate = candidates.fill(0);
    let queue: number[] = [...alwaysTry];
    for (const i of alwaysTry) candidate[i] = 1;
    // The phrase being tried (-1 before they are): marked ones before it are not tried.
    let at = -1;
    const seenWords = new Set<string>();
    // Which word groups of the pattern concepts' quick looks the text's words satisfy (a bit each).
    const gateBits = new Int32Array(PATTERN_CONCEPTS.length);
    const mark = (word: string) => {
      if (seenWords.has(word)) return;
      seenWords.add(word);
      for (const i of byFirstWord.get(word) ?? []) {
        if (candidate[i]) continue;
        candidate[i] = 1;
        // (Sorted once before they are tried. A phrase marked while an earlier one is tried is
        // tried in its turn; one already passed is not.)
        if (at < 0) queue.push(i); else if (i > at) insertSorted(queue, i);
      }
      for (const [concept, bit] of GATE_GROUPS_BY_WORD.get(word) ?? []) gateBits[concept] |= bit;
    };
    for (const word of t.match(/[a-z0-9]+/g) ?? []) mark(word);
    // (The text's words, now known, are the quick look for most patterns.)
    PATTERN_CONCEPTS.forEach(([canonical, pattern, mustContain], c) => {
      const passes = mustContain instanceof RegExp ? mustContain.test(t) : gateBits[c] === GATE_FULL_MASK[c];
      if (passes && pattern.test(t)) { concepts.push(canonical); t = `${t} ${canonical}`; mark(canonical); }
    });
    // In order, longest first; a replacement's new words may let a later (shorter) phrase match.
    // (A typed array sorts numbers natively, without a comparison function.)
    queue = Array.from(Int32Array.from(queue).sort());
    for (let q = 0; q < queue.length; q++) {
      const i = queue[q];
      at = i;
      const { phrase, canonical, laterWords, head, re, unchanged } = matchers[i];
      // (The text's words, kept up to date as phrases are replaced, rule most phrases out without
      // reading the text: a phrase can only match where each of its words stands as a whole word.)
      if (!hasAll(seenWords, laterWords) || !t.includes(phrase)) continue;
      if (unchanged) {
        re.lastIndex = 0;
        if (re.test(t) && !concepts.includes(canonical)) concepts.push(canonical);
        continue;
      }
      t = t.replace(re, (_m, lead: string) => {
        if (!concepts.includes(canonical)) concepts.push(canonical);
        const added = head && head !== canonical ? head : '';
        mark(canonical);
        if (added) mark(added);
        return `${lead}${canonical}${added ? ` ${added}` : ''}`;
      });
    }
    for (const [concept, drops] of OVERRIDES) {
      // (`drops` is a concept's token, or a plain word the concept makes misleading.)
      if (!concepts.includes(concept) || !new RegExp(`\\b${drops}\\b`).test(t)) continue;
      t = t.replace(new RegExp(`\\b${drops}\\b`, 'g'), ' ');
      if (concepts.includes(drops)) concepts.splice(concepts.indexOf(drops), 1);
    }
    return { text: t, concepts };
  };
  return {
    conceptsIn: (text: string) => rewrite(text).concepts,
    canonicalise: (text: string) => rewrite(text).text,
  };
}
