import type { RiskKind } from './safeguardingDetector';

/**
 * The second net under the safeguarding rules. The rules (safeguardingDetector.ts) know risks by
 * their wording, and every fresh set of messages written by testers found risks told in words
 * they did not know: by their signs ("pale and floppy", "hasn't come home, phone off"), by what a
 * child said or did, or by two ordinary things that together are not ordinary ("a burn mark on her
 * wrist she won't talk about"). This net looks for signs of a few kinds, and calls a message a risk
 * when signs of two different kinds meet in it, in the combinations below. One everyday sign is
 * never enough here: "he hits when overwhelmed", "her seizures", "a bruise from PE" are everyday
 * SEND questions.
 *
 * Each sign is a short list of words; each combination says why it means danger. The message is
 * read whole: the combinations are chosen so that their signs rarely meet by chance in a SEND
 * question, and a few signs are a risk on their own (ONE_MAKES_A_RISK) or when two different
 * ones are seen (TWO_MAKE_A_RISK). Checked against every fresh tester set and the near misses in
 * tests/recognizer/safeguardingPhrases.ts. The rules run first; this net only runs when they find
 * nothing.
 */

type Sign =
  | 'medicalAlarm' // a body in trouble: floppy, will not wake, cannot breathe, collapsed
  | 'medicalEvent' // something happening to the body: a fit, being sick, a fall, a reaction, a shunt or tube
  | 'emergencyEvent' // a fit, a reaction, something swallowed or taken: the kind that can turn fast
  | 'now' // happening now, minutes ago, tonight, not stopping, medicine not working
  | 'injury' // marks of harm: blood, bruises, burns, a black eye, a lump
  | 'unexplained' // an injury nobody explains, or a child who cannot tell
  | 'physicalHarm' // someone hit, shook, grabbed, beat, strangled, sat on someone
  | 'adultOrOther' // someone other than the child: a parent, partner, relative, staff, a stranger, other children
  | 'sexualStrong' // touching a child, beds at night, nakedness, private parts
  | 'sexualWeak' // sexual words that also come up in ordinary questions
  | 'sexualised' // a young child acting out or drawing what they should not know
  | 'secrecy' // secrets, not telling, threats if they tell
  | 'grooming' // gifts, money, phones, older people, games and apps where strangers meet children
  | 'contactRequest' // someone wants to meet a child, or asks for pictures
  | 'criminalWork' // running packages, dealing, holding things for others
  | 'fear' // someone is afraid of a person, or of what they themselves might do
  | 'control' // money, phone or freedom taken by someone
  | 'confinement' // shut in, locked in, a dark room, could not get out
  | 'selfConfine' // locked themselves in
  | 'missing' // a child not where they should be and nobody knows where
  | 'missingTime' // it is late, dark, hours, overnight, phone off, looked everywhere
  | 'hopeless' // no point, cannot go on
  | 'hopelessStrong' // better off without me, goodbye notes, giving things away, never waking up
  | 'means' // tablets, pills, a rope, a bridge, a blade
  | 'selfHarmSign' // sleeves to hide arms, plasters, blades hidden, marks on arms or thighs, stopped eating
  | 'weapon' // a knife or other weapon
  | 'threat' // a threat, or a condition with a threat behind it
  | 'violentWord' // kill, stab, shoot, hurt someone
  | 'substance' // drunk or on drugs
  | 'inCharge' // looking after children, the children there
  | 'neglectSign' // hungry, no food, same clothes, dirty, left alone, no heating
  | 'medicineWithheld' // medicines or care kept from a child
  | 'marriagePlan' // a marriage arranged for someone
  | 'marriageRisk' // abroad, a cousin, does not understand
  | 'notEating' // not eating or drinking for days
  | 'overdoseSign' // a lot of tablets taken
  | 'violentAct' // harm that is never ordinary: by the throat, against the wall, beaten up
  | 'disclosure' // a child has told someone
  | 'selfHarmAct' // cutting again, hiding burns: self-harm said without the word
  | 'givenSubstance' // alcohol or drugs given to a child by someone
  | 'delusion' // a carer acting on voices or beliefs: a child to be cleansed, possessed
  | 'ridOfChild' // wanting a child gone or hurt, said by the adult
  | 'youngCarer' // a child doing the caring at home
  | 'notAtSchool' // out of school for weeks
  | 'hotCar' // a child shut in a car in the heat
  | 'adultInCrisis' // a parent or carer in psychosis or breaking down: not able to keep a child safe
  | 'parentAtEdge' // a parent who does not trust themselves with their child
  | 'groomingGifts' // gifts, phones, cash, lifts from an older person
  | 'revenge' // making someone pay, getting back at them (not "make the council pay compensation")
  | 'explosive' // bombs and things that blow up
  | 'extremism' // mass shootings, people who "need wiping out"
  | 'fabricated' // illness nobody else sees
  | 'adultHarmsChild' // a parent, partner, relative or member of staff hits a child or the writer
  | 'leftAlone' // a child on their own, nobody back
  | 'behaviourChange' // wetting again, clingy, nightmares: a child changed
  | 'avoidsPerson' // a child who suddenly will not be near someone
  | 'transactional' // a place to stay or money in return for something
  | 'moneyTaken' // savings sent, loans taken out for someone
  | 'indecentImages' // pictures of children on someone's laptop
  | 'poisonSwallowed' // a button battery, magnets, bleach swallowed
  | 'cruelPunishment' // a belt used on a child, a mouth taped, shut out of the house at night, could not sit down for days
  | 'suicideAct' // an attempt told in passing: in the car in the garage with the engine on, a ligature
  | 'cannotKeepSafe' // a parent who says they cannot keep their child safe
  | 'dangerousAct' // fires set, a car swerving round a child in the road, climbing out of an upstairs window
  | 'recently' // last night, this week, yesterday: something that has just happened
  | 'dangerPlace' // keeps going to a railway, a bridge, a cliff edge, a car park roof
  | 'lowMood' // really down, low, withdrawn, in a dark place
  | 'unsafeSleep'; // a baby asleep on an adult on the sofa

const w = (list: readonly string[]): RegExp => new RegExp(`\\b(?:${list.join('|')})\\b`, 'g');

const PRONOUN = '(?:him|her|them)';
const CHILD = '(?:him|her|them|my (?:son|daughter|child|kid|boy|girl)|our (?:son|daughter|child))';

