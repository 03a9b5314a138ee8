/**
 * Words that are never part of a name, a school or a council, even written with a capital
 * ("Yesterday Kent County Council said..." must not lose "Yesterday"). Lower case, no accents.
 */

const FUNCTION_WORDS = `
a about above across after afterwards again against ago all almost alone along already also although always am among an and
another any anybody anyone anything anyway anywhere are around as at away back be because been before behind being below
beside besides between beyond both but by can cannot cant could couldnt did didnt do does doesnt doing done dont down during
each either else enough even ever every everyone everything except few for from further had hadnt has hasnt have havent having
he hed hes her here hers herself him himself his how however i id ie ill im i'm i've ive if in inside instead into is isnt it its
itself just last least less like little lot lots many may me meanwhile might mine more most much must my myself near nearly
neither never next no nobody none nor not nothing now nowhere of off often on once one only onto or other others otherwise our
ours ourselves out outside over own per perhaps please quite rather really same she shes should shouldnt since so some somebody
someone something sometimes somewhere soon still such than that thats the their theirs them themselves then there therefore
these they theyre theyve thing things this those though through throughout thus till to together too toward towards under
unless until up upon us very via was wasnt we were weve werent what whatever when whenever where whereas wherever whether which
while who whoever whole whom whose why will with within without wont would wouldnt yes yet you youd your youre yours yourself
yourselves youve ok okay hi hello hey dear thanks thank cheers regards best kind many sincerely faithfully love x xx xxx
`;

const COMMON_WORDS = `
today tomorrow yesterday tonight morning afternoon evening night week weeks weekend day days month months year years term terms
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
spring summer autumn winter christmas easter half holiday holidays
mum mom mummy dad daddy mother father parent parents carer carers son sons daughter daughters child children kid kids boy boys girl girls
baby toddler teenager teen husband wife partner ex brother brothers sister sisters sibling siblings family grandma grandad granny
nan nana nanny grandparent grandparents grandson granddaughter twin twins stepson stepdaughter niece nephew cousin aunt uncle friend
friends eldest youngest oldest middle
sorry worried confused desperate stressed upset angry scared anxious tired exhausted lost stuck struggling frustrated fed
not sure unsure new old current previous local nearest other different another right wrong good bad better worse best worst
great fine happy unhappy able unable free full part time full-time part-time long short big small high low early late first
second third fourth fifth sixth main only real whole same special mainstream specialist independent private state public
actually basically currently recently really finally apparently obviously hopefully unfortunately luckily also still just
already now then here there anyway otherwise however meanwhile later soon again once twice
help advice question questions answer information info problem problems issue issues need needs support meeting meetings
letter letters email emails phone call calls form forms report reports plan plans review reviews appeal appeals
assessment assessments decision decisions deadline deadlines request requests application complaint complaints
case cases file files number numbers reference ref date dates address home house street road town city county area
council councils authority authorities school schools college colleges academy academies nursery class classes teacher teachers
head headteacher staff office team panel service services provision setting settings unit base hub trust
what why how when where who which whose whom
got get gets getting go goes going gone went come comes coming came make makes making made take takes taking took
say says said saying tell tells told ask asks asked asking want wants wanted need needed needing know knows knew known
think thinks thought see sees saw seen look looks looked looking feel feels felt try tries tried trying keep keeps kept
give gives gave given find finds found let lets put puts seem seems seemed start starts started stop stops stopped
refuse refuses refused refusing attend attends attended attending move moves moved moving leave leaves left leaving
email emailed phoned rang ring called call calling chase chased chasing write wrote written contact contacted contacting
sue sued complain complained appealed applied wait waited waiting hear heard hope hoped wish
is am are was were be been being has have had do does did can could will would shall should may might must
yes no maybe please thanks age aged name names named naming mate mates all guys everyone everybody folks madam sir team bot there navigator
`;

/** Abbreviations and terms from SEND that must survive scrubbing and are never names. */
export const SEND_WORDS: ReadonlySet<string> = new Set(`
send sen senco sendco senco's ehcp ehcps ehc ehcna ehc's salt slt camhs cypmhs adhd add asd asc autism autistic aspergers
dyslexia dyslexic dyspraxia dyscalculia dcd pda odd spld mld sld pmld semh slcn cp vi hi msi pd ot ots ep eps gp gps ta tas lsa lsas
la las lea sendiass sendias iass ipsea sossen kids contact sendist tribunal tribunals lgo lgsco ombudsman ofsted nhs icb ccg cafcass cin lac cla
pru ap ehe fsm section sections year reception nursery ks1 ks2 ks3 ks4 sats gcse gcses alevel alevels btec
code practice annual review ieps iep pep peps snap ppa dla pip uc esa
mediation mediator appeal appeals paediatrician paediatrics psychologist psychology therapist therapy therapies
speech language occupational physio physiotherapy cahms sencos headteacher deputy inclusion lead officer caseworker keyworker
`.split(/\s+/).filter(Boolean));

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...`${FUNCTION_WORDS} ${COMMON_WORDS}`.split(/\s+/).filter(Boolean), ...SEND_WORDS].map((w) => w.replace(/'/g, '')),
);

/** Is this (folded, apostrophes removed) word one that is never part of a name? */
export function isPlainWord(folded: string): boolean {
  return STOP_WORDS.has(folded.replace(/'/g, ''));
}
