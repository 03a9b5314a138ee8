import assert from 'node:assert/strict';
import { INTERRUPTION_THRESHOLD, LocalRecognizer, isInterruption, looksLikeSendTopic } from '../../src/domain/recognizer/localRecognizer';
import type { Intent } from '../../src/domain/recognizer/recognizer';
import { normaliseText } from '../../src/domain/recognizer/normaliseText';
import { loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { REAL_KB } from '../helpers/fixtures';
import { soundsAngry, soundsNearBreakingPoint, upsetAboutASendMatter, withoutTheFeelings } from '../../src/domain/recognizer/upsetAboutSend';

const recognizer = new LocalRecognizer();

function expectIntent(intent: Intent, phrases: readonly string[]): void {
  for (const text of phrases) {
    it(`"${text}" -> ${intent}`, async () => {
      const r = await recognizer.recognize(text);
      assert.equal(r.intent, intent, `got ${r.intent} (${r.score}) alternatives ${JSON.stringify(r.alternatives)}`);
      assert.ok(r.score > 0 && r.score <= 1);
    });
  }
}

describe('local recognizer: what parents ask for', () => {
  describe('starting an EHC needs assessment request (doing it, not asking about it)', () => {
    expectIntent('flow.ehcRequest', [
      'I want to apply for an ehcp for my son',
      'help me ask the council to assess my daughter',
      'can you draft the request letter',
      'start the EHC request',
      'i wanna request an ehcp assesment for my boy',
      'we would like to ask the LA for an EHC needs assessment',
      'please help me put in a request for a needs assessment',
      'Can you help me write to the local authority asking them to assess my son?',
      'id like to get my daughter assessed for an ehcp',
      'ask for an EHC needs assessment',
      'i have decided to apply for the ehcp myself because school wont',
      'my son needs an ehcp where do i even start',
      'could you help me apply for an education health and care plan',
      'we are applying for an ehcp can you help',
      // Found with fresh messages: the evidence, and "let's do it" after being told to apply
      'can you help me gather the reports i need so the council will assess her',
      'please help us pull together paperwork so they assess our son for an ehcp',
      "my friend says we should just ask for an ehcp assessment ourselves, ok let's get started",
      // Found with fresh messages: the council as the one to act, "one of those plans", a SENCo saying who they are first
      'we would like the council to assess our son',
      "i'd like him assessed for one of those plans",
      'I am a SENCo at a secondary school and would like to apply for an EHC needs assessment for a pupil',
    ]);
  });

  describe('general questions that only sound like a choice or a request (set AW)', () => {
    expectIntent('kb.ask', [
      // (Tester CB: a relative clause, "a form I have to use to ask", asks about the form, not to start the request.)
      'is there a form i have to use to ask for assessment, the la website says i must use their form',
      // (Tester AZ, via the routing helper: where to start is general; legal steps the bot names are SEND questions.)
      'i think my child has additional needs what should i do first',
      'what is a pre-action letter',
      'what is a judicial review',
      // Asking about IPSEA, not asking the bot to start the appeal steps.
      'wot is IPSEA and can they help me with my appeal',
      // Keeping records is advice for everyone, not a judgement on their case.
      'should i keep a diary of what happens at school',
      // A fact a friend gave, checked: the rule, not the parent's own case.
      'My friend said the 15 days for the draft are counted from the date printed on the letter. Is that right?',
    ]);
  });

  describe('a young person taking over a plan a parent has run is asking about their rights, not starting a request', () => {
    expectIntent('kb.ask', [
      'i am 18 and autistic, my mum does all my ehcp stuff but i want to do it myself now, can i',
      'im 17, my dad sorts out my plan and assessment stuff but i want to do it myself, am i allowed',
    ]);
  });

  describe('a statutory time limit named by its length ("the 6 week rule") is a SEND question', () => {
    expectIntent('kb.ask', [
      'whats the sixteen week rule',
      'is the 20-week timescale in working days',
      'explain the six week rule',
    ]);
  });

  describe('their own child permanently excluded, with a meeting ahead: a person, not an article on part-time timetables', () => {
    expectIntent('beyondGuidance', [
      'he was permanently excluded yesterday and there is a governors meeting on monday, what should we do',
      'our son has been expelled and the panel is on thursday, help',
    ]);
    expectIntent('kb.ask', ['can a school permanently exclude a pupil who has an ehcp']);
  });

  describe('questions about the EHC request go to the knowledge base', () => {
    expectIntent('kb.ask', [
      'who can request an assessment?',
      'how long does the council have to decide?',
      "do I need school's agreement to ask?",
      'can a parent apply for an ehcp without the senco',
      'what should I include in a request for an ehc assessment',
      'i want to know how to apply for an ehcp',
      'what is the legal test for an ehcna',
      'if I request an assessment can the school stop me',
    ]);
  });

  describe('getting ready for mediation or an appeal', () => {
    expectIntent('flow.mediation', [
      'help me get ready for mediation',
      'get me ready for mediation pls',
      'I want to appeal the council’s decision',
      "we've got a mediation meeting next week, what should I prepare",
      'work out my appeal deadline',
      'help me prepare for mediaton',
      'i want to take the council to tribunal over section i',
      'we want to challenge the refusal to assess',
      'our tribunal hearing is in 3 weeks how do i prepare',
      'can you help me get ready for the send tribunal',
      'get ready for mediation or an appeal',
      'when is my deadline to register the appeal',
      'i need to appeal against the decision not to issue a plan',
      'mediation is booked for next month, how should i plan for it',
      'start again, prepare me for the tribunal',
    ]);
  });

  describe('questions about mediation go to the knowledge base', () => {
    expectIntent('kb.ask', [
      'what happens at mediation',
      'is mediation compulsory',
      'how long does the adviser have to give a certificate',
      'who is the mediation adviser',
      'can the school come to mediation',
      'what is the time limit for appealing to the tribunal',
      'does mediation stop the appeal clock',
      'what can the tribunal order the council to do',
    ]);
  });

  describe('wants a person', () => {
    expectIntent('handoff.person', [
      // (Tester CA: a parent with dyslexia, told "I cannot help with that" five times.)
      'can i speek to a reel persen pleese',
      'can I talk to someone',
      'is there a real person',
      'put me through to an adviser',
      'i need to speak to sendiass',
      'can i speak to a real human',
      'Talk to a person',
      'i would rather chat with a human being',
      'how do i get in touch with my local sendiass',
      'can someone ring me back please',
      'i want to talk to someone about my sons plan',
      'speak to an advisor',
      'are you a real person or a bot i want a human',
      'human please',
      'can i talk to somone who knows about ehcps',
      // Found with fresh messages: filler words, details to pass on, a worker asking for a family
      'is there someone real i could talk to',
      'is there anybody i can actually speak with',
      'just a real person please',
      'please give my number to an adviser',
      'can you pass our contact details to sendiass',
      'could someone from sendiass help the mum directly, she cannot read the letters',
    ]);
  });

  describe('wants a judgement on their own case (beyond guidance)', () => {
    expectIntent('beyondGuidance', [
      'is paying a solicitor worth it for us, the hearing is soon',
      'should we go it alone at the tribunal or get a barrister',
      'write our appeal for us please',
      'could somebody go through my daughters draft plan with me',
      'will I win at tribunal',
      "can you check my son's plan",
      'is what the school did to us legal',
      "should I accept the council's offer",
      'read this letter and tell me what to do',
      'is our case strong',
      'do we have a good case for a specialist school',
      'will the judge agree that the mainstream school cant meet his needs',
      'please look over my daughters draft plan and tell me if its ok',
      'is section f of my sons ehcp specific enough',
      'what would you do if you were me',
      'what are our chances at tribunal',
      'should we sign the mediation agreement',
      'can i sue the school for not following his plan',
      'can we take legal action against the council',
      'could we claim compensation for the missed therapy',
      'which school would be best for my son',
      'would a special school be better for my daughter',
      'i need advice about my own situation',
      'sorry for the long message but my daughter is 12 and has been struggling at secondary school since year 7, she has dyslexia and anxiety and the school say she is fine but she comes home crying every day and refuses to go in some mornings, we asked for help but nothing has changed, what should we do',
      'can someone give me guidance on our particular circumstances',
    ]);
  });

  describe('distress without risk of harm', () => {
    expectIntent('distress', [
      "I'm exhausted and can't cope with this fight anymore",
      'I feel so alone',
      "I'm at the end of my tether",
      'nobody listens to us',
      'im so tired of battling everyone for my son',
      'i cry every night because of the school',
      'honestly i feel like im failing my daughter',
      'we are at breaking point with the council',
      'i cant take any more of this',
      'I am completely overwhelmed by all the paperwork',
      'i broke down in the school office this morning',
      'honestly this whole process is hell',
      'battling the council for this plan is destroying me',
      'where can i get support with my own mental health',
      'honestly i could strangle the senco after that meeting',
      'we missed the review because my dad passed away',
      'his meltdowns are breaking me',
      'i cant cope at school anymore',
    ]);
    // (Tester AZ: how the child copes at school, in a needs description, is not the parent's distress.)
    it('"she has autism and adhd, cant cope in class, meltdowns every day" is not distress', async () => {
      assert.notEqual((await recognizer.recognize('she has autism and adhd, cant cope in class, meltdowns every day, only 2 hours a day in school')).intent, 'distress');
      assert.notEqual((await recognizer.recognize('he cannot cope in assembly or at lunchtime')).intent, 'distress');
    });
  });

  describe('distress in a few words or a face', () => {
    expectIntent('distress', ['crying', "i'm crying", 'so sad', 'upset', 'im in tears again', '\u{1F62D}\u{1F62D}', '\u{1F622}', "i'm sat here crying over the letter"]);
    it('a laughing face, or a sad face after thanks, is not distress', () => {
      const recognizer = new LocalRecognizer();
      assert.notEqual(recognizer.recognizeNow('\u{1F602}\u{1F602}').intent, 'distress');
      assert.equal(recognizer.recognizeNow('thanks \u{1F622}').intent, 'thanks');
    });
  });

  describe('small talk and help', () => {
    expectIntent('greeting', ['hi', 'Hello there!', 'good morning', 'hiya', 'good afternoon, hope you are well', 'hi hope all is ok']);
    expectIntent('help', ['main menu', 'start', 'where do I start', 'how do i start', 'how do we get started', "im so confused by all of this, where do i even start", 'i dont even know where to start with send']);
    expectIntent('thanks', ['thankyou so much', 'thanks so much that really helped', 'cheers', 'ta', 'ok thanks']);
    expectIntent('goodbye', ['bye', 'thats all for now, bye', 'see you later', 'goodnight']);
    expectIntent('help', ['what can you do?', 'how does this work', 'help', "I'm confused what do I do", 'what can i ask you']);
  });

  describe('flow control', () => {
    expectIntent('cancel', ['cancel', 'forget it, stop', 'stop', 'never mind', 'i dont want to do this anymore', 'quit please']);
    expectIntent('restart', ["let's start over", 'start again', 'can we start from the beginning', 'restart', 'begin again please']);
    expectIntent('back', ['go back', 'oops I want to change that', 'back', 'previous question', 'i made a mistake', 'wait that is wrong', 'can i change my last answer']);
  });

  describe('out of scope (not about SEND)', () => {
    expectIntent('outOfScope', [
      "what's the weather",
      'book me a table',
      'who won the match',
      'tell me a joke',
      'can you book me a GP appointment',
      "what's the capital of France",
      'whats the weather like in leeds tomorrow',
      'recomend a good film',
      'how do i get to manchester airport',
      'what is 12 times 7',
      'order me a pizza',
      'when is my council tax due',
      'any good holiday deals for half term',
      'can you book us a holiday in spain',
      // SEND words, but not a SEND question
      'how do i challenge a parking ticket i got on the school run with my autistic daughter',
      'can we get a council tax discount because our son has an ehcp',
      'my sister is 33 and autistic, how does she get support from adult services',
    ]);
  });

  describe('unusual questions in SEND-land still go to the knowledge base', () => {
    expectIntent('kb.ask', [
      'ehcna meaning',
      'can my autistic son have a personal budget for swimming lessons',
      'does the plan cover school transport in the holidays',
      'my daughter has dyslexia and the school says she is fine',
      'section b',
      'what is pda',
      'annual review next week',
      'can we get eotas',
      'is a pru the same as alternative provision',
      'what does semh stand for',
      'tribnal dedline',
      'do the assessment timescales still count over the summer holidays',
    ]);
  });

  describe('an upset parent who also asks a SEND question gets the answer, with distress noted', () => {
    for (const text of ["I'm so stressed, how long does the council have to decide?", 'i feel so alone in this. what happens at an annual review',
      'we have a tribunal date but im worried the council will not turn up what do you think']) {
      it(`"${text}"`, async () => {
        const r = await recognizer.recognize(text);
        assert.equal(r.intent, 'kb.ask');
        assert.equal(r.alternatives?.[0]?.intent, 'distress');
      });
    }
  });

  describe('an angry or worried parent telling what is happening gets the answer, with distress noted (set AL)', () => {
    for (const text of [
      // The tester's words.
      "I am absolutely furious. The council have refused to assess my daughter for an EHCP AGAIN. Second time. She's 9 and hasn't been in school properly since September",
      "hi sorry im really worried and i dont really know where to start. my son is 6 and they think he might be autistic but we are on a waiting list for 2 years. i'm scared he'll fall behind and nobody will help him until then",
      'im at my wits end with the council, they wont answer emails about my sons ehcp',
      // Other ways of saying it.
      'im so angry. school have excluded him again for the third time this term',
      "I'm really worried, the school says they can't meet his needs and want him to go part time",
      "we are so frustrated, the senco keeps saying he's fine but he can't read at 8",
      'im so stressed, the annual review was 3 months ago and we still havent had the amended plan',
      'sick and tired of chasing the council, the draft plan came and it names no school',
      'I am so upset. They have refused to issue a plan after the assessment',
      'at the end of my tether with the school, they keep sending him home at lunchtime',
    ]) {
      it(`"${text}"`, async () => {
        const r = await recognizer.recognize(text);
        assert.equal(r.intent, 'kb.ask', `got ${r.intent} ${JSON.stringify(r.alternatives)}`);
        assert.equal(r.alternatives?.[0]?.intent, 'distress');
      });
    }
  });

  describe('feelings with nothing else, or a parent near breaking point, stay distress (whatever else is said)', () => {
    expectIntent('distress', [
      'im at my wits end with the council',
      'I am absolutely furious',
      "I'm so angry with the council",
      'im so stressed about the annual review',
      "I can't cope any more",
      "I'm at breaking point and crying every night",
      // ("And can't cope" tells; it is not a question.)
      "I'm exhausted and can't cope, the council have refused to assess my son again",
      'im crying, they refused the ehcp',
      'i give up, the school have excluded him again',
      'i feel like im failing my son, the school say he doesnt need sen support',
    ]);
  });

  describe('several commands in one message: the last one, or a person, wins', () => {
    expectIntent('restart', ['stop, lets start over']);
    expectIntent('back', ['no wait, go back']);
    expectIntent('handoff.person', ['forget it, can i talk to a person', 'can a person help me instead']);
    expectIntent('goodbye', ['thanks, bye', "that's everything thanks"]);
  });

  describe('safeguarding comes first', () => {
    it('a risk message is recognised as safeguarding with full confidence', async () => {
      const r = await recognizer.recognize('my daughter says she wants to die, can you help me apply for an ehcp');
      assert.equal(r.intent, 'safeguarding');
      assert.equal(r.score, 1);
      assert.equal(isInterruption(r), true);
    });
  });

  it('gives scores between 0 and 1 and alternatives best first', async () => {
    const r = await recognizer.recognize('help me prepare for mediation about the ehcp');
    assert.ok(r.score >= 0 && r.score <= 1);
    const alts = r.alternatives ?? [];
    for (let i = 1; i < alts.length; i++) assert.ok(alts[i - 1].score >= alts[i].score);
    assert.ok(alts.every((a) => a.intent !== r.intent));
  });

  it('an empty message is not an interruption', async () => {
    assert.equal(isInterruption(await recognizer.recognize('   ')), false);
  });
});

describe('local recognizer: interruptions inside a guided flow', () => {
  const interruptions: ReadonlyArray<readonly [string, Intent]> = [
    ['can I speak to a real human', 'handoff.person'],
    ['talk to a person', 'handoff.person'],
    ['i want to speak to an adviser now', 'handoff.person'],
    ['forget it, stop', 'cancel'],
    ['cancel', 'cancel'],
    ['stop this please', 'cancel'],
    ["let's start over", 'restart'],
    ['start again', 'restart'],
    ['oops I want to change that', 'back'],
    ['go back', 'back'],
    ['sorry i typed the wrong date', 'back'],
    ['help', 'help'],
    ["I'm confused what do I do", 'help'],
    ["i don't understand the question", 'help'],
    ['what does that mean', 'help'],
  ];
  for (const [text, intent] of interruptions) {
    it(`"${text}" interrupts as ${intent}`, async () => {
      const r = await recognizer.recognize(text);
      assert.equal(r.intent, intent, `got ${r.intent} ${r.score}`);
      assert.equal(isInterruption(r), true, `score ${r.score} is below ${INTERRUPTION_THRESHOLD}`);
    });
  }

  // Ordinary answers to the flows' questions (who, when, what, yes/no, choices, descriptions).
  const flowAnswers = [
    'my son',
    'yes',
    'no',
    '15 March',
    '2026-10-01',
    'he finds reading hard and gets overwhelmed in class',
    'SENDIASS',
    'sendiass are coming with me',
    'a friend or family member',
    'no one',
    'not sure yet',
    'Not yet: I have not decided',
    'the decision letter and the EHC plan',
    'he wants to stop going to school because of the noise',
    'she went back to school in september but only part time',
    'I want them to change section F so it says how many hours of speech therapy',
    'they said no to assessing him',
    'he needs help with reading and writing',
    'the school cant meet his needs',
    'he talks to someone at camhs every week',
    'she started again at a new school in year 5',
    'my daughter, she is 9',
    'we had a meeting with the senco last week',
    'i dont know the exact date, sometime in october',
    'about 3 weeks ago',
    'the council refused to issue a plan',
    'he gets help from a teaching assistant for an hour a day',
    'her speech therapist said she needs more support',
    'stopping his one to one support',
    'back in january',
    'help with social skills and making friends',
    'i would like them to name a special school',
  ];
  for (const text of flowAnswers) {
    it(`flow answer "${text}" is not an interruption`, async () => {
      const r = await recognizer.recognize(text);
      assert.equal(isInterruption(r), false, `taken as ${r.intent} (${r.score})`);
    });
  }

  it('isInterruption needs an interruption intent and a score at or above the threshold', () => {
    assert.equal(isInterruption({ intent: 'cancel', score: INTERRUPTION_THRESHOLD }), true);
    assert.equal(isInterruption({ intent: 'cancel', score: INTERRUPTION_THRESHOLD - 0.01 }), false);
    assert.equal(isInterruption({ intent: 'kb.ask', score: 1 }), false);
    assert.equal(isInterruption({ intent: 'distress', score: 1 }), false);
    assert.equal(isInterruption({ intent: 'safeguarding', score: 1 }), true);
  });
});

describe('looksLikeSendTopic', () => {
  it('is true for SEND, school, disability and children\'s support', () => {
    for (const t of ['what is an ehcp', 'the senco will not reply', 'my son is autistic and struggling', 'annual review paperwork', 'can the LA refuse', 'my daughter needs more support at nursery']) {
      assert.equal(looksLikeSendTopic(t), true, t);
    }
  });
  it('is false for everyday topics', () => {
    for (const t of ['what is the weather', 'book me a table for two', 'who won the football', 'tell me a joke', 'how do i pay my council tax']) {
      assert.equal(looksLikeSendTopic(t), false, t);
    }
  });
});

describe('the glossary and the recognizer', () => {
  // A parent asking about any term the glossary explains is asking about SEND ("can we get eotas"
  // was once "I can only help with SEND"). These few are everyday words outside SEND talk.
  const EVERYDAY_WORDS = new Set(['Contact (charity)', 'Amendment', 'Placement', 'Served']);
  it('counts every SEND term in the glossary as a SEND topic', () => {
    for (const entry of loadKnowledgeBase(REAL_KB).glossary) {
      if (!EVERYDAY_WORDS.has(entry.term)) assert.equal(looksLikeSendTopic(`what about ${entry.term}`), true, entry.term);
    }
  });
});

describe('recognizer: words that are also JavaScript property names', () => {
  it('reads "constructor" and "toString" as the words they are', () => {
    assert.equal(normaliseText('what does the constructor say'), 'what does the constructor say');
    assert.equal(normaliseText('toString valueOf'), 'tostring valueof');
  });
});

describe('upset about SEND: near breaking point or not, and what is searched for', () => {
  it('hears despair and exhaustion in the parent, not in the child', () => {
    for (const text of ["I can't cope any more", "I'm at breaking point and crying every night", 'we are so exhausted', 'i have been crying every night', 'I feel completely alone in this']) {
      assert.equal(soundsNearBreakingPoint(text), true, text);
    }
    for (const text of ['she comes home in tears every day', 'he cannot cope in mainstream', 'the school say they cannot cope with him', 'I am absolutely furious', 'im at my wits end with the council', 'really worried']) {
      assert.equal(soundsNearBreakingPoint(text), false, text);
    }
  });

  it('tells feelings with something happening from feelings alone', () => {
    assert.equal(upsetAboutASendMatter('im at my wits end with the council, they wont answer emails about my sons ehcp'), true);
    assert.equal(upsetAboutASendMatter('im so angry. school have excluded him again'), true);
    assert.equal(upsetAboutASendMatter('im at my wits end with the council'), false);
    assert.equal(upsetAboutASendMatter('im so stressed about the annual review'), false);
    assert.equal(upsetAboutASendMatter("I'm exhausted and can't cope, the council have refused to assess my son again"), false);
  });

  it('searches with the feelings taken out, and leaves a calm message as it is', () => {
    assert.equal(withoutTheFeelings("I am absolutely furious. The council have refused to assess my daughter for an EHCP AGAIN. Second time."),
      'The council have refused to assess my daughter for an EHCP AGAIN. Second time.');
    const worried = withoutTheFeelings("hi sorry im really worried and i dont really know where to start. my son is 6 and they think he might be autistic but we are on a waiting list for 2 years. i'm scared he'll fall behind");
    assert.match(worried, /^my son is 6 and they think he might be autistic but we are on a waiting list for 2 years\./);
    assert.doesNotMatch(worried, /worried|where to start|scared/);
    const calm = 'how long does the council have to decide whether to assess my child?';
    assert.equal(withoutTheFeelings(calm), calm);
  });

  it('hears anger, so the kind word fits it', () => {
    assert.equal(soundsAngry('I am absolutely furious. The council have refused to assess'), true);
    assert.equal(soundsAngry('im at my wits end with the council, they wont answer emails'), true);
    assert.equal(soundsAngry('hi sorry im really worried and i dont really know where to start'), false);
  });
});