const SIGNS: Readonly<Record<Sign, RegExp>> = {
  medicalAlarm: w([
    'floppy', 'limp', 'unresponsive', 'not responding', 'not responsive', 'will not wake', 'would not wake', 'cannot wake',
    'can not wake', 'hard to wake', 'difficult to wake', 'not waking', '(?:cannot|can not|will not) (?:really )?wake up', 'wake up properly',
    'barely awake', 'drowsy', 'really sleepy', 'so sleepy', 'very sleepy', 'confused', 'slurring', 'slurred', 'cannot breathe',
    'can not breathe', 'could not breathe', 'cannot catch (?:his|her) breath', 'struggling to breathe', 'struggling for breath',
    'hardly breathing', 'barely breathing', 'fighting for breath', 'gasping', 'wheezing', 'not breathing', 'turning blue', 'gone blue',
    'going blue', 'lips are blue', 'blue lips', 'gone grey', 'going grey', 'grey and', 'pale and', 'really pale', 'very pale',
    'white as a sheet', 'clammy', 'collapsed', 'passed out', 'fainted', 'fainting', 'unconscious', 'knocked out', 'not making sense', '(?:can|could) (?:barely|hardly) stand',
    'blood sugar (?:is |of )?(?:1|2|\\d point \\d)', 'burning up', 'stiff neck', 'rash (?:that )?(?:does not|will not) (?:fade|go)',
    'non blanching', '(?:lips|tongue|throat|face|mouth) (?:is |are )?(?:swelling|swollen|puffing)', '(?:went|gone|going|turned|turning) a (?:funny|strange|weird|odd|blue|grey|purple) colou?r',
    '(?:being |been )?sick and (?:sleepy|drowsy|dizzy|confused)', 'throat (?:is )?(?:closing|tight)',
    'swelling up', '(?:will not|would not|does not|has not|not) stop(?:ping)? bleeding', 'bleeding (?:will not|would not|does not|has not|not) stop(?:ped)?', 'gasping noises', 'blue ish', 'bluish', 'vomiting blood', 'coughing (?:up )?blood', 'coughing and crying', 'not himself', 'not herself', '(?:cannot|can not) finish a sentence', 'ribs (?:are )?sucking in', 'sucking in (?:under|between) (?:his|her) ribs',
    '(?:keeps |keep )?nodding off', 'breathing (?:really |very |so )?(?:fast|quick|quickly|funny|strange)', 'sleepy now', 'coughing (?:loads|a lot|up water)', 'keeps (?:dropping|falling) (?:off|asleep)',
    'dizzy and pale', 'pale and dizzy',
    'bluish', 'blue ?ish', 'cold and (?:blue|grey|mottled)', 'mottled', 'wheezy', 'breathing (?:really |very |so )?(?:deep and fast|fast and deep|deep and quick|heavy and fast)', '(?:meter|monitor|reader|libre|dexcom|reading) (?:just )?(?:says|reads|shows|showing|saying) (?:hi|high)\\b',
    '(?:mouth|lips) (?:is |are )?(?:foamy|foaming)', 'foaming at the mouth', '(?:leg|arm|wrist|ankle) (?:looks|is) (?:wrong|the wrong way|bent|broken)',
    '(?:keeps|keep) wanting to (?:sleep|go to sleep|nod off)', '(?:can not|cannot|will not) stay awake',
  ]),
  medicalEvent: w([
    'fit', 'fits', 'fitting', 'seizure', 'seizures', 'seizing', 'being sick', 'been sick', 'throwing up', 'threw up', 'vomit\\w*',
    'banged (?:his|her|their) head', 'hit (?:his|her|their) head', 'fell', 'fallen', 'a fall', 'swallowed', 'allergic', 'allergy',
    'reaction', 'epipen', 'epi pen', 'headache', 'head is killing', 'shunt', 'stoma', 'peg', 'trach', 'tracheostomy', 'tube',
    'diabetes', 'diabetic', 'type 1', 'pear drops', 'ketones?', '(?:meter|monitor|libre|dexcom) (?:just )?(?:says|reads|shows|saying) (?:hi|high|lo|low)', 'blood sugar', 'oxygen', 'feeding pump', 'concentrator', 'ventilator', 'suction', 'epilepsy', 'epileptic', 'insulin', 'glucagon', 'asthma', 'inhaler', 'temperature', 'fever', 'buccal', 'midazolam', 'rescue med\\w*',
    'overdose', 'too many', 'tablets', 'pills', 'medicine', 'medication', 'meds', 'insulin', 'bleach', 'battery', 'batteries', 'magnets?',
    'gave (?:him|her|them) something', 'went under', 'pulled (?:him|her|them) out', '(?:nearly|almost) drowned', 'drown\\w*', '(?:took|taken|had) something', 'drank', 'ate',
    '(?:fell|fallen|falls) (?:down|off) (?:the |a |the whole )?(?:whole )?(?:flight of )?(?:stairs|bunk bed|trampoline|wall|climbing frame)', 'banged (?:his|her|their) head', 'been sick (?:twice|again|three times|\\d+ times)',
  ]),
  emergencyEvent: w([
    'fit', 'fitting', 'seizure', 'seizing', 'swallowed', 'allergic reaction', 'reaction', 'anaphyla\\w*', 'choking', 'epipen',
    'epi pen', 'buccal', 'midazolam', 'rescue med\\w*', 'overdose', 'bleach', '(?:button )?batter(?:y|ies)', 'magnets',
    '(?:took|taken|had|swallowed|ate|eaten|drank) (?:\\w+ ){0,2}?(?:a load|loads|lots|a lot|a handful|handful|all|too many|some|a few|the whole) (?:of )?(?:\\w+ )?(?:tablets|pills|meds|paracetamol|medicine|medication|painkillers|gummies)',
    'ventilator', 'oxygen concentrator', 'suction machine', '(?:home )?oxygen',
    'puffed (?:right )?up', '(?:lips|eyes|face|tongue|throat|mouth) (?:\\w+ ){0,4}?(?:puffed|puffy|swelling|swollen|swelled)',
  ]),
  now: w([
    '(?:it is|its|it s) (?:gone )?(?:[1-4]|one|two|three|four) ?am', 'right now', 'just now', 'at the moment', 'tonight', 'this minute', '(?:\\d+|a few|few|five|ten|twenty) (?:minutes|mins) ago',
    'an hour ago', 'half an hour ago', '(?:for|about|over|more than|nearly|almost) (?:\\d+|five|six|seven|eight|nine|ten|fifteen|twenty) (?:minutes|mins)',
    'been going on', 'is not stopping', 'has not stopped', 'will not stop', 'would not stop', 'not stopped', 'not stopping',
    'is not working', 'has not worked', 'did not work', 'not working', 'not doing (?:anything|owt|nothing)', 'is not helping', 'getting worse', 'since teatime', 'since last night',
    'all night', '(?:he is|she is|they are|is) (?:choking|fitting|seizing|having a (?:fit|seizure))', 'what do i do now', 'what should i do now', 'i am with (?:him|her) now', 'is now', 'now (?:he|she) is',
    '(?:\\d+|a few|few|ten|twenty|thirty|forty|fifty) (?:minutes|mins) (?:left|of battery|battery|of power|of oxygen)', 'battery (?:is )?(?:low|running out|dying|nearly (?:dead|flat|gone))', '(?:oxygen|battery|power) (?:is )?(?:running out|nearly out|about to run out)',
    '(?:standing|sitting|is|she is|he is) (?:right )?on the (?:edge|roof|ledge|window ?sill)', '(?:will not|would not) come (?:back )?(?:in|inside|down off)', 'just (?:put|touched|fell|fallen|grabbed|pulled|swallowed|drunk|drank|eaten|ate|burned|burnt|scalded|cut|ran|run|got hit|been hit|was hit)',
  ]),
  injury: w([
    'blood(?! pressure| tests?| sugars?| glucose| count| results?| type| donor)', 'bleeding', 'bled', 'bleeds', 'bruise', 'bruises', 'bruised', 'bruising', 'black eye', 'burn mark', 'burn marks', 'a burn',
    'burns', 'carpet burns?', 'cigarette burn', 'welts?', '(?:lump|bump) on (?:his|her|their) head', 'broken (?:arm|wrist|nose|rib|ribs|leg|finger|bone|bones|tooth|teeth)',
    'fracture\\w*', 'finger ?marks', 'finger ?tip (?:bruises|marks)', 'nose ?bleeds?', 'sore (?:bottom|bum|privates|vagina|willy|front bottom)', 'pressure sores?', 'sores on (?:my|his|her|their) (?:back|bottom|bum|legs|hips)', 'hand marks', 'hand ?print', 'marks? on (?:his|her|their)', 'bite marks?', 'scratches on', 'scratched (?:his|her|their) (?:arms|legs|face|hands)',
    'cuts on', 'cuts all over', 'split lip', 'swollen (?:face|eye|cheek)', 'red marks', 'injury', 'injuries', 'injured', 'concussion',
    'stitches', 'limping',
    'bleding', 'bleedin',
    'blister\\w*', 'skin (?:has |s )?gone (?:white|black)', 'scald\\w*', '(?:hit|knocked down|run over|knocked over) by (?:a|the) (?:car|van|bus|lorry|bike|motorbike)',
    '(?:small |little )?round burns?', 'cigarette (?:end|burns?|marks?)', 'size of a cigarette',
    'red marks? (?:round|around|on) (?:her|his|their|my) (?:wrists?|arms?|neck|ankles?)', 'hurts to move',
  ]),
  unexplained: w([
    '(?:cannot|can not) talk', '(?:say|said|says) there was no (?:incident|accident)', 'no incident', 'comes? home crying',
    'uses aac', 'aac', 'talker', 'communication (?:device|book)', 'kept pressing',
    'will not say', 'would not say', 'will not tell', 'would not tell', 'will not talk about', 'would not talk about', 'does not want to talk about',
    'refuses to (?:say|talk|tell)', 'cannot explain', 'can not explain', 'no explanation', 'no idea how', 'nobody knows how', 'no one knows how',
    'unexplained', 'different story', 'does not add up', 'changing (?:his|her|their) story', 'non verbal', 'nonverbal', 'cannot tell me',
    'can not tell me', '(?:says|said) (?:that )?(?:he|she|they) (?:fell|slipped|tripped|bumped|walked into|touched|did it)', 'twice now', 'three times now', 'again and again',
    'another (?:bruise|burn|mark|cut)', '(?:no one|nobody) (?:there )?(?:will|would|can|could) (?:tell|say|explain)',
    'will not tell me what happened', 'flinch\\w*', '(?:cannot|can not) move (?:his|her|their) (?:legs|arms|body) (?:himself|herself|themselves|on (?:his|her|their) own)?', '(?:bruises|marks) (?:\\w+ ){0,6}?different colou?rs',
    '(?:nobody|no one|noone|nobody can|no one can) (?:explains?|can explain|will explain|knows how)', '(?:no|without an?) explanation',
  ]),
  physicalHarm: w([
    'hit', 'hits', 'hitting', 'punched', 'punches', 'punching', 'kicked', 'kicks', 'kicking', 'slapped', 'slaps', 'slapping',
    'smacked', 'smacks', 'smacking', 'beat', 'beats', 'beaten', 'beating', 'battered', 'shook', 'shaken', 'shaking (?:him|her|them)',
    'strangled', 'strangling', 'strangle', 'choked', 'choking (?:him|her|me)', 'by the throat', 'by the neck', 'by the hair', 'grabbed',
    'grabs', 'grabbing', 'shoved', 'shoves', 'pushed', 'pushing', 'threw', 'thrown', 'dragged', 'drags', 'stamped', 'head ?butted',
    'attacked', 'attacks', 'assaulted', 'burnt (?:him|her|them)', 'burned (?:him|her|them)', 'with a belt', 'whipped', 'pinned',
    'held down', 'holds? (?:him|her|them) down', '(?:sat|sits|sitting|kneels?|knelt|kneeling|lying|lies|lay) on (?:a|the|this) (?:\\w+ ){0,3}?(?:lad|boy|girl|child|kid|pupil|resident|young person|teenager)', 'holding (?:him|her|them) down', 'face down', '(?:sat|sits|sitting|kneels?|knelt|kneeling) on (?:him|her|them|his|her)',
    'on top of (?:him|her|them)', 'bit (?:him|her|me)', 'bites (?:him|her|me)', 'hurt (?:him|her|them|me|us)', 'hurts (?:him|her|them|me|us)',
    'hurting (?:him|her|them|me|us)', 'rough with', 'getting physical', 'lashed out', 'lashes out', 'beat (?:him|her|me) up',
    'beating (?:him|her|me) up', 'beaten up', 'smashed', 'smashes', 'shake (?:him|her)', 'shook (?:him|her)',
    '(?:held|holds|holding|pinned|pins|pinning) (?:her|him|them|me|my \\w+) down', '(?:throws?|threw|throwing|chucks?|chucked) (?:stuff|things|bottles|plates|objects|cups|chairs|\\w+) at (?:her|him|them|me|my \\w+)',
  ]),
  adultOrOther: w([
    'dad', 'daddy', 'father', 'mum', 'mummy', 'mother', 'mom', 'step ?dad', 'step ?mum', 'partner', 'husband', 'hubby', 'wife', 'boyfriend',
    'girlfriend', 'ex', 'uncle', 'aunt', 'auntie', 'grandad', 'grandpa', 'grandma', 'nan', 'nanny', 'cousin', 'lodger', 'neighbour',
    'man', 'men', 'woman', 'stranger', 'someone', 'somebody', 'teacher', 'teachers', 'teaching assistant', 'staff', 'head',
    'headteacher', 'head teacher', 'senco', 'driver', 'escort', 'carer', 'carers', 'care worker', 'support worker', 'key worker', 'respite',
    'babysitter', 'childminder', 'coach', 'tutor', 'older (?:boy|boys|girl|girls|lad|lads|kids|children|pupils?|man|men)',
    'lad', 'lads', 'a boy', 'a girl', 'colleague', 'colleagues', 'some boys', 'some kids', 'kids at school', 'other kids', 'other children', 'pupils?',
    'brother', 'sister', 'step ?brother', 'step ?sister', 'friends', 'mate', 'mates', 'gang', 'one to one', '1 1',
    '(?:daddy|dad|mummy|mum|mommy|mom|my partner|my husband|my wife) s? (?:friend|friends|mate|mates|brother|boss)',
  ]),
  sexualStrong: w([
    'sexual', 'sexually', 'naked', 'nude', 'nudes', 'knickers', '(?:pants|trousers|knickers) (?:down|off)', 'private parts', 'privates',
    'willy', 'penis', 'vagina', '(?:in|into|gets into|comes into|climbs into) (?:his|her|their) bed', '(?:into|in) (?:his|her|their) (?:bed)?room at night',
    'at night (?:into|in) (?:his|her|their) room', 'porn\\w*', 'undress\\w*', 'in the (?:shower|bath) with (?:him|her)',
    `touch(?:ing|es|ed)? (?:${PRONOUN}|me)(?! (?:hand|arm|shoulder|back|hair|head|work|things|stuff|food))`, 'hurt (?:my |his |her )?(?:bottom|bum|privates|willy|fanny|front bottom)',
    '(?:coming|comes|came|goes|went|keeps coming) (?:in|into) (?:my|his|her|their) (?:bed)?room (?:at night|in the night|when)', 'touch(?:ing|es|ed)? (?:his|her|their) (?:leg|legs|knee|thigh|bottom|bum|chest|privates)',
    '(?:take|taking|took|takes) (?:his|her|their) (?:kit|clothes|top|pants|knickers|trousers) off', 'sleeping with (?:a|an|this|that|some|older) (?:man|men|guy|bloke|woman)', 'tickling game', 'special game', '(?:with )?no clothes on', '(?:made|makes|making) (?:him|her|them) do (?:stuff|things) (?:to|for|with) (?:them|him|her)',
    'in the (?:bath|shower|bed) with (?:his|her|their) (?:\\w+ )?(?:sister|brother|cousin|uncle|stepdad|step dad)', 'walked in on', 'their game', 'our game', '(?:makes?|made|making) (?:him|her|them) do things',
    'what (?:he|she) makes (?:him|her) do', 'rude (?:pictures|photos|pics)', '(?:pics|pictures|photos) of (?:him|her|them)sel(?:f|ves)',
    '(?:secret|special|tickling|naughty) games? (?:\\w+ ){0,4}?(?:in the bath|in bed|in (?:his|her|their|my) (?:bed|room|bedroom)|with (?:her|him|them) (?:in|at))',
  ]),
  sexualWeak: w(['sex', 'sexy', 'bottom', 'bum', 'touching', 'touched', 'inappropriate', 'kiss\\w*', 'inside of (?:his|her|their) thighs', 'inner thighs?', '(?:tights|knickers|pants|underwear|clothes) (?:on )?(?:inside out|back to front)', 'love bites?', 'hickeys?',
  ]),
  sexualised: w([
    'touching (?:herself|himself) (?:loads|a lot|all the time)', 'no clothes on',
    'acting out', 'acts out', 'with (?:his|her) dolls', 'drawing', 'drawings', 'draws', 'pictures of', 'words (?:he|she|they) should not know',
    'should not know about', 'too young to know', 'sexual (?:stuff|things|pictures|words|behaviour|play|games)',
  ]),
  secrecy: w([
    'secret', 'secrets', 'not to tell', 'not tell anyone', '(?:i am|im|i m|we are|we re) not (?:supposed|meant|allowed) to know', '(?:not to|do not|must not|mustnt|dont) say anything', 'not (?:to )?tell (?:us|me|anyone|her parents|his parents|mum|dad)', 'mustnt tell', 'must not tell', 'cannot tell anyone', 'do not tell', 'can not know',
    'cannot know', 'must not know', 'if (?:he|she|they|i|you) tells?', 'if (?:he|she|they|i) told', 'keep (?:it|this) quiet',
    'keep (?:it|this) between', 'between (?:them|us)', 'will get in trouble if', 'never see (?:his|her|their|my) (?:mum|dad|mummy|daddy|family|kids|children) again',
    'locks? the (?:bathroom|bedroom) door', '(?:shuts|closes) the door (?:when|while) (?:he|she) (?:baths?|bathes|changes|dresses)',
    'keep (?:my|your|his|her|our) mouth shut', '(?:keep|kept) quiet about it',
  ]),
  grooming: w([
    'gifts?', 'gift cards?', 'presents', 'new phones?', 'two phones', 'second phone', 'another phone', 'money (?:he|she) (?:cannot|can not|will not) explain',
    'new trainers', 'new clothes', 'cash', 'lifts', '(?:picks|picking|picked) (?:him|her|them) up in', 'in (?:different|his|their) cars',
    'older (?:man|men|bloke|blokes|boy|boys|lad|lads|guy|guys|friends?|boyfriend|girlfriend)', 'much older', 'years older', '(?:who is|he is|she is|hes|shes) (?:2\\d|3\\d|4\\d)',
    'favours', 'train tickets?', 'staying out', 'out all night', 'hotel', 'parties', 'alcohol', 'vapes', 'snapchat', 'instagram',
    'tiktok', 'discord', 'whatsapp', 'roblox', 'fortnite', 'minecraft', 'xbox', 'playstation', 'online', 'met on', 'on (?:her|his|their) (?:ipad|tablet|phone)',
    'messag\\w* (?:him|her|them)', 'says (?:he|she) loves (?:him|her)', 'pretending to be', '(?:given|gave|gives) (?:him|her|them) a (?:phone|mobile|sim)',
    '(?:on (?:his|her) own|alone) after school', 'changing rooms on (?:his|her) own',
    'gaming server', '(?:discord|game) (?:server|chat)', '(?:says|thinks) (?:he s|he is|hes) (?:1[0-7]) but', 'voice sounds like an? (?:adult|man|grown up)',
  ]),
  contactRequest: w([
    '(?:wants?|wanted|asked|asking|asks|trying) (?:to )?meet (?:up with )?(?:him|her|them)', 'meet (?:him|her|them) (?:at|in|on|this|tomorrow|tonight|after)',
    'wants (?:him|her|them) to (?:meet|come|send|visit)', 'asking (?:him|her|them|my \\w+) for (?:pics|pictures|photos|nudes)',
    '(?:send|sending|sent) (?:\\w+ ){0,2}?(?:pics|pictures|photos|selfies|videos)', 'sending (?:him|her) (?:messages|texts|pictures)',
    'wants to meet', 'arranged to meet', 'going to meet', '(?:to )?(?:come|get|go|getting|coming|going) (?:in|into) (?:his|her|their) (?:van|car|house|flat)',
    '(?:who|that) (?:she|he|they) (?:is|s|are) (?:meeting|going to meet) (?:up )?(?:on )?(?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|this weekend|after school|in town)', '(?:meeting|meet|going to meet|is meeting|s meeting) (?:him|her|them|up with (?:him|her)) (?:on )?(?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|this weekend|after school|in town)',
  ]),
  criminalWork: w([
    'doing runs', 'runs for', 'drop(?:ping)? off packages', '(?:carry|carrying|carries|deliver|delivering|hold|holding) (?:packages|parcels|stuff|things) for',
    'hold stuff', 'holding stuff', 'dealing', 'sell(?:ing)? drugs', 'county lines?', 'cuckoo\\w*', 'moved into (?:his|her|their) flat',
    'using (?:his|her|their) (?:flat|house|home)', 'made to carry', 'making (?:him|her) (?:carry|hold|sell)',
    '(?:take|taking|takes|took|carry|carrying|drop|dropping|deliver\\w*) (?:\\w+ ){0,2}?(?:parcels?|packages?|bags?) (?:\\w+ ){0,3}?(?:on the train|on trains|on the bus|to other towns|to another town|out of town|to other cities|to (?:different|other) places)',
    '(?:money|cash|paid|pays|paying) (?:\\w+ ){0,2}?to (?:take|carry|deliver|drop off|hold) (?:parcels?|packages?|bags?|stuff|things)',
    'working for (?:a|an|some|this|these|the) (?:\\w+ )?(?:lad|lads|man|men|older|guy|guys|bloke|blokes|boy|boys)',
    '(?:made|make|makes|making|get|gets|got|getting) (?:him|her|them|my \\w+) (?:to )?(?:nick|steal|shoplift|pinch|rob|lift) (?:stuff|things|from|sweets|\\w+)',
  ]),
  fear: w([
    '(?:scared|afraid|frightened|terrified|petrified) of (?:him|her|them|his|her|their|my|our|the (?:teacher|staff|driver|escort|man|men|boys|lads|carer|taxi))',
    '(?:scared|afraid|frightened|terrified|petrified) to (?:go|be) (?:home|back|alone with|near|in)', 'too (?:scared|frightened|afraid) to',
    'hides when', 'hide when', '(?:crying|screaming|shouting) and (?:saying|shouting|screaming) no', 'screams? (?:now )?(?:when|as soon as) we (?:get|got) to the (?:gate|door|school|bus|car)', 'flinch\\w*', 'cowers', 'cowering', 'wet (?:himself|herself|themselves)', 'screams whenever',
    'not safe (?:at home|with|in (?:my|our|the) (?:house|home|flat))', 'scared for (?:my|her|his|our|both)', 'for (?:my|our) (?:life|lives|safety)',
    '(?:scared|afraid|frightened|terrified|worried) (?:that )?(?:i|we) (?:will|might|am going to|are going to|could|may)', 'so close to',
    '(?:will|might|going to|gonna) snap', 'scared myself', 'frightened myself', '(?:do not|dont) know if (?:i|we) can (?:go back|go home)',
    '(?:scared|afraid|frightened) to go (?:back|home)', '(?:scared|afraid|frightened|terrified) (?:to say no|for (?:her|him|them))', '(?:scared|frightened|afraid) of myself', '(?:scared|afraid|frightened|terrified) of what (?:i|we) (?:might|will|could|would) do',
    'before (?:i|we) (?:hurt|hit|shook|shake|smack)',
  ]),
  control: w([
    'controls (?:all )?(?:the|my|our|his|her|their) money', 'signing loans', 'loans in (?:my|his|her|their) name', 'takes (?:all )?(?:my|his|her|their) money', 'controls everything', 'checks my phone', 'takes my (?:bank )?card', 'takes (?:all )?(?:his|her|my|their) (?:money|benefits|pip|card|bank card|wages|allowance)',
    '(?:take|taking|took) (?:all )?(?:his|her|my|their) (?:money|benefits|pip|card|bank card|wages|allowance)', 'takes all', 'not allowed to (?:see|go|leave|have)', 'will not let me (?:see|go|leave|have)', 'locks (?:me|us) in', 'locked (?:me|us) in',
    'make sure i never see', 'giving (?:his|her) (?:pip|money|benefits) to', 'keeps (?:his|her|my) (?:money|card|benefits)',
  ]),
  confinement: w([
    `(?:shuts?|shutting|locks?|locked|locking|puts?|putting) ${CHILD} (?:\\w+ )?in (?:a|the|an) (?:\\w+ ){0,2}?(?:cupboard|room|toilet|shed|cage|box|cellar|bathroom|office)`,
    'held the door shut', 'holds the door shut', 'padded room', 'dark room', 'light off', 'lights off', 'could not get out', 'can not get out',
    'cannot get out', 'on (?:his|her|their) own in (?:a|the) (?:\\w+ )?room', '(?:makes?|made|making) (?:him|her|them) sleep (?:in the (?:garden )?(?:shed|garden|car|garage|cupboard)|outside|on the floor)',
    'sleep in the (?:garden )?shed', 'will not let (?:him|her|them) out', 'cupboard under the stairs',
    '(?:takes?|taking|took) (?:\\w+ ){0,5}?(?:into|in) (?:a|the) (?:\\w+ )?(?:room|toilet|bathroom|office|cupboard|van|car|shed) (?:\\w+ ){0,5}?(?:locks?|locked|locking) (?:it|the door)', 'under ?stairs cupboard', 'in the dark', '(?:put|being put|kept|shut|locked) in (?:a|the) (?:cupboard|cellar|shed|cage|box)',
    'they lock (?:it|the door|him in|her in)', 'locked in', 'shut in',
  ]),
  selfConfine: w(['locked (?:him|her|them)sel(?:f|ves) in', 'locks (?:him|her|them)sel(?:f|ves) in', 'barricaded', 'will not come out', 'would not come out',
    'locked (?:her|him|them)sel(?:f|ves) and (?:her|his|their|the|my) (?:\\w+ )?(?:baby|child|son|daughter|kids|children|little one|boy|girl) in', '(?:not|will not|would not|is not) (?:opening|open|answering) the door',
    'shut (?:him|her|them)sel(?:f|ves) in', '(?:shuts|shutting) (?:him|her|them)sel(?:f|ves) in',
  ]),
  missing: w([
    'not come home', 'not came home', 'not been home', 'not home yet', 'not back yet', 'not come back', 'never came home',
    'did not come home', 'has not come back', '(?:will not|would not|does not|did not|refuses to) (?:say|tell (?:me|us)) where (?:he|she|they) (?:is|are|have gone|has gone|went|took)',
    '(?:has |have )?taken (?:our|my|the) (?:son|daughter|child|kids|children|baby)(?! to )',
    '(?:took|taken|picked up|collected) (?:our|my|the) (?:son|daughter|child|kids|children) (?:out of|from) (?:school|nursery|college) without', 'without telling anyone', `(?:cannot|can not|could not) find ${CHILD}`, `(?:nobody|no one) (?:can|could) find ${CHILD}`,
    '(?:nobody|no one) knows where', '(?:do|does) not know where (?:he|she|they) (?:is|are|has gone|went)', 'not been seen', 'wandered off',
    'ran off', 'run off', 'ran away', 'run away', 'runs away', 'got out (?:of )?(?:the )?(?:front |back )?(?:door|gate|house)',
    'gone missing', 'is missing', 'went missing', 'been missing', 'missing since', 'missing for', 'disappear(?:ed|s|ing) for (?:days|hours|a day|the night|nights)(?! (?:in|into|on) )', 'left the house',
    'walked out', 'bolted', 'absconded', 'escaped',
    '(?:says|said|say) (?:he|she|they) (?:is|are|was|were|s) not (?:there|with (?:her|him|them))', '(?:has not|have not|not) been seen (?:at|in) (?:school|college|nursery)',
    '(?:is not|not) in (?:his|her|their) (?:bed|room)', '(?:his|her|their) bed (?:is )?empty', '(?:bedroom )?window (?:is |was |s )?(?:wide )?open',
    'let (?:him|her|them)sel(?:f|ves) out', 'found (?:him|her|them) (?:at the end of|on|in|wandering) (?:the )?(?:road|street|park|estate)',
    '(?:has been|been|s been|is) gone (?:for )?(?:\\d+|two|three|four|a few|several) days',
    '(?:still )?(?:is not|not) back (?:yet|home)?', '(?:still )?(?:is not|not) back$',
  ]),
  missingTime: w([
    'dark', 'at night', 'late', '\\d+ ?(?:pm|am|o clock)', 'midnight', 'security', '(?:\\d+|two|three|four|five|six|several) hours', 'an hour',
    'overnight', 'all night', 'for days', 'since (?:yesterday|last night|this morning|lunch|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d)',
    'phone (?:is )?(?:off|dead)', 'not answering', 'no answer', 'looked everywhere', 'searched everywhere', 'anywhere', 'police', 'pyjamas',
    'main road', 'busy road', 'roads', 'river', 'canal', 'not like (?:him|her|them)', '(?:\\d+|a few|few|twenty|thirty|forty) (?:minutes|mins) ago',
    'does not know (?:his|her|their) address',
    '(?:for|in) (?:\\d+|two|three|four|five|six|several|a few) weeks',
    '(?:[1-5]|one|two|three|four|five) ?am\\b',
    '(?:gone|been gone|away) (?:for )?(?:\\d+|two|three|four|a few|several) days',
  ]),
  hopeless: w([
    'no point', 'see the point', 'any point', 'what is the point', 'cannot go on', 'can not go on', 'cannot keep going',
    'cannot do this any ?more', 'can not do this any ?more', 'cannot cope any ?more', 'end of my (?:rope|tether)', 'broken me',
    'burden', 'give up on everything', 'given up on everything', 'tired of living', 'done with life', 'done with everything',
    'hate (?:my|his|her) life', 'hates (?:his|her) life',
  ]),
  hopelessStrong: w([
    'better off without', 'better off (?:with \\w+ (?:\\w+ )?and )?me (?:just )?gone', 'better off dead', 'me just gone', 'if i was gone',
    'if i were gone', 'not be here any ?more', 'not (?:want|wanting) to be here', 'disappear and never', 'want it (?:all )?to stop',
    'end it', 'ending it', 'end it all', 'ending it all', 'end my life', 'unalive', 'kms', 'kys', 'nothing to live for', 'goodbye',
    // (CC) Farewells: two of them together ("goodbye everyone, im done with all of it. tell my kids i love them").
    'this is goodbye', '(?:this is |that is |it is )?my last (?:message|post|text|goodbye)', 'sorry for everything', 'done with (?:all of it|it all|all this|everything|life)',
    'tell (?:my|the) (?:kids|children|boys|girls|son|daughter|family|husband|wife|partner|mum|dad) (?:that )?i love (?:them|him|her|you)',
    'look after (?:my|the) (?:kids|children|boys|girls|son|daughter) for me', 'i love you all', 'please forgive me',
    'will not be (?:here|around) (?:for|by|to see|much longer|any ?more)', 'sleep forever',
    'letters to (?:my|his|her) family', 'not wake up', 'never wake up', 'wants? to die', 'wanted to die', 'wish (?:i|he|she) (?:was|were) (?:dead|never born)',
    'wishes (?:he|she) (?:was|were) (?:dead|never born)', 'never been born', 'kill (?:myself|himself|herself)(?! laughing)', 'killing (?:myself|himself|herself)(?! laughing)',
    'driving into', 'drive into', 'walk into the sea', 'step in front', 'jump off', 'giving (?:away )?(?:all )?(?:his|her|their|my) (?:toys|games|things|stuff|belongings)(?: away)?',
    'given (?:away )?(?:all )?(?:his|her|my) (?:toys|games|things|stuff)', '(?:given|gave|giving|give) (?:away )?(?:my|his|her) \\w+(?: and (?:my|his|her) \\w+)? (?:away|to (?:my|his|her) (?:little |big )?(?:brother|sister|friend|friends|mum|dad))',
    '(?:wrote|written|writing|write) (?:letters?|notes?) to (?:my|his|her|their|everyone)', 'stockpil\\w*', '(?:saving|saved|hoarding|collecting) (?:up )?(?:my|his|her|their)? ?(?:pills|tablets|meds|paracetamol)', 'tonight (?:is|s) the night',
    'sorry for everything', 'bye (?:mum|dad|mummy|daddy|everyone)', 'it (?:will not|wont) matter (?:by then|anyway|soon|tomorrow)',
    '(?:not going to|will not|never going to) be (?:around|here|alive) (?:by the time|much longer|for much longer|by then anyway)', 'sleep and (?:not|never) wake up',
    '(?:be|join|joining) (?:with )?(?:my|her|his|their) (?:\\w+ )?(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad|husband|wife|partner|brother|sister|son|daughter|baby) (?:again )?(?:in heaven|up there)',
    '(?:written|wrote|writing|left) (?:\\w+ ){0,2}?letters? (?:for|to) (?:the (?:kids|children)|my (?:kids|children|son|daughter|family|husband|wife|partner|mum|boys|girls))', '(?:sorted|sorting|arranged|worked) (?:out )?who (?:will|would|is going to|can) (?:have|look after|take|get) (?:the|my|our) (?:dog|cat|kids|children|pets?|boys|girls)', '(?:put|putting|got|getting|sorting|sorted) (?:my|all my) (?:affairs|things|papers) in order',
    '(?:i|he|she) (?:know|knows|have decided|has decided|ve decided|have worked out|has worked out) (?:what|how|when) (?:i am|im|i m|i will|i ll|he is|he s|she is|she s|he will|she will) (?:going to )?(?:do|doing)(?: it)?',
    '(?:better off|be better) if (?:i|we) (?:took|take|taking) (?:them|the kids|the children|him|her) with (?:me|us)', '(?:i ve|i have|ive) (?:looked up|googled|searched) how(?: to)?', '(?:i ve|i have|ive) written (?:my|the|all my) (?:letters|notes)',
  ]),
  means: w([
    'tablets', 'pills', 'paracetamol', 'painkillers', 'meds', 'medication', '(?<!end of (?:my|the|our) )rope', 'belt', 'bridge', 'cliff', 'railway', 'train',
    'blade', 'blades', 'razor', 'razors', 'knife', 'knives', 'a wall', 'the motorway', 'how many', 'how much (?:paracetamol|of)',
    'lethal', 'dose', 'overdose', 'roof', 'ledge', 'balcony', 'railing', 'window',
  ]),
  selfHarmSign: w([
    'long sleeves', 'sleeves down', 'hid(?:ing|es)? (?:his|her|their) (?:arms|wrists|legs)', '(?:will|would) not let me see (?:his|her|their) (?:arms|wrists|legs)',
    'plasters', 'sharpener', 'blades?', 'razors?', '(?:cuts|marks|scratches|burns) (?:on|all over|up|along|across) (?:his|her|their) (?:arms|wrists|legs|thighs)', 'lines of cuts',
    'cuts all over', 'blood on (?:his|her|their) (?:sheets|bed|sleeves|towel|clothes)', '(?:pic|picture|photo) of (?:her|his|their) wrists',
    'hiding food', 'food hidden', 'making (?:himself|herself) sick', '(?:vomiting|sick) (?:after (?:every|each) meal|on purpose)',
    'weighing (?:himself|herself)', 'down to (?:\\w+ )?(?:stone|kilos|kg)', 'lost (?:loads of|a lot of|so much) weight',
    '(?:new|fresh) (?:cuts?|marks|scratches|burns|ones)(?: on (?:his|her|their|my) (?:arms?|wrists?|legs?|thighs?|stomach))? (?:every|each) (?:day|night|morning)', '(?:new|fresh) cuts? on (?:his|her|their|my) (?:arms?|wrists?|legs?|thighs?)', '(?:says|said|thinks|believes) (?:he|she|they|i) deserves? (?:it|the pain|to be hurt|to hurt|to suffer|to be punished)',
    '(?:videos?|posts?|clips?|searches|content) (?:about|on|of) (?:how to )?(?:hurt|harm|cut|burn) (?:yourself|himself|herself|themselves)', 'long sleeves (?:all summer|even when (?:it s|its|it is) (?:hot|boiling))',
  ]),
  // (Not cutlery or a prosthetic: "can't use a knife and fork", "a blade runner for sport".)
  weapon: w(['knife(?! (?:and|&) fork)', 'knives(?! (?:and|&) forks)', 'blade(?! runner)', 'machete', 'gun', 'axe', 'hammer', 'scissors', 'weapon', 'weapons', 'baseball bat']),
  threat: w([
    'threaten\\w*', 'threats?', 'make (?:them|those|the \\w+(?: \\w+){0,8}) pay(?! (?:compensation|money|for|back|costs?|damages|fees|a fine|the bill|out|up|attention|a payment|something|anything))', '(?:said|says|told (?:me|us|him|her)) (?:that )?(?:he|she|they) (?:would|will|is going to|was going to|are going to)',
    '(?:he|she|they) will get (?:him|her|me|us)', '(?:if|unless) (?:i|we) (?:do not|dont) \\w+', '(?:sort|deal with) (?:her|him|them) out', '(?:wants?|wanting|going|planning) to (?:hurt|kill|stab|shoot) (?:people|someone|everyone|them|us|me)', 'if (?:i|we|he|she) (?:leave|left|tell|tells|told|stop|stops)', 'waving', 'pointed (?:it|the \\w+) at',
    'came at (?:me|us|him|her)', 'coming at (?:me|us|him|her)', 'went for (?:me|us|him|her)', '(?:going|went|goes) for (?:his|her|my|our) (?:little |big |younger |older )?(?:sister|brother|mum|dad|siblings?)', 'banging on the door', 'at the door',
    'take (?:him|her|them) away from (?:me|us)', 'if (?:i|we|you) (?:\\w+ ){0,6}?(?:he|she|they) (?:will|would|is going to|ll) (?:burn|hit|hurt|kill|beat|smack|whip)',
  ]),
  violentWord: w([
    'kill', 'kills', 'killing', 'stab', 'stabbing', 'stabbed', 'shoot', 'shooting', 'murder', 'hurt (?:me|us|him|her|them|you|people|someone)',
    'beat (?:me|us|him|her|them) up', 'burn (?:the house|me|us|him|her)', 'get (?:him|her|them|me) tomorrow', 'smash', 'violen\\w*',
    'take (?:our|my|the) (?:son|daughter|kids|children|baby)(?: away)?(?= from (?:me|us)|$| and| if| abroad)', 'never see (?:them|the kids|the children) again', 'sectioned',
  ]),
  substance: w([
    'drunk', 'wasted', 'heroin', 'crack', 'cocaine', 'coke', 'weed', 'spice', 'ketamine', 'high on', 'off (?:his|her|their) face',
    'out of it', 'using again', 'using drugs', 'on drugs', 'taking drugs', 'drinks and', 'drinking (?:again|all day|heavily)', 'had a drink',
    'been drinking', 'when he drinks', 'when she drinks', 'after drinking', '(?:drinks|drinking) (?:most|every) (?:nights?|evenings?|days?)',
    '(?:clearly|was|is|obviously|really) high\\b', 'off (?:his|her|their) head', 'smell(?:ing|ed|s)? of (?:alcohol|drink|booze|weed|cannabis)',
    '(?:a )?bottle of (?:wine|vodka|gin|cider) and (?:then )?another', '(?:two|2|three|3) bottles of (?:wine|vodka|gin|cider)',
    'empty (?:wine |vodka |beer |cider )?bottles', 'on heroin',
    // (AO) drunk or high, in other words
    'pissed(?! off| at| with| about)', 'hammered', 'paralytic', 'legless', 'stoned', 'high as a kite', 'off (?:his|her|their) (?:nut|trolley|tits)',
    'out of (?:his|her|their) (?:head|tree|face)', 'blind drunk', 'steaming',
  ]),
  inCharge: w([
    'when the kids', 'when the children', '(?:kids|children) stay', '(?:kids|children) are with', 'looking after (?:the kids|the children|him|her|them)',
    'in charge of', 'contact weekends?', 'on contact', 'has the kids', 'has the children', 'with the kids', 'with the children',
    'drives (?:him|her|them)', 'driving (?:him|her|them)', 'in front of the (?:kids|children)', '(?:kids|children) hide', 'this weekend', 'at the school gates',
    'turned up', 'picks? (?:him|her|them) up',
    'with my (?:\\d|two|three|four|five|kids|children)\\b',
    // (AO) "my sister's looking after my autistic son", "the babysitter", "minding the kids"
    '(?:looking after|minding|watching|babysitting|caring for) (?:my|our|his|her|the) (?:\\w+ ){0,2}?(?:son|daughter|child|children|kids?|boys?|girls?|baby|grandson|granddaughter|nephew|niece|little one)s?',
    'babysitt\\w*', 'childminder',
  ]),
  neglectSign: w([
    'hungry', 'starving', 'no food', 'hardly any food', 'no food in', 'same nappy', 'nappy (?:all day|for hours|since)', 'red raw', 'lost weight',
    '(?:no one|nobody) (?:is )?letting (?:him|her|them) in', 'locked out', 'just a t ?shirt', 'crying at the (?:back |front )?door',
    '(?:leaves?|left|leaving) (?:me|him|her|them) in bed all day', '(?:will not|would not|does not) give (?:me|him|her|them) (?:my |his |her |their |any )?(?:meals|food|dinner|tea|breakfast|lunch)', 'pressure sores?', 'sleeps (?:most|all) of the day', 'not been fed', 'not fed', 'have not fed', 'same clothes', 'dirty clothes', 'filthy', 'smells', 'smelly',
    'unwashed', 'not washed', 'nits', 'head lice', 'left alone', 'home alone', 'on (?:their|his|her) own at night', 'no heating',
    'no gas', 'gas on', 'cut off', 'no electric\\w*', 'no water', 'cold house', 'mouldy', 'no bed', 'sleeps? on the floor',
    'sleeping in (?:his|her|their) coat', 'no coat', 'bins for food', 'stealing food', 'steals food', 'throw (?:his|her) food away',
    'rotten teeth', 'just a nappy', 'only a nappy', '(?:so|really|very) (?:skinny|thin)', 'never see (?:the|her|his|their) (?:mum|dad|mother|father|parents)', '(?:no|not got|have not got|not enough) money for food', 'electric\\w* (?:has |have |is )?(?:run out|ran out|gone off)', 'freezing',
    '(?:kept|keep) warm (?:under|with) coats', 'not taken to (?:the )?(?:doctor|dentist|hospital)', 'lost (?:loads of|a lot of|so much) weight', 'not safe',
    '(?:out|outside) (?:\\w+ ){0,4}?in (?:her|his|their|a|just a|only a|just her|just his) (?:nappy|nappies|underwear|pants|vest) in the (?:rain|cold|snow|dark)', 'in the (?:rain|cold|snow|dark) in (?:her|his|their|a|just a|only a) (?:nappy|underwear|pants|vest)', '(?:screaming|crying) and (?:banging|shouting|crashing) (?:every|most|all) (?:night|evening)s?',
    '(?:left|leaves?|leaving|lying|lies|sitting|sits|kept) (?:\\w+ )?in (?:a |his |her |their )?(?:wet|soiled|dirty|sodden) (?:pads?|nappy|nappies|bed|sheets|clothes)', '(?:wet|soiled) (?:pads?|nappy|nappies|bed) (?:all day|for hours|all night|since|til morning|till morning|until morning)',
    '(?:lecky|leccy|meter|power) (?:has |have |is )?(?:run out|ran out|gone|gone off)',
    'yesterday s nappy', 'yesterdays nappy', 'ravenous', 'always (?:starving|famished)', 'same (?:uniform|school uniform) all week', '(?:taking|takes|took|eating|eats|ate|getting) food (?:out of|from) the bins?',
    'needles (?:on|within|lying|left)', '(?:syringes|needles) (?:\\w+ ){0,4}?within reach',
    'feeding (?:themselves|himself|herself) (?:cereal|crisps|biscuits)', '(?:been|have been) feeding themselves', 'same clothes since',
    '(?:house|flat|room|he|she) (?:stinks|smells awful)', '(?:leave|leaves|left|leaving) (?:him|her|them) (?:alone|on (?:his|her|their) own)', '(?:a )?needles? in (?:my|his|her|the|our) (?:\\w+ ){0,3}?(?:toy box|bedroom|room|bag|cot|bed|sofa|toys)',
  ]),
  medicineWithheld: w([
    '(?:will not|does not|would not|refuses to|not|never) giv(?:e|es|ing) (?:him|her|them) (?:his|her|their) (?:meds|medication|medicine|tablets|insulin|inhaler)',
    'refuses (?:his|her|their) (?:meds|medication|medicine|insulin)', 'stops (?:his|her|their) (?:meds|medication|medicine)',
    'stopped (?:his|her|their) (?:meds|medication|medicine)', 'withhold\\w*', 'not prescribed', 'extra medication',
    '(?:forgets|forgot) (?:his|her|their) (?:meds|medication|medicine|insulin)',
    '(?:manage|cope|go|do|be fine|be ok|be okay|last) without (?:(?:his|her|their|them|it|any) )?(?:\\w+ ){0,2}?(?:till|until|til|for) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|(?:\\w+ )?days|a week)',
    '(?:meds|medication|medicine|tablets|seizure meds|insulin) (?:had not|have not|has not|had|have|has|were not|was not|not) (?:\\w+ )?(?:been )?given', 'not (?:been )?given (?:his|her|their) (?:meds|medication|medicine|insulin)',
    '(?:has not|hasnt|not|have not|havent) had (?:his|her|their) (?:\\w+ )?(?:meds|medication|medicine|insulin|tablets|inhaler) for (?:days|a week|\\d+ days|two days|three days)',
    '(?:binned|thrown away|threw away|hidden|hid|taken away|took away|flushed) (?:her|his|their|the|my \\w+ s?) (?:insulin|pens|insulin pens|epipens?|inhalers?|meds|medication|medicine|tablets)', 'insulin is a scam', '(?:stopped|not|is not|will not|refuses to|does not) (?:taking|take) (?:her|him|them) to (?:hospital|the doctor|the gp|appointments|hospital appointments|clinic|her appointments|his appointments)', '(?:do not|does not|will not|dont|don t|never) give (?:her|him|them) (?:her |his |their )?(?:meds|medication|medicine|insulin|tablets)', '(?:nobody|no one) took (?:her|him|them) to (?:a and e|hospital|the doctor)',
    // (AO) "she's been not giving his insulin", "won't let her have her inhaler", "tells him he doesn't need his insulin"
    '(?:she|he|they|mum|mom|dad|mother|father|carer|nan|gran|partner|boyfriend|girlfriend|stepdad|stepmum)(?: s| is| has| have| was| were| keeps| kept| had)?(?: been)? (?:not|never|stopped|stops) giv(?:e|es|ing|en) (?:(?:him|her|them) )?(?:his|her|their|any of (?:his|her|their)|any) (?:insulin|inhalers?|meds|medication|medicine|tablets|seizure meds|epilepsy meds|epipen|rescue meds?)',
    // (A parent or carer at home, not a school's rules: "the school won't let him take his insulin" is a question for his plan.)
    '(?:she|he|mum|mom|dad|mother|father|carer|nan|gran|grandma|grandad|partner|boyfriend|girlfriend|stepdad|stepmum) (?:will not|would not|does not|did not|never) let (?:him|her|them) (?:have|take|use) (?:his|her|their) (?:insulin|inhalers?|meds|medication|medicine|epipen|tablets)',
    '(?:tells|told|telling) (?:him|her|them) (?:that )?(?:he|she|they) (?:does not|do not|did not) need (?:(?:his|her|their) )?(?:\\w+ )?(?:insulin|inhalers?|meds|medication|medicine|epipen)',
    '(?:hides|hiding|bins|binning) (?:her|his|their) (?:insulin|pens|insulin pens|epipens?|inhalers?|meds|medication|medicine|tablets)',
  ]),
  marriagePlan: w([
    'get (?:her|him) married', '(?:to be|be|being|get) married (?:to|off)', 'marry (?:her|him) off', 'married off', 'marry (?:a|her|his) cousin',
    'arranged (?:a )?marriage', 'find (?:her|him) a (?:husband|wife)', 'cutting ceremony', 'be cut', 'get cut', 'forced to marry', 'nikah', 'arranged (?:her|his) (?:marriage|wedding|nikah)',
    'what a husband (?:is|means)', '(?:deal|deals|dealt) with shame', '(?:bring|brought|bringing) shame', 'dishonour\\w*', 'honour based',
    '(?:hide|hidden|take|took|taken) (?:her|his|my) passport', 'the cutting', 'cutting for girls', 'female circumcision', 'circumcis\\w* (?:for|of) (?:her|girls|my daughter)', 'khatna', 'sunna',
    '(?:ceremony|procedure|operation) (?:\\w+ ){0,5}?(?:clean|pure|cut)', 'so (?:she|she is|she s|she will be|she ll be) (?:clean|pure)',
  ]),
  notEating: w([
    'stopped eating', 'not eaten (?:anything|properly|a thing)', 'not eaten (?:in|for) (?:\\d+|two|three|four|five|several) days',
    '(?:will not|would not|refuses to|not) (?:eat|eating) (?:or|and) (?:drink|drinking)', '(?:will not|would not|not) (?:drink|drinking) anything',
    'not had (?:a|anything to) drink', 'not drunk anything', 'stopped (?:eating and )?drinking', 'not eating (?:or|and) drinking',
    'barely (?:eaten|eating|eats) (?:\\w+ )?(?:in|for) (?:a|over a|\\d+|two|three|several) (?:week|weeks|days)', 'refus\\w* (?:all )?(?:drinks|fluids|water|to drink)', 'not even water', 'not drinking (?:anything|at all|water)',
    '(?:had|eaten|eating|eats) (?:nothing|hardly anything|barely anything) (?:but|except|apart from) (?:a few |some )?\\w+ (?:for|in) (?:\\w+ )?(?:days|weeks)',
    '(?:has not|hasnt|not) eaten since (?:yesterday|last night|this morning|\\w+day)',
  ]),
  overdoseSign: w([
    '(?:took|taken|take|had|swallowed|ate|eaten|drank) (?:\\w+ ){0,2}?(?:a load|loads|lots|a lot|a handful|handful|all|too many|a whole (?:box|packet|pack|bottle)|a (?:box|packet|pack|bottle)) (?:of )?(?:\\w+ )?(?:tablets|pills|meds|paracetamol|medicine|medication|painkillers|gummies|sleeping pills|sertraline|fluoxetine|citalopram|melatonin|ibuprofen|calpol|antidepressants|co codamol|codeine|tramadol|diazepam|insulin)',
    'overdose\\w*', '(?:button )?batter(?:y|ies)', 'bleach', 'magnets',
    '(?:empty|finished) (?:packet|pack|box|bottle|strip|blister pack) of (?:\\w+ )?(?:paracetamol|ibuprofen|tablets|pills|painkillers|meds|medication|sleeping pills)', '(?:says|said|told me) (?:he|she|they) (?:took|had|swallowed) (?:them|it|the lot|all of them)',
  ]),
  violentAct: w([
    'by the throat', 'by the neck', '(?<!could |would |wanted to |want to )strangl(?:ed|ing|es) (?:me|him|her|them|my \\w+)', 'choked (?:me|him|her|them)', 'against the wall', 'down the stairs', 'into (?:a|the) (?:chair|wall|door|table|radiator|lockers?)',
    '(?:beating|beat|beats|beaten) (?:him|her|me|them)? ?up', 'punched (?:him|her|me|them)', 'kicked (?:me|him|her|them) in the', 'slapped (?:him|her|me|them)',
    'by the hair', 'by the back of (?:the|his|her|their) neck', '(?:shove|shoved|shoves|pushed|threw|slammed) (?:him|her|them) (?:into|against) (?:his|her|their|the|a) (?:chair|wall|door|table|desk)', 'head under (?:the )?water', 'under the (?:bath )?water', 'threw (?:him|her|me|them) (?:against|at|across|down|into)',
    'with a belt', 'whipped', 'burnt (?:him|her|them)', 'burned (?:him|her|them)', '(?:hand|pillow|cushion) over (?:his|her|their|my) (?:mouth|face|nose)', '(?:hands?|arms?) (?:round|around) (?:my|his|her|their) (?:neck|throat)', '(?:broke|broken|fractured) (?:my|his|her) (?:wrist|arm|nose|ribs?|jaw|leg|finger|cheekbone)',
    '(?:held|holds|holding|put|pointed) (?:a knife|one|it|the knife|a blade) (?:to|at) (?:his|her|their|my) (?:throat|neck|face|chest)', 'threw (?:a|the|his|her|my) \\w+ at (?:me|him|her|us|them)',
    'throws (?:things|stuff|\\w+) at (?:me|him|her|us|them)',
    '(?:squeezes?|squeezed|squeezing|grabs?|grabbed|holds?|held|presses?|pressed|puts? (?:his|her) hands? (?:round|around|on)) (?:\\w+ )?(?:his|her|their|my) (?:neck|throat)',
    '(?:slapped|hit|punched|smacked) (?:\\w+ ){0,6}?(?:across|round|in) the face',
  ]),
  disclosure: w([
    'disclosed', 'made a disclosure', 'disclosure', 'told (?:me|us|a teacher|the teacher|her teacher|his teacher|the teaching assistant|staff) (?:today|this morning|yesterday|last night|that)',
    '(?:he|she|they) told me', 'whispered', '(?:told|tells|telling) (?:my|the|her|his) (?:ta|teacher|teaching assistant|key worker|1 1|one to one|support worker)', '(?:he|she) typed', 'said (?:that )?(?:daddy|mummy|dad|mum|a teacher|the teacher|staff|a man)',
    '(?:says|said|told (?:me|us)) (?:that )?(?:his|her|their|my) (?:\\w+ ){0,2}?(?:did (?:it|that|this)|done (?:it|that|this)|caused it|gave (?:him|her|them) (?:it|that))',
  ]),
  selfHarmAct: w([
    '(?:started|been|is|am|keeps?|kept|back to|gone back to|went back to) cutting(?! (?:out|down|back|costs|corners|hair|the|his|her|my|paper|food|teeth|up|it|them|back))',
    'cutting again', 'cut (?:myself|himself|herself) again', 'cut again', 'burning (?:myself|himself|herself)', 'hide (?:the |my |his |her )?(?:burns|cuts|scars|marks) from',
    'hiding (?:the |my |his |her )?(?:burns|cuts|scars|marks)', 'relapsed (?:with|into) self', 'self harming again',
    'burning (?:my|his|her|their) (?:arms?|legs?|wrists?|skin|hands?|thighs?|stomach)', '(?:burn|burns|burned|burnt|burning) (?:my|his|her|their)?(?:self|selves)? ?(?:\\w+ )?with (?:a |the )?(?:lighter|cigarettes?|matches|match|iron|hair straighteners)',
    '(?:small |neat |straight |thin |little |fine |parallel )+(?:lines|cuts|scratches) on (?:his|her|their|my) (?:arms?|wrists?|legs?|thighs?|stomach|tummy)',
  ]),
  parentAtEdge: w([
    '(?:do not|cannot|can not) trust myself (?:around|with|near) (?:him|her|them|my \\w+)', 'something (?:i|we) (?:would|will|might) regret',
    'about to do something', '(?:i|we) (?:think|feel) (?:i|we) (?:could|might) (?:actually |really )?(?:hurt|harm|hit|shake|smack) (?:him|her|them)',
    'harder than (?:i|we) should have', 'do something (?:to (?:him|her|them) )?(?:i|we) (?:cannot|can not|could not|will not be able to) take back',
    '(?:scared|afraid|frightened|terrified) (?:i am|im|that i am|i m) going to do something', '(?:i|we) (?:sometimes |often |have to |just )?(?:shake|smack|slap) (?:him|her|them) (?:to make|when|until|because|if|so)', 'thoughts (?:of|about) (?:putting|hurting|harming|shaking|smothering|drowning|hitting)', '(?:pillow|cushion) over (?:his|her|their) face', 'putting it over (?:his|her|their) face', '(?:pillow|cushion) in my hands',
    '(?:scared|frightened|afraid|terrified) of myself', 'scared of what (?:i|we) (?:might|will|could|would) do',
    '(?:i|we) (?:honestly |really )?(?:think|feel like) (?:i|we) (?:am|m|are) going to (?:hurt|hit|harm|shake) (?:him|her|them)', 'thoughts of putting (?:a|the) (?:pillow|cushion)',
    'before (?:i|we) do something (?:worse|i (?:will|would|ll) regret|stupid|i cannot take back)', '(?:i|we) (?:grabbed|shook|strangled|choked|slapped|punched|kicked) (?:him|her|them|my \\w+) (?:by the (?:throat|neck|hair)|so hard|hard|too hard|round the face|across the face)',
    '(?:i think |i am scared |i m scared |im scared |i am afraid |i feel like )?(?:i will|i ll|ill|i might|i could|i am going to|i m going to|im going to) (?:really )?(?:hurt|hit|harm|shake|smack|strangle) (?:him|her|them)(?! back)',
    '(?:going to|about to|gonna) do something (?:i|we) (?:will |ll |would |might )?regret',
  ]),
  groomingGifts: w([
    'gifts?', 'gift cards?', 'presents', 'new phones?', 'two phones', 'second phone', 'another phone', 'money (?:he|she|they) (?:cannot|can not|will not) explain',
    'cash (?:he|she|they) (?:cannot|can not|will not) explain', 'new trainers', 'trainers', 'new clothes', 'cash', 'lifts',
    '(?:picks|picking|picked) (?:him|her|them) up', 'in (?:different|his|their|a) cars?', 'older (?:man|men|bloke|blokes|guy|guys|boy|boys|lad|lads|friends?)',
    'bought (?:him|her|them)', 'buys (?:him|her|them)', '(?:gives?|giving|gave|offers?|offering|offered) (?:him|her|them|my \\w+) (?:sweets|money|cash|presents|gifts|vapes)', 'vbucks', 'robux', 'top ups?', '(?:came|comes|come) (?:back|home) with (?:money|cash|\\d+|pounds)',
  ]),
  givenSubstance: w([
    '(?:giving|gives|gave|given|buying|buys|bought|offering|offered|supplying|letting (?:him|her|them) (?:have|drink)) (?:my \\w+ |him |her |them |the kids )?(?:\\w+ ){0,6}?(?:vodka|alcohol|booze|cider|beer|lager|spirits|whisky|gin|rum|weed|cannabis|drugs|pills|ket|ketamine|mdma)',
  ]),
  delusion: w([
    'god (?:told|tells|has told) (?:her|him|them|me)', 'voices (?:told|tell|are telling) (?:her|him|them|me)', '(?:needs|need|has|have) to be (?:cleansed|purified|exorcised|punished for)', 'the devil (?:is )?in (?:him|her|them)',
    'voices (?:keep |are |have been )?(?:telling|tell|told) (?:me|her|him)', '(?:is not|isnt|not) (?:really )?my (?:son|daughter|child|baby)',
  ]),
  ridOfChild: w([
    '(?:need|needs|have|has|want|wants|going) to get rid of (?:him|her|them|my (?:son|daughter|child|baby))', '(?:need|needs|have|has) to (?:hurt|punish|kill) (?:him|her|them|my (?:son|daughter|child|baby))',
  ]),
  youngCarer: w([
    '(?:i m|im|i am) (?:1[0-7]|[7-9]) and i (?:look after|care for|do (?:everything|all the))', 'i do all the (?:cooking|cleaning|caring|shopping)(?: and)?', '(?:i|he|she) (?:gives?|do|does|sort) (?:his|her|their|my \\w+ s?) (?:meds|medication|medicine|injections)',
  ]),
  notAtSchool: w([
    '(?:have not|havent|has not|not) been (?:to|in) school (?:for|in) (?:\\d+|two|three|four|a few|several) (?:weeks|months)',
  ]),
  hotCar: w([
    '(?:kid|child|baby|toddler|little one|boy|girl) (?:\\w+ ){0,6}?in (?:a|the) (?:car|van) (?:\\w+ ){0,4}?windows? (?:up|closed|shut)', '(?:left|locked) (?:\\w+ ){0,3}?in (?:a|the) (?:hot )?(?:car|van) (?:\\w+ ){0,4}?(?:\\d\\d degrees|hot|heat|sun|boiling)',
  ]),
  adultInCrisis: w([
    'psychosis', 'psychotic', 'hearing voices', 'manic episode', '(?:having|had) a (?:breakdown|mental breakdown|psychotic episode)', 'not in (?:her|his|their) right mind',
    'bipolar (?:and|episode)', '(?:has not|have not|not) slept (?:for|in) (?:days|\\d+ days|two days|three days|a week)',
  ]),
  revenge: w(['revenge', 'make (?:them|those|the \\w+(?: \\w+){0,8}) pay(?! (?:compensation|money|for|back|costs?|damages|fees|a fine|the bill|out|up|attention|a payment|something|anything))', 'get (?:back at|even with)', 'teach (?:them|those \\w+) a lesson']),
  explosive: w(['bombs?', 'explosives?', 'blow (?:them |it |the \\w+ )?up', 'how to make (?:stuff|things|something|a|an) (?:(?:that|which|to) )?(?:explode\\w*|blows? up|go bang|burn|hurt)', '(?:make|making) (?:a )?(?:bomb|explosive\\w*)',
    // "asked how to make stuff from household chemicals": beside extreme ideas, a way to hurt many people.
    '(?:how to |how you |how do you |how (?:he|she|they|i) (?:could|can) )?(?:make|making|mix|mixing) (?:\\w+ ){0,3}?(?:from|with|out of|using) (?:\\w+ )?chemicals', '(?:poison|poisonous|toxic|chlorine|nerve) gas', 'pipe bombs?', 'fertili[sz]er and (?:petrol|diesel|fuel)', 'napalm', 'thermite',
  ]),
  extremism: w([
    'wiped out', 'wipe (?:them|\\w+) out', '(?:deserve|need|needs|ought) to (?:die|be killed|be shot|be wiped out)', 'shooting (?:video|videos)',
    'mass shooting', 'school shooting', 'christchurch', 'manifesto', 'race war', 'extremis\\w*', 'far right', 'nazi\\w*', 'jihad\\w*', 'martyr\\w*',
    'kafir', 'infidels?', '(?:should|need to|needs to|must|ought to) be (?:removed|deported|got rid of|wiped out|killed|shot|gassed)',
  ]),
  fabricated: w([
    '(?:nobody|no one) (?:else )?(?:has )?(?:ever )?(?:seen|sees|witnessed)', 'only (?:she|he|mum|dad|her mum|his mum) (?:sees|has seen|ever sees)',
    'fine when (?:he|she|they) (?:is|are|s) with (?:me|us|his \\w+|her \\w+)', 'when (?:he|she) is with me (?:he|she) is (?:fine|eating)',
    'fabricat\\w*', 'induced illness', '(?:tablets|meds|medicine|medication) that (?:are not|aren t|is not) (?:hers|his|theirs|prescribed)',
    'telling the doctors (?:she|he|they) (?:has|have)', '(?:i have|ive|i ve) never seen (?:one|it|a seizure|him have|her have)', 'munchausen', 'fii', 'pushing for (?:a |more )?(?:feeding tube|tube|wheelchair|operation|surgery|tests)',
  ]),
  adultHarmsChild: w([
    '(?:dad|daddy|mum|mummy|step ?dad|step ?mum|father|mother|uncle|grandad|grandpa|nan|grandma|partner|boyfriend|husband|teacher|teaching assistant|staff|carer|driver|escort|support worker|one to one)'
      + ' (?:\\w+ ){0,3}?(?:hits|hit|hitting|punches|punched|punching|kicks|kicked|kicking|slaps|slapped|slapping|beats|beat|beating|smacks|smacked|smacking|hurts|hurt|hurting|chokes|choked)'
      + ' (?:me|him|her|them|the kids|the children|my (?:little |baby |younger |big |older )?(?:brother|sister|son|daughter|child|kid|kids|siblings?))(?! (?:feelings|back))',
  ]),
  leftAlone: w([
    'on (?:his|her|their) own (?:in|at) (?:the|that|this|his|her|their) (?:flat|house|home)', 'left on (?:his|her|their) own',
    '(?:leaves|left|leaving) (?:\\w+ ){0,6}?home alone', 'home alone (?:all day|all night|for hours|overnight|while)',
    '(?:car|mum|dad|mother|father|parents?) (?:has not|have not|had not) (?:been|come) back', '(?:mum|mam|mom|dad|mother|father|parents?)s? (?:aint|ain t|has not|have not|not|never) (?:been|come|came) (?:back|home) (?:since|for)', '(?:nobody|no one) (?:has been|came|has come) (?:back|home|round)',
  ]),
  behaviourChange: w([
    '(?:started|starting) wetting', 'wetting again', 'soiling again', '(?:gone|become|got) (?:really |very |so )?clingy', 'nightmares',
    '(?:stopped|stops) eating', 'comes? home crying', '(?:regress\\w*|gone backwards)', 'flinch\\w*',
    '(?:started|starting|begun) (?:screaming|crying|hiding|shaking)',
    '(?:wetting|wets|wet) the bed again', '(?:bed ?wetting|soiling) again', 'not (?:been )?(?:himself|herself|themselves|the same) since',
    '(?:suddenly )?(?:started|starting) refusing to (?:get changed|undress|take (?:his|her|their) (?:top|clothes) off|have a bath|be touched)', '(?:started|starting) (?:wetting|soiling)(?: the bed)?(?: again)?',
  ]),
  avoidsPerson: w([
    '(?:will not|would not|does not) let (?:her|his|their) \\w+ (?:give (?:her|him|them) a )?(?:cuddle|hug|touch|near|bath|change|kiss)',
    'screams? (?:if|when) (?:she|he|they) (?:has|have) to (?:stay|go) (?:at|to|with)', '(?:does not|will not|refuses to) (?:want to )?(?:go to|stay at|stay with|see|be alone with) (?:his|her|their) (?:uncle|dad|daddy|mum|grandad|nan|cousin|stepdad|step dad|auntie)',
    '(?:screams?|screaming|cries|crying|hides|hiding|panics?) (?:\\w+ ){0,2}?(?:whenever|when|every time|as soon as) (?:he|she|they|my \\w+|her \\w+|his \\w+) (?:comes|come|is|gets) (?:round|over|home|near|in)',
    '(?:screams?|screaming|cries|crying|panics?|hides|refuses|kicks off) (?:\\w+ ){0,2}?when (?:it is|it s|its) time to go(?: to| back)?',
  ]),
  transactional: w([
    'so (?:he|she|they) (?:lets?|will let) me (?:stay|sleep|live)', 'have to be nice to (?:them|him|his friends|her friends)', 'in exchange for',
    'for somewhere to (?:stay|sleep|live)', 'nowhere else to go', 'for money like', '(?:do|doing) stuff (?:on video )?for money',
    '(?:makes?|made|making|forces?|forced|forcing) (?:her|him|them|me) (?:to )?(?:have sex|sleep) with', 'sex (?:\\w+ ){0,4}?for (?:money|cash|drugs|somewhere to stay)',
  ]),
  moneyTaken: w([
    'sent (?:her|him|them) (?:all )?(?:his|her|my|their) (?:savings|money|benefits|pip)', '(?:get|take out|took out|taking out|signing) (?:a |some )?loans?',
    'all (?:his|her|my|their) savings', '(?:his|her|their) savings', 'taking money out of', 'bank card',
    '(?:has|got|took|takes|keeps) (?:his|her|their) (?:bank )?card(?: and pin)?', '(?:pip|benefits|money|wages|allowance) (?:is|are) gone', 'gone the day it (?:goes|comes) in',
    '(?:get|gets|got|make|makes|made|making) (?:him|her|them|me) (?:to )?hand over (?:his|her|their|my|all (?:his|her|their|my)) (?:\\w+ )?(?:money|pip|benefits?|dla|cash|savings|card|wages)', '(?:takes?|took|taking|steals?|stole|stealing) (?:all )?(?:of )?(?:my|his|her|their) (?:benefit|benefits|pip|dla|esa|universal credit|wages|bank card|money)(?: money)?', 'says (?:i|he|she|they) owes? (?:him|her|them) (?:rent|money)',
  ]),
  indecentImages: w([
    '(?:pictures|photos|images|videos|pics) of (?:kids|children|little (?:girls|boys)|young (?:girls|boys)|naked (?:kids|children)) (?:on|in) (?:his|her|their) (?:laptop|phone|computer|ipad|tablet)',
    'indecent (?:images|pictures|photos)', 'child (?:porn\\w*|abuse (?:images|pictures))',
  ]),
  cruelPunishment: w([
    '(?:uses?|used|using|takes?|took|taking|gets?|got) (?:the|a|his|her|my) (?:belt|slipper|wooden spoon|cane|stick|hairbrush|hanger|wire) (?:out )?(?:on|to) (?:me|him|her|them|us|my \\w+)',
    '(?:belts|belted|belting) (?:me|him|her|them)', '(?:could not|cannot|can not) sit (?:down )?(?:properly )?for (?:days|a day|a week|hours|ages)',
    '(?:tape|taped|taping|sellotape\\w*|gaffer tape\\w*) (?:over|on|across) (?:his|her|their|my) (?:mouth|eyes|face)', '(?:taped|taping|tied|tying) (?:his|her|their|my) (?:mouth|hands|arms|wrists) (?:shut|together|to|behind)',
    'tied (?:me|him|her|them) (?:up|down|to (?:a|the|his|her|my) (?:chair|bed|cot|radiator|table))',
    '(?:locks?|locked|locking|shuts?|shut|kicks?|kicked|throws?|threw|puts?|put) (?:me|him|her|them|us) out (?:of )?(?:the )?(?:house|home|flat) (?:at night|overnight|all night|in the (?:cold|rain|dark|snow)|in (?:my|his|her|their) pyjamas)',
    '(?:locks?|locked|locking|shuts?|shut) (?:me|him|her|them|us) out at night', 'slept (?:in|on) (?:the|a) (?:garden )?(?:shed|garage|street|doorstep|park|bench)',
    '(?:she|he|they) wish(?:es|ed)? (?:i|you) (?:was|were|had) never (?:been )?born',
    '(?:locks?|locked|locking|shuts?|shut|puts?|put|puts) (?:me|him|her|them) out (?:in|into) the (?:garden|yard|back garden|street|shed|cold|rain) (?:when|if|because|as a punishment|for)',
  ]),
  suicideAct: w([
    '(?:in|inside) the (?:car|van) (?:\\w+ ){0,3}?(?:in the )?garage with the engine (?:on|running)', 'garage with the engine (?:on|running)', 'engine running in the garage',
    'ligature', '(?:tied|tying|put|putting) (?:a |the |my |his |her )?(?:rope|belt|cord|scarf|cable|lead|tie|something|string|wire|a bag) (?:round|around|over) (?:my|his|her|their) (?:neck|head)',
    '(?:stood|standing|sat|sitting|climbed) on the (?:edge of the )?(?:bridge|cliff|railway line|railway tracks?|train tracks?|roof edge|ledge)',
    '(?:held|holding|counted|counting) (?:out )?(?:the |my |all my |his |her )?(?:tablets|pills|paracetamol) in (?:my|his|her) hand',
    '(?:drive|driving|drove|crash|crashing) (?:\\w+ ){0,6}?(?:off|into) (?:a|the) (?:bridge|cliff|river|sea|canal|quarry)', '(?:drive|driving) (?:\\w+ ){0,6}?(?:into|at) (?:a|the) (?:wall|tree|lorry|oncoming)',
    '(?:going|heading|walking|driving) to the (?:bridge|cliff|railway|tracks|motorway bridge|car park roof|multi storey) (?:tonight|now|later|today)',
  ]),
  cannotKeepSafe: w([
    '(?:i|we) (?:honestly |really |just )?(?:do not think (?:i|we) can|cannot|can not|am not able to|are not able to|could not|will not be able to) keep (?:her|him|them|my \\w+|our \\w+|the (?:kids|children)|everyone|us|myself|ourselves) safe',
    '(?:i|we) (?:cannot|can not|could not) (?:hold onto|hold on to|keep hold of) (?:him|her|them)',
  ]),
  dangerousAct: w([
    '(?:set|setting|sets|started|starting|lit|lighting) (?:\\w+ ){0,2}?fires?', '(?:set|sets|setting) (?:fire|light) to', '(?:curtains|bed|room|mattress|duvet|house) (?:alight|on fire|caught fire)',
    '(?:set|sets|setting) (?:\\w+ ){0,2}?(?:curtains|bed|room|mattress|duvet) (?:alight|on fire)',
    '(?:car|cars|driver|van|lorry|bus) (?:had to|nearly|almost) (?:swerve|brake|stop|hit)', '(?:nearly|almost) (?:got |been |was )?(?:hit|run over|knocked down) by (?:a|the) (?:car|bus|van|lorry|train)',
    '(?:climb|climbs|climbing|climbed|tried to climb|trying to climb|get|gets|getting|got) out (?:of )?(?:the|her|his|an|their) (?:upstairs |bedroom |top floor |first floor )?window',
    '(?:in front of|into the path of) (?:a|the) (?:bus|car|van|lorry|train|traffic) (?:\\w+ ){0,3}?(?:only just|just about|barely) (?:stopped|missed|braked)', '(?:bolting|bolts|bolted|runs?|ran|running) (?:\\w+ )?(?:into|onto|across) (?:the |a )?(?:road|traffic|main road|dual carriageway)',
    '(?:found|caught|saw) (?:him|her|them) (?:right )?(?:on|at|by) the (?:edge|bank|side) of (?:the )?(?:canal|river|lake|pond|quarry|sea|reservoir|railway)', '(?:trying|tries|tried|keeps trying) to get (?:to|into) the (?:canal|river|lake|pond|railway|sea|reservoir|quarry)', '(?:dog|dogs) (?:has |s |have )?(?:bitten|bit|attacked|went for) (?:him|her|them|my \\w+) (?:\\w+ ){0,3}?(?:twice|again|three times|broke the skin|on (?:his|her|their) face|cheek|stitches)',
    'running (?:a |the )?(?:really |very |boiling |scalding )hot bath', 'boiling (?:hot )?(?:water|bath)',
    'left (?:the|my|our|her|his) (?:baby|toddler|little one|\\d+ (?:month|year) old) (?:alone |on (?:his|her|their) own )?in the bath',
  ]),
  dangerPlace: w([
    '(?:keeps?|kept|been|started|starting|always|often) (?:(?:going|walking|heading|sneaking (?:off|out)|running off|sitting|standing|climbing) (?:\\w+ ){0,2}?(?:to|at|on|by|near|around|up)|hanging (?:around|about)) (?:the |a )?(?:railway|railway line|train tracks|tracks|level crossing|railway bridge|motorway bridge|bridge|cliffs?|cliff edge|multi ?storey|car park roof|quarry|viaduct|reservoir)',
  ]),
  lowMood: w([
    '(?:been|is|s|seems|feeling|feels|gets|got|gone) (?:really |so |very |quite |a bit |pretty )?(?:down|low|depressed|withdrawn|flat|hopeless|suicidal)(?! (?:the|to|there|here|a|on|in|at|with|from|for|and up))',
    'not (?:himself|herself|themselves)', 'in a (?:really )?(?:dark|bad) place', 'dark thoughts',
  ]),
  recently: w([
    'last night', 'yesterday', 'today', 'this morning', 'this week', 'twice this week', 'this evening', 'earlier', 'again', 'keeps', 'tonight', 'right now',
  ]),
  unsafeSleep: w([
    '(?:falls?|fell|falling|asleep|sleeps?|sleeping|slept|dozes?|dozing|dozed) (?:\\w+ ){0,5}?with (?:the|our|my|a|his|her) (?:\\d+ (?:week|month|day) old|newborn|baby|little one) on (?:his|her|their|my) (?:chest|lap|front)',
    '(?:asleep|sleeps|sleeping|slept|dozes|dozed|dozing) on the (?:sofa|settee|couch|armchair) with (?:the|our|my|a) (?:\\d+ (?:week|month|day) old|newborn|baby)',
  ]),
  poisonSwallowed: w([
    '(?:took|taken|swallowed|had|ate) (?:like |about |around |maybe |over )?(?:[5-9]|\\d\\d|a handful|handfuls|a (?:whole )?(?:strip|packet|pack|box|bottle|blister pack)|the (?:whole )?(?:strip|packet|pack|box|bottle)|(?:two|three|\\d) (?:strips|packets)) (?:of )?(?:his |her |my |their |the )?(?:\\w+ )?(?:melatonin|sertraline|fluoxetine|citalopram|paracetamol|ibuprofen|calpol|tablets|pills|meds|painkillers|antidepressants|sleeping pills|methylphenidate|ritalin|concerta|elvanse)',
    '(?:swallowed|swallow|ate|eaten) (?:\\w+ ){0,5}?(?:batter(?:y|ies)|magnets?|bleach|coins?|washing (?:tablets?|capsules?|pods?)|dishwasher tablets?|cleaning (?:stuff|fluid|liquid))',
    '(?:drank|drunk|drinking) (?:\\w+ ){0,2}?(?:bleach|cleaning (?:stuff|fluid|liquid)|antifreeze|white spirit|washing up liquid)',
    '(?:took|taken|swallowed|had|ate|got into) (?:some|a few|one|two|three|\\d+) (?:of )?(?:my|mum s|mums|dad s|dads|nan s|nans|grandad s|his dad s|her mum s|my partner s) (?:sertraline|fluoxetine|citalopram|antidepressants|sleeping pills|methadone|diazepam|tramadol|codeine|morphine|heart tablets|blood pressure tablets|insulin|lithium|quetiapine|olanzapine|pregabalin|gabapentin|oxycodone)',
    '(?:dishwasher tablets?|washing (?:tablets?|capsules?|pods?)|button batter(?:y|ies)|batter(?:y|ies)|bleach|pills|tablets) (?:\\w+ ){0,6}?(?:half chewed|chewed|bitten into|in (?:his|her|their) mouth|foam\\w*)',
  ]),
  marriageRisk: w([
    'abroad', 'overseas', 'back home', 'cousin', 'does not understand', 'doesnt understand', 'not understand', 'learning disabilit\\w*',
    'family (?:are|have) (?:arranging|planning|arranged|planned)', '(?:she|he) is (?:[4-9]|1[0-7])', '(?:shes|hes) (?:[4-9]|1[0-7])', 'tradition', 'her aunty', 'her auntie', 'over there', 'terrified', 'passport', 'that boy', 'a boy',
  ]),
};

