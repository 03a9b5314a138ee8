/**
 * First names and surnames common in the UK, from many backgrounds, for the name detector.
 * Lower case, no accents (compare with `foldWord`). A list can never be complete: the detector
 * also reads context ("my son ___", "Mrs ___", "Thanks, ___"), so a name missing here is still
 * found when the sentence shows it is a name.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** First names that are not everyday English words: a name wherever they appear. */
export const FIRST_NAMES = words(`
aaliyah aaron abbie abby abdi abdul abdullah abdullahi abena abi abigail abraham ada adaeze adam adaora ade adebayo adeel adele
adeola adil aditi aditya adrian adriana agnes agnieszka ahmad ahmed aidan aiden ailsa aimee aisha aisling aiyana ajay akash alaw
alasdair albie alex alexa alexander alexandra alexis alfie alfred ali alice alicia alina alisha alison alistair aliyah allan
allison alya ama amaan amara amari amelia amelie amina amir amira amit amna amrit amy ana anaya andre andrea andreea andrei
andrew andy aneurin angela angelika angharad angus anika anil anita anjali ann anna anne annie anthony antonia antonio anya
aoife arabella archie arfan arif arjun arlo armaan arran arthur arun arya asha ashley ashraf asif asma aston aurora austin ava
avi ayaan ayan ayesha ayla aylin azra barbara barry bartosz beatrice beatrix becca becky bella ben benjamin bethan bethany betsy
bev beverley bilal blake bogdan bonnie bradley branwen brendan brian bronwen bryony caitlin callum calvin cameron cara carl
carla carly caroline carys casey catherine catrin catriona cerys chaim chantelle charlene charles charlie charlotte chelsea
cheryl chidi chiamaka chinedu chioma chloe chris christina christine christopher chukwuma cian ciara ciaran cillian claire clara
clare claudia clodagh colin colm conor connor corey craig cristina cyrus dafydd dai daniel daniela danielle danny daria darius
darragh darren dave david dawid debbie deborah declan deepak deepa deniz denise derek dermot desmond dev dexter dhruv dominic
dominika donna dorothy dylan eamon ebony eden edith edward eesa efe eilidh eileen elaine eleanor eleri elena eli elif elijah
elin elis eliza elizabeth ella ellen ellie elliot elliott ellis elsa elsie emeka emilia emily emma emmanuel emre enzo eoin erin
esme esther ethan euan eva evan evelyn evie ewan ezra fadumo faisal farah farhan fatima fatma fatuma fergal fergus ffion fiona
finlay finley finn fionn florence folake fraser freddie freddy frederick freya gabriel gabriela gareth gary gavin gemma george
georgia georgina gerald gethin giedre gillian glenn gordon graham grainne gruffydd gurpreet gwen gwenllian gwyn hadiza hafsa
haider haleema hamda hamid hamish hamza hana hannah haris harjit harley harper harpreet harriet harris harrison harry harvey
hasan hassan hayden hayley heidi helen helena henry hodan hollie huda hugo huong husna hussain huw iain ian ibrahim idris ieuan
ifan ifeoma iker ilyas imogen imran ina inaya innes iolo iona ioana iqra irfan isaac isabel isabella isabelle isla ismail isobel
ivan ivana iwan jacob jagdeep jake jakub james jamie janet janice jasmine jason jasmin jaspreet javed jay jayden jaz jean jemima
jemma jen jennifer jenny jeremy jermaine jess jessica jill jim jimmy jing joanna joanne jodie joe joel joey john johnny jon
jonah jonas jonathan jordan jose joseph josh joshua josie joyce julia julian julie junaid justin kabir kacper kai kaitlyn kamal
karen karim karina kasia katarzyna kate katharine katherine kathleen kathryn katie katy kayla kayleigh keeley keith kelly kemi
kenneth kerry kevin khadija khalid kian kiera kieran kiran kirsty kofi krzysztof kwame kyle lachlan lacey laila lara laura
lauren layla leah leanne lee leila leo leon leonardo levi lewis leyla lia liam libby lilly lina linda lindsay linh lisa lola
lorna lorraine louie louis louisa louise lowri luca lucas lucia lucy luis lukas lukasz luke lyla lynn lynne macie maddison
madeleine madison magdalena mahnoor maisie maja malachi malcolm manpreet mared margaret maria mariam marie marina mario marta
martha martin martyna mary maryam mateusz matilda matt matthew maya megan mehmet mei melanie melissa mhairi mia michael michal
michaela michelle mihai mikolaj milan mila millie minh miriam mohamed mohammad mohammed molly morag muhammad murdo mustafa nadia
naomi natalia natalie natasha nathan nathaniel naveed nawal neil niamh nicola nicole nigel nikhil nikita nikki nina noah noa
nour nkechi obinna oisin oliver olivia oliwia olu oluwaseun omar oscar osian owain owen padraig paige pamela paramjit parveen
patricia patrick paul paula pauline peter phoebe piotr priya rachel rahul rajesh rania rashid ravi rebecca reece reggie rehana
rhiannon rhodri rhys ria richard ricky riley rizwan robert roberta rohan roisin ronan ronnie rory rosa rosie ross rowena
ruairidh ruaridh rukhsana ruth ryan sabrina sadia safa saima sajid sally samantha samir samira samuel sana sandeep sanjay sara
sarah saoirse scarlett sean sebastian seema seren seun shabana shahid shane shanice sharon shauna shazia sheila shira shona sian
sienna simon simran sinead sioned sion siobhan sofia sonia sophia sophie sorcha stacey stanley stefan steffan stella stephanie
stephen steve steven struan stuart subhan sukhdeep sunita susan suzanne tadhg tahir tamara tanya tara tariq tasha tegan temi
teresa thanh theo theodore thomas tia tiana tilly timothy tobi toby tomasz tomos tommy toni tony tracey tracy tunde tyler tyrone
umar usman valentina vanessa vicky victoria vikram vinny vivek vlad waqas wayne wiktoria william wojciech xavier yaw yasmin
yasmine yousef yusuf yvonne zac zach zachary zainab zak zara zayn zeynep zofia zoe zubair zuzanna tom sam dan kim abbey bex beth
liz lizzie mel tash shaz gaz baz kaz mike pete phil nat davey alan alun geraint gwilym dewi meirion nerys glenys jack bob dean
carol daisy lily poppy ruby holly iris violet ivy sonny skye brooke rowan nova cole ernest constance victor noel jasper mason
harmony melody destiny amanda sandra brandon sasha tendai wendy jacqueline jackie lesley leslie diane gail jane joan judith
maureen shirley theresa valerie marian marion debra kathy shannon clive dennis geoff geoffrey norman philip raymond roger roy
russell shaun terry trevor kavya kavita ananya diya ishaan vihaan reyansh advik saanvi myra aadhya navya riya tanvi pooja neha
sneha meera lakshmi rukshana farida halima aaliya sumaya hibah iman inaaya zahra yasmeen salma rabia nabila amani tinashe
tatenda chipo rutendo farai kudzai nyasha ruvimbo tafadzwa themba sipho thabo lerato zanele ngozi chukwuemeka ifeanyi temitope
bolaji yetunde funmi damilola ayodele babajide gbenga kehinde taiwo dorota krystyna malgorzata ewa beata kamil marcin grzegorz
pawel szymon filip igor oskar bogdana ionela alexandru cristian florin bernadette rosalind oona anwen mali gwenno efa begw
heledd elliw mabli ollie jude otis frankie bobby billy keira kiara nevaeh
`);