interface Combination {
  readonly kinds: readonly RiskKind[];
  /** Every one of these signs. */
  readonly all: readonly Sign[];
  /** And, if given, at least one of these. */
  readonly any?: readonly Sign[];
  /** Why together they mean danger: for whoever reads or changes the list. */
  readonly why: string;
  /** A support question about an everyday need, unless `now` is seen too. */
  readonly unlessNeed?: RegExp;
}

/** Gone once, long ago, and found (AO): "went missing for an hour at the park last summer, police found her". */
const FOUND_LONG_AGO = /^(?=.*\b(?:found|brought) (?:him|her|them)\b)(?=.*\b(?:last (?:summer|year|spring|autumn|winter|month|christmas|easter|holidays?|term)|(?:\d+|two|three|a few|a couple of|several) (?:years|months) ago|once)\b)/;

/** (BC) A weapon in a game, a film or a drawing: "obsessed with knives in his minecraft game". */
const WEAPON_IN_A_GAME = /\b(?:knife|knives|swords?|guns?|weapons?|axes?|blades?)\b (?:\w+ ){0,3}?(?:in|on) (?:his|her|their|the|a) (?:\w+ ){0,2}?(?:game|games|film|films|movie|movies|cartoon|book|comic|drawings?|story|stories)\b|\b(?:game|games|minecraft|roblox|fortnite) (?:\w+ ){0,3}?(?:knife|knives|swords?|guns?|weapons?)\b/;

const COMBINATIONS: readonly Combination[] = [
  // A body in trouble
  { kinds: ['immediate-danger'], all: ['medicalAlarm'], any: ['medicalEvent', 'emergencyEvent', 'now', 'injury', 'physicalHarm', 'substance', 'notEating', 'overdoseSign'], why: 'floppy, not waking or not breathing after a fit, a fall, something taken, or now',
    unlessNeed: /\b(?:when (?:he|she|they) (?:runs?|exercises?|does pe|swims?|plays?|gets? (?:hot|tired|anxious|upset))|in pe|during pe|adapt\w*|care plan|health care plan|hypo plan|risk assessment)\b/ },
  { kinds: ['immediate-danger'], all: ['emergencyEvent', 'now'], why: 'a fit, a reaction or something swallowed, going on now or minutes ago' },
  // Harm done to someone
  { kinds: ['immediate-danger'], all: ['overdoseSign'], any: ['now', 'hopeless', 'hopelessStrong', 'medicalAlarm', 'selfConfine'], why: 'a lot of tablets, or something poisonous, taken' },
  { kinds: ['immediate-danger'], all: ['injury', 'now'], why: 'bleeding or hurt, now' },
  { kinds: ['abuse'], all: ['violentAct'], any: ['adultOrOther', 'fear', 'injury', 'disclosure', 'inCharge'], why: 'harm that is never ordinary: by the throat, against a wall, beaten up' },
  { kinds: ['abuse'], all: ['disclosure'], any: ['physicalHarm', 'sexualStrong', 'sexualWeak', 'secrecy', 'confinement', 'violentAct'], why: 'a child has told someone of harm' },
  { kinds: ['abuse'], all: ['secrecy', 'adultOrOther'], why: 'an adult or older child who makes a child keep quiet',
    unlessNeed: /\b(?:surprise|present|presents|birthday|christmas|party|gift|card|hide and seek|treasure hunt|santa)\b/ },
  { kinds: ['immediate-danger'], all: ['notEating'], any: ['medicalAlarm', 'hopeless', 'hopelessStrong'], why: 'not eating or drinking, and fainting, pale, or in despair' },
  { kinds: ['abuse'], all: ['injury', 'disclosure', 'adultOrOther'], why: 'a mark on a child, and the child says who did it' },
  { kinds: ['abuse'], all: ['injury', 'unexplained'], why: 'an injury nobody explains, or a child who cannot tell' },
  { kinds: ['abuse'], all: ['injury', 'physicalHarm', 'adultOrOther'], why: 'someone hurt a child or parent and left a mark' },
  { kinds: ['abuse'], all: ['injury', 'confinement'], why: 'shut away and hurt' },
  { kinds: ['abuse'], all: ['physicalHarm', 'fear'], why: 'someone hurts, and someone is afraid' },
  { kinds: ['abuse'], all: ['confinement', 'adultOrOther'], why: 'an adult shuts a child away',
    // (A room the child asks for and can leave: "puts him in the sensory room on his own when he asks, and he loves it".)
    unlessNeed: /\bwhen (?:he|she|they) (?:asks|wants|needs|chooses)\b|\b(?:he|she|they) (?:loves|likes|enjoys|asks for) it\b|\bcan (?:leave|come out|go) (?:when|whenever)\b/ },
  { kinds: ['abuse'], all: ['sexualStrong', 'adultOrOther'], why: 'something sexual done by someone' },
  { kinds: ['abuse'], all: ['sexualStrong', 'secrecy'], why: 'something sexual and a secret' },
  { kinds: ['abuse'], all: ['sexualStrong', 'behaviourChange'], why: 'something sexual, and a child who has suddenly changed (wetting again, will not undress)' },
  { kinds: ['abuse'], all: ['sexualWeak', 'adultOrOther'], any: ['secrecy', 'fear', 'unexplained', 'physicalHarm'], why: 'something sexual by someone, with fear, hurt or silence' },
  { kinds: ['abuse'], all: ['sexualised'], any: ['sexualStrong', 'sexualWeak'], why: 'a child acting out or drawing sexual things' },
  { kinds: ['abuse'], all: ['sexualWeak', 'unexplained'], any: ['injury', 'fear', 'behaviourChange'], why: 'underwear wrong or marks on private places, a child who cannot tell, and soreness or fear' },
  { kinds: ['violence'], all: ['control'], any: ['fear', 'threat', 'physicalHarm', 'secrecy', 'violentWord'], why: 'money, phone or freedom taken, with fear or threats' },
  // Exploitation
  { kinds: ['exploitation'], all: ['grooming', 'secrecy'], why: 'gifts, older people or messages, and a secret' },
  { kinds: ['exploitation'], all: ['grooming', 'contactRequest'], why: 'someone met online or older who wants to meet, or asks for pictures' },
  { kinds: ['exploitation'], all: ['grooming', 'sexualStrong'], why: 'gifts, older people or messages, and something sexual' },
  { kinds: ['exploitation'], all: ['grooming', 'missing'], why: 'gifts or older people, and gone from home' },
  { kinds: ['exploitation'], all: ['criminalWork'], any: ['adultOrOther', 'grooming', 'weapon'], why: 'made to carry, hold or sell for others' },
  { kinds: ['exploitation'], all: ['groomingGifts', 'secrecy'], why: 'gifts from someone, and a secret' },
  { kinds: ['exploitation'], all: ['groomingGifts', 'contactRequest'], why: 'sweets or money from someone who wants the child in their van, car or home' },
  { kinds: ['exploitation'], all: ['grooming', 'weapon'], why: 'cash or older lads, and a knife', unlessNeed: WEAPON_IN_A_GAME },
  { kinds: ['exploitation'], all: ['grooming', 'groomingGifts'], any: ['missingTime', 'substance', 'sexualWeak', 'sexualStrong'], why: 'met online or older, buys things or picks them up, and out late, drink or something sexual' },
  { kinds: ['exploitation'], all: ['marriagePlan', 'marriageRisk'], why: 'a marriage or cutting planned for a child or someone who cannot agree',
    unlessNeed: /\b(?:dead happy|happy about it|(?:his|her) (?:own )?choice|excited|looking forward)\b/ },
  // A child gone
  { kinds: ['immediate-danger'], all: ['missing'], any: ['medicalEvent', 'medicineWithheld', 'unexplained'], why: 'a child gone or taken who needs medicine, or cannot say who they are',
    unlessNeed: FOUND_LONG_AGO },
  { kinds: ['immediate-danger'], all: ['missing', 'missingTime'], why: 'a child gone, and late, dark, hours, no answer',
    unlessNeed: new RegExp(`\\b(?:works away|working away|away (?:with|for) work|on the rigs|deployed|on tour)\\b|${FOUND_LONG_AGO.source}`) },
  { kinds: ['exploitation'], all: ['givenSubstance'], any: ['adultOrOther', 'medicalAlarm', 'recently', 'secrecy'], why: 'alcohol or drugs given to a child by someone' },
  { kinds: ['neglect'], all: ['youngCarer'], any: ['notAtSchool', 'hopeless', 'neglectSign', 'secrecy'], why: 'a child doing the caring, and out of school or at the end of their tether' },
  { kinds: ['immediate-danger'], all: ['delusion'], any: ['adultInCrisis', 'dangerousAct', 'recently', 'now', 'adultOrOther', 'ridOfChild'], why: 'a carer acting on voices or beliefs about a child' },
  { kinds: ['immediate-danger'], all: ['adultInCrisis'], any: ['selfConfine', 'confinement', 'inCharge'], why: 'an adult in psychosis or breaking down, shut in with a child or in charge of one' },
  // Suicide and self-harm
  { kinds: ['suicide'], all: ['hopelessStrong'], any: ['means', 'now', 'hopeless', 'selfHarmSign', 'selfConfine', 'missingTime'], why: 'wanting to be gone, with a means, a time, or despair' },
  { kinds: ['suicide'], all: ['hopeless', 'means'], why: 'no way forward, and a way to end it' },
  { kinds: ['suicide'], all: ['selfConfine', 'means'], why: 'locked in with a means' },
  { kinds: ['suicide'], all: ['dangerPlace', 'lowMood'], why: 'low, and keeps going to a railway, a bridge or a cliff edge' },
  { kinds: ['self-harm'], all: ['selfHarmSign', 'injury'], why: 'signs of hiding and marks or blood' },
  { kinds: ['suicide', 'self-harm'], all: ['hopeless', 'selfHarmSign'], why: 'no way forward, and signs of self-harm' },
  { kinds: ['self-harm'], all: ['selfHarmSign', 'medicalAlarm'], why: 'not eating, and fainting' },
  // Violence
  { kinds: ['violence'], all: ['weapon'], any: ['threat', 'physicalHarm', 'violentWord', 'fear'], why: 'a weapon, and a threat or someone hurt', unlessNeed: WEAPON_IN_A_GAME },
  { kinds: ['violence'], all: ['revenge'], any: ['explosive', 'weapon', 'violentWord', 'threat'], why: 'wanting revenge, with a weapon, a bomb or a threat' },
  { kinds: ['violence'], all: ['extremism'], any: ['explosive', 'weapon', 'violentWord', 'threat'], why: 'extreme ideas, and weapons, bombs or killing' },
  { kinds: ['abuse'], all: ['fabricated'], any: ['medicalEvent', 'medicalAlarm'], why: 'illness nobody else sees, and tests or treatment pushed for' },
  { kinds: ['neglect'], all: ['leftAlone'], any: ['missingTime', 'neglectSign'], why: 'a child on their own, and for long or at night',
    unlessNeed: /\b(?:used to|birth (?:family|parents|mum|dad)|previous (?:foster|family|placement)|years ago)\b/ },
  { kinds: ['abuse'], all: ['avoidsPerson'], any: ['behaviourChange', 'fear'], why: 'a child who suddenly will not be near someone, and has changed' },
  { kinds: ['exploitation'], all: ['transactional'], any: ['sexualStrong', 'sexualWeak', 'adultOrOther', 'grooming'], why: 'a place to stay or money in return, from someone' },
  { kinds: ['exploitation'], all: ['moneyTaken'], any: ['grooming', 'control', 'fear', 'secrecy'], why: 'savings or loans taken by someone met online or who controls them' },
  { kinds: ['violence'], all: ['explosive'], any: ['threat', 'violentWord', 'revenge'], why: 'a bomb and a threat',
    // (BC) Words shouted as tics: "he has tourette's and shouts 'bomb' and 'kill' as tics".
    unlessNeed: /\btics?\b|\btourette\w*|\bcoprolalia\b/ },
  { kinds: ['violence'], all: ['threat', 'violentWord'], why: 'a threat to hurt, kill or take a child' },
  { kinds: ['violence'], all: ['threat', 'fear'], why: 'a threat and someone afraid' },
  { kinds: ['violence'], all: ['substance'], any: ['physicalHarm', 'threat', 'violentWord'], why: 'drink or drugs and someone hurt or threatened' },
  { kinds: ['immediate-danger'], all: ['dangerousAct'], any: ['recently', 'now', 'cannotKeepSafe'], why: 'fires set, a car swerving round a child, a climb from a window: just now or again' },
  // Neglect
  { kinds: ['neglect'], all: ['substance', 'inCharge'], why: 'a carer drunk or on drugs with children in their care' },
  { kinds: ['immediate-danger'], all: ['substance', 'inCharge', 'now'], why: 'a carer drunk or on drugs with children in their care, now (at 1am, tonight)' },
  { kinds: ['neglect'], all: ['substance', 'neglectSign'], why: 'a carer drunk or on drugs, and a child neglected (needles in reach, left alone, not fed)' },
  { kinds: ['neglect'], all: ['unsafeSleep', 'substance'], why: 'a baby asleep on an adult who has been drinking' },
  { kinds: ['neglect'], all: ['medicineWithheld'], any: ['medicalEvent', 'medicalAlarm', 'adultOrOther'], why: 'medicine kept from a child',
    // (BC) A school that will not give it on trips or without training: a question of access, for the plan.
    unlessNeed: /\b(?:school|college|nursery|staff|teachers?|club)\b.*\b(?:trips?|outings?|visits?|residential|swimming|training|trained|insurance|polic(?:y|ies)|health care plan|care plan)\b/ },
];