/**
 * First names that are also everyday words ("Will", "May", "Hope", "Grace"): a name only when
 * written with a capital away from the start of a sentence, or when the sentence shows it is a
 * name ("my daughter Hope", "called Will").
 */
export const WORD_NAMES = words(`
teddy will mark pat rich rob nick ray guy sue cliff gene don ken rod dot penny sandy dawn drew frank angel robin grace faith hope joy
rose amber jade crystal honey sky hunter willow kit max miles pearl heather hazel olive fern misty sage brook rocky basil clay
wade earl rusty buddy merry honor honour patience mercy blessing precious favour gift ash reed marina
`);

/**
 * Names that are far more often something else (months, seasons, a school subject, "Ed Psych"):
 * a name only when the sentence shows it ("my daughter April", "called June").
 */
export const CONTEXT_ONLY_NAMES = words(`
april may june august summer autumn art ed al mo jo bo cam star river chase bill jan eve roman grant charity prince
`);

/** Surnames that are not everyday words: a name wherever they appear. */
export const SURNAMES = words(`
smith jones williams taylor davies evans thomas johnson roberts robinson thompson wright walker edwards hughes lewis harris
clarke jackson turner martin cooper morris moore clark harrison morgan allen scott phillips watson davis parker bennett
griffiths mitchell kelly carter richardson bailey collins murphy miller richards marshall anderson simpson ellis adams wilkinson
chapman powell webb rogers matthews lloyd jenkins owen owens pritchard llewellyn llywelyn rees vaughan howells gruffydd pugh
prosser meredith bowen parry jenkinson macdonald mackenzie mckenzie mclean mcdonald mcgregor robertson stewart campbell fraser
macleod murray ferguson henderson sutherland obrien o'brien oneill o'neill o'connor oconnor o'sullivan osullivan doherty
gallagher kennedy byrne ryan quinn mccarthy brennan fitzgerald nolan walsh patel khan singh begum ahmed hussain ali rahman
chowdhury kaur gill sharma shah mistry desai mehta chauhan choudhury uddin akhtar bibi iqbal malik mahmood qureshi siddiqui aziz
bashir anwar rashid hossain miah okafor okonkwo adeyemi adebayo mensah owusu boateng asante nwosu okoro eze obi chukwu oyelaran
afolabi oduya abdi farah mohamud nur warsame yusuf nowak kowalski kowalska wisniewski wisniewska wojcik kaminski lewandowski
zielinski popescu ionescu popa petrov ivanova nguyen tran chen wang zhang liu huang zhou wu yang lim wong yilmaz kaya demir
celik sahin ozturk cohen goldberg friedman rosenberg fernandes fernandez rodrigues rodriguez gonzalez silva santos pereira costa
oliveira ferreira rossi russo ferrari esposito dubois moreau schmidt muller mueller fischer weber wagner becker hoffmann
`);

/**
 * Surnames that are also everyday words ("Green", "Brown", "King"): a name only after a title
 * ("Mrs Green") or a first name ("Jack Brown").
 */
export const WORD_SURNAMES = words(`
brown white green black wood hall hill king baker cook bell young ward wall mason price shaw gray grey rose long short fisher
carpenter butcher mills field fields lane ball bird stone cross marsh may day knight page banks bush rich butt islam tan levy
foster
`);

/** Titles that come before a name: "Mrs Khan", "Dr. Okafor", "Cllr Jones". */
export const NAME_TITLES = words(`
mr mrs ms miss mx dr prof professor sir dame rev revd reverend cllr councillor lady lord
`);

/** Parts of a surname: "van der Berg", "de Souza", "ap Rhys", "bin Ali". */
export const SURNAME_PARTICLES = words(`
van von der den de del della di da du le la ap ab bin ibn al el mac mc st o ni nic ua ui
`);