/** Signs that are a risk on their own: self-harm said another way, a parent at the edge. */
const ONE_MAKES_A_RISK: ReadonlyArray<readonly [Sign, readonly RiskKind[]]> = [
  ['hotCar', ['immediate-danger']],
  ['selfHarmAct', ['self-harm']],
  ['parentAtEdge', ['abuse']],
  ['adultHarmsChild', ['abuse']],
  ['indecentImages', ['abuse']],
  ['poisonSwallowed', ['immediate-danger']],
  ['cruelPunishment', ['abuse']],
  ['suicideAct', ['suicide']],
  ['cannotKeepSafe', ['immediate-danger']],
];

/** Signs that count twice over when two different ones are seen: two signs of neglect, two of control. */
const TWO_MAKE_A_RISK: ReadonlyArray<readonly [Sign, readonly RiskKind[]]> = [
  ['groomingGifts', ['exploitation']],
  ['neglectSign', ['neglect']],
  ['control', ['violence']],
  ['confinement', ['abuse']],
  ['hopelessStrong', ['suicide']],
  ['selfHarmSign', ['self-harm']],
  ['moneyTaken', ['exploitation']],
];

export interface RiskSigns {
  readonly atRisk: boolean;
  readonly kinds: readonly RiskKind[];
  /** The signs that made it a risk: for tests and for whoever asks why. */
  readonly signs: readonly Sign[];
}

/** The same patterns without the `g` flag: a test stops at the first match. */
const FIRST_MATCH = Object.fromEntries(Object.entries(SIGNS).map(([sign, re]) => [sign, new RegExp(re.source)])) as Record<Sign, RegExp>;

/** Whether a message shows a risk by its signs. Each sign is looked for only when a combination needs it. */
export function readRiskSigns(normalised: string): RiskSigns {
  const seen = new Map<Sign, boolean>();
  const has = (sign: Sign): boolean => {
    let found = seen.get(sign);
    if (found === undefined) seen.set(sign, found = FIRST_MATCH[sign].test(normalised));
    return found;
  };
  const kinds = new Set<RiskKind>();
  const why = new Set<Sign>();
  const add = (k: readonly RiskKind[], signs: readonly Sign[]) => { k.forEach((x) => kinds.add(x)); signs.forEach((x) => why.add(x)); };
  for (const c of COMBINATIONS) {
    if (!c.all.every(has)) continue;
    const also = c.any?.find(has);
    if (c.any && !also) continue;
    if (c.unlessNeed?.test(normalised) && !has('now')) continue;
    add(c.kinds, also ? [...c.all, also] : c.all);
  }
  for (const [sign, k] of ONE_MAKES_A_RISK) if (has(sign)) add(k, [sign]);
  for (const [sign, k] of TWO_MAKE_A_RISK) if (has(sign) && new Set(normalised.match(SIGNS[sign])).size >= 2) add(k, [sign]);
  return { atRisk: kinds.size > 0, kinds: [...kinds], signs: [...why] };
}

/** Every sign in a message, whether or not it makes a risk: for finding out why a message was or was not caught. */
export function signsIn(normalised: string): Sign[] {
  return (Object.keys(SIGNS) as Sign[]).filter((sign) => FIRST_MATCH[sign].test(normalised));
}

/** A body in trouble (floppy, not breathing well, will not wake): the emergency help puts 999 first. */
export function showsBodyInTrouble(normalised: string): boolean {
  return FIRST_MATCH.medicalAlarm.test(normalised) || FIRST_MATCH.poisonSwallowed.test(normalised);
}
