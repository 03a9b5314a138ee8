/**
 * Realistic messages from parents, full of personal details, for the scrubber's tests. Every
 * name, number and place here is made up (phone numbers are from Ofcom's drama ranges, NHS
 * number 943 476 5919 is the NHS test number).
 *
 * `identifying`: every string that would point at a family; none may survive scrubbing.
 * `keep`: words that carry the meaning of the question and must survive.
 */

export interface ScrubCase {
  readonly text: string;
  readonly identifying: readonly string[];
  readonly keep: readonly string[];
}

export const SCRUB_MESSAGES: readonly ScrubCase[] = [
  // --- Names in context -------------------------------------------------------------------
  {
    text: "Hi, I'm Sarah and my son Jack is 7. The school say he doesn't need an EHCP but he's struggling every day.",
    identifying: ['Sarah', 'Jack'],
    keep: ['EHCP', 'the school', '7'],
  },
  {
    text: 'my daughter amelia has autism and adhd and the senco wont listen to me',
    identifying: ['amelia'],
    keep: ['autism', 'adhd', 'senco'],
  },
  {
    text: "We've been told by Mrs Khan (the SENCo) that Zainab can't have 1:1 support without a plan. Is that right?",
    identifying: ['Khan', 'Zainab'],
    keep: ['SENCo', 'support'],
  },
  {
    text: "Mr. O'Neill the head teacher said our boy Cian would be better off in a special school.",
    identifying: ["O'Neill", 'Cian'],
    keep: ['special school', 'head teacher'],
  },
  {
    text: 'Can the council refuse to do an EHC needs assessment? My son is called Gethin and he is in Year 4.',
    identifying: ['Gethin'],
    keep: ['the council', 'Year 4', 'assessment'],
  },
  {
    text: "Thanks for your help earlier. I'll speak to the SENCo tomorrow.\n\nThanks, Dave",
    identifying: ['Dave'],
    keep: ['SENCo', 'tomorrow'],
  },
  {
    text: 'Our caseworker, Gemma Whitfield, has stopped answering emails. Who do I complain to?',
    identifying: ['Gemma Whitfield', 'Whitfield'],
    keep: ['caseworker', 'complain'],
  },
  {
    text: "i'm priya, my twins arjun and kavya are both autistic. can they have one EHCP or do they need one each",
    identifying: ['priya', 'arjun', 'kavya'],
    keep: ['autistic', 'EHCP'],
  },
  {
    text: "Ffion's mum here. The LA have sent a draft plan and Section F is really vague. What should it say?",
    identifying: ['Ffion'],
    keep: ['Section F', 'draft plan', 'LA'],
  },
  {
    text: "My little boy, Oluwaseun, was excluded for the third time this term. Is that allowed when he has SEN support?",
    identifying: ['Oluwaseun'],
    keep: ['excluded', 'SEN support'],
  },
  {
    text: 'The EP, Dr Okafor, recommended SALT twice a week but it is not in the plan. Kind regards, Agnieszka Nowak',
    identifying: ['Okafor', 'Agnieszka Nowak', 'Agnieszka', 'Nowak'],
    keep: ['SALT', 'EP', 'twice a week'],
  },
  {
    text: 'Hello, this is Bronagh. My daughter Saoirse is in reception and the nursery said she needs a diagnosis before they help.',
    identifying: ['Bronagh', 'Saoirse'],
    keep: ['reception', 'diagnosis'],
  },
  {
    text: "our son lowri... sorry, our DAUGHTER Lowri has a PDA profile and refuses school most days. what are our options",
    identifying: ['Lowri'],
    keep: ['PDA', 'refuses school'],
  },
  {
    text: "I am Siân Llewellyn-Jones, parent of Dafydd (Year 9). The tribunal is booked and I need to know about evidence.",
    identifying: ['Siân', 'Llewellyn-Jones', 'Dafydd'],
    keep: ['tribunal', 'Year 9', 'evidence'],
  },
  {
    text: 'Miss Hughes the class teacher and Mr Patel the head both agreed he needs more help but nothing has happened.',
    identifying: ['Hughes', 'Patel'],
    keep: ['class teacher', 'more help'],
  },
  {
    text: "My son's name is Xander and he's 14. His TA Mrs Bibi is lovely but she's leaving. Will his hours stay the same?",
    identifying: ['Xander', 'Bibi'],
    keep: ['TA', '14', 'hours'],
  },
  {
    text: 'we adopted our daughter Maja from Poland when she was 3, she is now 10 and has FASD. Does she get priority?',
    identifying: ['Maja'],
    keep: ['adopted', 'FASD', 'priority', '10'],
  },
  {
    text: 'Regards,\nMohammed Rahman',
    identifying: ['Mohammed', 'Rahman'],
    keep: [],
  },
  {
    text: "Hi there, my grandson Tyler lives with me (I have a special guardianship order). Can I ask for an assessment or does his mum have to?",
    identifying: ['Tyler'],
    keep: ['special guardianship order', 'assessment'],
  },
  {
    text: "The SENCo Ms Adeyemi said Chidi would get 20 hours of support but the EHCP only says 'access to' support. Thank you, Chioma",
    identifying: ['Adeyemi', 'Chidi', 'Chioma'],
    keep: ['SENCo', '20 hours', 'EHCP'],
  },
  {
    text: "Dear Sir/Madam, I'm writing about my son Piotr Kowalski. He has dyslexia and isn't getting any help.",
    identifying: ['Piotr', 'Kowalski'],
    keep: ['dyslexia', 'help'],
  },
  {
    text: "eilidh is 6, she has cerebral palsy, we moved down from scotland and nobody will tell me if her CSP counts as an EHCP",
    identifying: ['eilidh'],
    keep: ['cerebral palsy', 'EHCP', '6'],
  },
  {
    text: 'Is it normal for the annual review to be late? Aoife is in year 11 and starting college in September. Cheers, Niamh',
    identifying: ['Aoife', 'Niamh'],
    keep: ['annual review', 'year 11', 'college', 'September'],
  },
  {
    text: "My wife Rachel and I are going through mediation with the council over Ethan's placement.",
    identifying: ['Rachel', 'Ethan'],
    keep: ['mediation', 'the council', 'placement'],
  },
  {
    text: "hi im jo, my lad harvey got diagnosed with ADHD last week. do i need to tell the school?",
    identifying: ['harvey'],
    keep: ['ADHD', 'last week', 'the school'],
  },
  {
    text: 'Our foster son Kwame (he is 12) has been out of school since half term. The virtual school head has not replied.',
    identifying: ['Kwame'],
    keep: ['virtual school', 'half term', '12'],
  },
  {
    text: "Ella-Rose's EHCP was finalised but the named school says they can't meet her needs. What now?",
    identifying: ['Ella-Rose'],
    keep: ['EHCP', 'named school', 'needs'],
  },
  {
    text: 'The paediatrician Dr. Marsh referred Tomos to CAMHS in the spring but we are still waiting. Diolch, Cerys',
    identifying: ['Marsh', 'Tomos', 'Cerys'],
    keep: ['paediatrician', 'CAMHS', 'waiting'],
  },
  {
    text: 'can i ask the LA to assess my son myself? the school (mrs green is the senco) keep saying wait and see',
    identifying: ['green'],
    keep: ['LA', 'assess', 'senco', 'wait and see'],
  },
  {
    text: "I'm Huong, mum to Minh Nguyen who is 9. English is not my first language, sorry. School say Minh is only shy.",
    identifying: ['Huong', 'Minh', 'Nguyen'],
    keep: ['9', 'shy'],
  },
  // --- Email addresses and web addresses ------------------------------------------------------
  {
    text: 'Please could someone email me back at sarah.k.jones84@gmail.com about my sons EHCP appeal',
    identifying: ['sarah.k.jones84@gmail.com', 'sarah.k.jones84'],
    keep: ['EHCP', 'appeal'],
  },
  {
    text: 'my email is DAZ_the_dad@hotmail.co.uk if the adviser can contact me',
    identifying: ['DAZ_the_dad@hotmail.co.uk', 'DAZ_the_dad'],
    keep: ['adviser', 'contact'],
  },
  {
    text: "The caseworker's email is r.ahmed@kirklees.gov.uk and she never replies. Is there a time limit?",
    identifying: ['r.ahmed@kirklees.gov.uk', 'r.ahmed'],
    keep: ['caseworker', 'time limit'],
  },
  {
    text: 'contact me on jo dot bloggs at outlook dot com, I do not want to give my phone number',
    identifying: ['jo dot bloggs at outlook dot com', 'bloggs'],
    keep: ['phone number'],
  },
  {
    text: "I've put my son's story on https://www.facebook.com/groups/12345/posts/67890 and https://docs.google.com/document/d/1AbCdEf/edit - can you read it?",
    identifying: ['facebook.com/groups/12345/posts/67890', 'docs.google.com/document/d/1AbCdEf/edit', '67890'],
    keep: ['story'],
  },
  {
    text: 'His school profile is at www.oakfield-academy.sch.uk/pupils/jsmith2016 if that helps',
    identifying: ['www.oakfield-academy.sch.uk/pupils/jsmith2016', 'jsmith2016'],
    keep: ['profile'],
  },
  // --- Phone numbers ---------------------------------------------------------------------------
  {
    text: 'Can an adviser ring me on 07700 900123 after 3pm? It is about a refusal to assess.',
    identifying: ['07700 900123'],
    keep: ['refusal to assess', '3pm', 'adviser'],
  },
  {
    text: 'my number is 07700900456 text is better than calling',
    identifying: ['07700900456'],
    keep: ['text'],
  },
  {
    text: 'Home phone (020) 7946 0018 or mobile +44 7700 900 789, whichever is easier',
    identifying: ['(020) 7946 0018', '7946 0018', '+44 7700 900 789', '900 789'],
    keep: ['Home phone', 'mobile'],
  },
  {
    text: "The SEN team's number 0113 496 0000 just rings out. Is there another way to reach them?",
    identifying: ['0113 496 0000'],
    keep: ['SEN team'],
  },
  {
    text: 'call me 0161-496-0123 or 07700.900.321 thanks',
    identifying: ['0161-496-0123', '07700.900.321'],
    keep: ['call'],
  },
  {
    text: 'you can reach my husband on +44 (0)29 2018 0345 during the day',
    identifying: ['+44 (0)29 2018 0345', '2018 0345'],
    keep: ['during the day'],
  },
  {
    text: 'Please call 0044 7700 900 555, I work nights so after 2pm is best',
    identifying: ['0044 7700 900 555', '900 555'],
    keep: ['after 2pm'],
  },
  {
    text: 'ring me on 077009 00987 my sons school rang about an exclusion',
    identifying: ['077009 00987'],
    keep: ['exclusion'],
  },
  // --- Postcodes and addresses ------------------------------------------------------------------
  {
    text: "We live at 12 Oak Road, Leeds LS6 2AB. Which SENDIASS covers us?",
    identifying: ['12 Oak Road', 'LS6 2AB'],
    keep: ['SENDIASS', 'Leeds'],
  },
  {
    text: 'our postcode is cf10 1ab, is the welsh system different for ALN?',
    identifying: ['cf10 1ab'],
    keep: ['welsh', 'ALN'],
  },
  {
    text: "Flat 3, 22a Kingsway Court, Glasgow G12 8QQ - we're moving to England next year. Will his plan transfer?",
    identifying: ['Flat 3', '22a Kingsway Court', 'G12 8QQ'],
    keep: ['England', 'plan', 'transfer'],
  },
  {
    text: 'we are in the BT7 area but my son goes to school over the border',
    identifying: ['BT7'],
    keep: ['school', 'border'],
  },
  {
    text: "I live on Acacia Avenue and the bus to his special school takes over an hour each way. Is transport the council's job?",
    identifying: ['Acacia Avenue'],
    keep: ['special school', 'transport', 'an hour'],
  },
  {
    text: 'address for the letter: 47 Heol y Coed, Rhiwbina, Cardiff CF14 6HL',
    identifying: ['47 Heol y Coed', 'CF14 6HL'],
    keep: ['letter'],
  },
  {
    text: 'we moved to 5 the crescent, york yo10 5dd in july and the new council says they will "review" the plan',
    identifying: ['5 the crescent', 'yo10 5dd'],
    keep: ['new council', 'review', 'plan', 'july'],
  },
  {
    text: "Rose Cottage, Back Lane, Little Snoring NR21 0AA. It's a small village school, the only one near us.",
    identifying: ['Rose Cottage', 'Back Lane', 'NR21 0AA'],
    keep: ['village school'],
  },
  {
    text: '14 st john\'s street, edinburgh eh6 7dq — my son has a CSP and we are moving to Newcastle NE6 5QD in the summer',
    identifying: ["14 st john's street", 'eh6 7dq', 'NE6 5QD'],
    keep: ['CSP', 'moving', 'summer'],
  },
  {
    text: 'Our house is 221 Shirley Road B15 2QT near the university. Can I choose a school outside Birmingham?',
    identifying: ['221 Shirley Road', 'B15 2QT'],
    keep: ['choose a school'],
  },
  {
    text: 'we are at 9 Park View, Plymouth PL4 8AA and the school transport stopped when he turned 16',
    identifying: ['9 Park View', 'PL4 8AA'],
    keep: ['school transport', '16'],
  },
  {
    text: 'postcode M20 - which council is that and who do I send the request to?',
    identifying: ['M20'],
    keep: ['council', 'request'],
  },
  {
    text: 'apartment 12, 3-5 Victoria Terrace, Swansea SA1 1NW',
    identifying: ['apartment 12', '3-5 Victoria Terrace', 'SA1 1NW'],
    keep: [],
  },
  {
    text: 'We live on Mill Lane in Truro TR1 2XN and there is no specialist provision nearby',
    identifying: ['Mill Lane', 'TR1 2XN'],
    keep: ['specialist provision'],
  },
  // --- Dates -------------------------------------------------------------------------------------
  {
    text: 'We sent the request on 12/03/2024 and have heard nothing. Is that too long?',
    identifying: ['12/03/2024'],
    keep: ['request', 'too long'],
  },
  {
    text: 'the council said no on the 3rd of october, when is the deadline to appeal?',
    identifying: ['3rd of october'],
    keep: ['the council', 'deadline', 'appeal'],
  },
  {
    text: 'Annual review meeting was 14th Feb, the amended plan came 2 weeks ago. Are they late?',
    identifying: ['14th Feb'],
    keep: ['Annual review', '2 weeks ago', 'amended plan'],
  },
  {
    text: 'He was born 2016-05-09 and started school in September 2020.',
    identifying: ['2016-05-09', 'September 2020'],
    keep: ['started school'],
  },
  {
    text: 'Decision letter dated March 12, 2025. Mediation certificate issued 1.4.25. How long do I have?',
    identifying: ['March 12, 2025', '1.4.25'],
    keep: ['Decision letter', 'Mediation certificate', 'How long'],
  },
  {
    text: 'The tribunal hearing is on Monday 3rd and the bundle has not arrived.',
    identifying: ['Monday 3rd'],
    keep: ['tribunal', 'bundle'],
  },
  {
    text: 'DOB 07/11/2013, diagnosed autistic May 2019, EHCP issued 20 Jan 2021',
    identifying: ['07/11/2013', 'May 2019', '20 Jan 2021'],
    keep: ['autistic', 'EHCP'],
  },
  {
    text: 'they have until the 21st to reply and it has already been 20 weeks',
    identifying: ['the 21st'],
    keep: ['20 weeks', 'reply'],
  },
  {
    text: 'we requested the assessment on 2nd september and they decided on the 30/10 - is 8 weeks ok?',
    identifying: ['2nd september', '30/10'],
    keep: ['assessment', '8 weeks'],
  },
  {
    text: 'The panel meets Thursday 16 January 2025 and the LA says it will decide then.',
    identifying: ['16 January 2025', 'Thursday 16 January'],
    keep: ['panel', 'LA'],
  },
  {
    text: "Her birthday is 29th February so she's only had 2 real birthdays lol. She is 9 and in Year 4.",
    identifying: ['29th February'],
    keep: ['9', 'Year 4'],
  },
  {
    text: 'hearing listed for 12-14 November, we got the date on 5 Sept 2024',
    identifying: ['12-14 November', '5 Sept 2024'],
    keep: ['hearing'],
  },
  // --- Schools ------------------------------------------------------------------------------------
  {
    text: "St Mary's C of E Primary have said they can't meet his needs and want a specialist place.",
    identifying: ["St Mary's C of E Primary"],
    keep: ['needs', 'specialist place'],
  },
  {
    text: 'he goes to oakfield academy and they keep sending him home early. is that an exclusion?',
    identifying: ['oakfield academy', 'oakfield'],
    keep: ['sending him home early', 'exclusion'],
  },
  {
    text: "Hillside School won't let her go on the trip because of her medical needs. The last school was no better.",
    identifying: ['Hillside School'],
    keep: ['trip', 'medical needs'],
  },
  {
    text: 'We want Meadowbank Special School named in Section I but the council wants mainstream.',
    identifying: ['Meadowbank Special School', 'Meadowbank'],
    keep: ['Section I', 'the council', 'mainstream'],
  },
  {
    text: 'His current school is Greenfields Primary School, and the secondary we want is King Edward VI Grammar School.',
    identifying: ['Greenfields Primary School', 'King Edward VI Grammar School', 'Greenfields'],
    keep: ['current school', 'secondary'],
  },
  {
    text: 'our lass is at st josephs rc junior school and the head says she is "just naughty"',
    identifying: ['st josephs rc junior school', 'josephs'],
    keep: ['the head', 'naughty'],
  },
  {
    text: "Park View School said his EHCP hours are 'shared' with another child. Is that allowed?",
    identifying: ['Park View School'],
    keep: ['EHCP', 'hours', 'shared'],
  },
  {
    text: 'Ysgol Gymraeg Bro Taf is the school we want but the LA says the transport is too expensive',
    identifying: ['Ysgol Gymraeg Bro Taf'],
    keep: ['transport', 'LA', 'too expensive'],
  },
  {
    text: 'She is at Hillcrest Infant and Nursery School. Busy Bees Nursery had said she was fine.',
    identifying: ['Hillcrest Infant and Nursery School', 'Busy Bees Nursery', 'Hillcrest', 'Busy Bees'],
    keep: ['fine'],
  },
  {
    text: 'Can the LA name Oakwood High if Oakwood High say they are full?',
    identifying: ['Oakwood High', 'Oakwood'],
    keep: ['LA', 'full'],
  },
  {
    text: 'My son attends Riverside Academy Trust school, Riverside Primary Academy, in Year 2',
    identifying: ['Riverside Academy Trust', 'Riverside Primary Academy', 'Riverside'],
    keep: ['Year 2'],
  },
  {
    text: 'bishop of hereford bluecoat school have been brilliant, but the sixth form college says no EHCP no place',
    identifying: ['bishop of hereford bluecoat school', 'bluecoat', 'hereford'],
    keep: ['sixth form college', 'EHCP'],
  },
  // --- Councils ---------------------------------------------------------------------------------------
  {
    text: 'Kent County Council refused to assess even though the school supported the request.',
    identifying: ['Kent County Council'],
    keep: ['refused to assess', 'the school'],
  },
  {
    text: 'leeds city council have had our request for 19 weeks. no decision yet',
    identifying: ['leeds city council'],
    keep: ['19 weeks', 'decision'],
  },
  {
    text: 'We moved from the London Borough of Camden to Cornwall Council area. Does the plan move with us?',
    identifying: ['London Borough of Camden', 'Cornwall Council'],
    keep: ['plan', 'move'],
  },
  {
    text: 'Royal Borough of Kensington and Chelsea says it is the health service that should pay for the therapy',
    identifying: ['Royal Borough of Kensington and Chelsea', 'Kensington and Chelsea'],
    keep: ['health service', 'therapy'],
  },
  {
    text: 'birmingham city council lost our paperwork twice. I want to complain to the ombudsman',
    identifying: ['birmingham city council'],
    keep: ['complain', 'ombudsman'],
  },
  {
    text: 'Is Bath and North East Somerset Council allowed to cut his hours at the annual review?',
    identifying: ['Bath and North East Somerset Council'],
    keep: ['hours', 'annual review'],
  },
  {
    text: 'city of york council sent a draft with no provision in section F',
    identifying: ['city of york council'],
    keep: ['section F', 'draft', 'provision'],
  },
  {
    text: 'We are with Isle of Wight Council, is there a SENDIASS on the island?',
    identifying: ['Isle of Wight Council'],
    keep: ['SENDIASS', 'island'],
  },
  {
    text: 'north yorkshire council and the school are blaming each other',
    identifying: ['north yorkshire council'],
    keep: ['blaming each other', 'the school'],
  },
  {
    text: 'Surrey LA say the EHCP will be issued in 20 weeks from the request',
    identifying: ['Surrey LA'],
    keep: ['EHCP', '20 weeks'],
  },
  // --- Reference and health numbers ----------------------------------------------------------------------
  {
    text: 'My NHS number is 943 476 5919 if CAMHS need it',
    identifying: ['943 476 5919'],
    keep: ['CAMHS'],
  },
  {
    text: "his nhs no. 9434765919 and the referral ref is CAMHS-2024-00871",
    identifying: ['9434765919', 'CAMHS-2024-00871', '00871'],
    keep: ['referral'],
  },
  {
    text: 'Our case reference is EHC/2024/1234. Can I quote that when I ring?',
    identifying: ['EHC/2024/1234'],
    keep: ['case reference'],
  },
  {
    text: 'Tribunal appeal number EH123/24/00045 - the LA missed their response deadline',
    identifying: ['EH123/24/00045', '00045'],
    keep: ['Tribunal', 'deadline'],
  },
  {
    text: 'the council complaint ref is 23009876 and case number 123456, still no response after 30 days',
    identifying: ['23009876', '123456'],
    keep: ['complaint', '30 days'],
  },
  {
    text: 'My National Insurance number is QQ 12 34 56 C for the DLA form, is that safe to give?',
    identifying: ['QQ 12 34 56 C'],
    keep: ['DLA'],
  },
  {
    text: 'ni number ab123456c, do i need it for a personal budget',
    identifying: ['ab123456c'],
    keep: ['personal budget'],
  },
  {
    text: 'His UPN is A123456789012 and the new school cannot find his records.',
    identifying: ['A123456789012'],
    keep: ['new school', 'records'],
  },
  {
    text: 'LGO reference 23 004 567 - they said the council was at fault',
    identifying: ['23 004 567', '004 567'],
    keep: ['at fault'],
  },
  {
    text: 'The SEN2 team gave us ID 55012345 and said quote it',
    identifying: ['55012345'],
    keep: ['quote'],
  },
  {
    text: 'claim no. DLA-778812-B was turned down, can that count as evidence for the tribunal?',
    identifying: ['DLA-778812-B', '778812'],
    keep: ['evidence', 'tribunal'],
  },
  {
    text: 'hospital number 4471293 and his consultant is at the childrens hospital',
    identifying: ['4471293'],
    keep: ['consultant'],
  },
  // --- Several details in one message ------------------------------------------------------------------
  {
    text: "Hello. My name is Karen Whitaker and my son Alfie (aged 8) attends Brookfield Primary School in Sheffield S10 2TN. On 5th June 2024 Sheffield City Council refused to assess him. My phone is 0114 496 0456 and email karen.whitaker@btinternet.com. Regards, Karen",
    identifying: ['Karen', 'Whitaker', 'Alfie', 'Brookfield Primary School', 'S10 2TN', '5th June 2024', 'Sheffield City Council', '0114 496 0456', 'karen.whitaker@btinternet.com'],
    keep: ['refused to assess', 'aged 8'],
  },
  {
    text: "hiya im stacey, my boy kai is 11 and goes to westfield academy, the senco mrs o'brien told me on 12/09 they wont apply for an ehcp. we live at 33 elm grove ls12 3pq. ring me 07700 900222 x",
    identifying: ['stacey', 'kai', 'westfield academy', "o'brien", '12/09', '33 elm grove', 'ls12 3pq', '07700 900222'],
    keep: ['senco', 'ehcp', '11'],
  },
  {
    text: "Dear SEND Navigator, I am writing on behalf of my granddaughter Imogen Hart who lives with me at 8 Willow Close, Exeter EX4 6QR. Her school, Exeter St Thomas Church of England Academy, have put her on a part-time timetable since 3 March. Devon County Council say it's the school's decision. Yours sincerely, Margaret Hart",
    identifying: ['Imogen Hart', 'Imogen', 'Hart', '8 Willow Close', 'EX4 6QR', 'Exeter St Thomas Church of England Academy', '3 March', 'Devon County Council', 'Margaret'],
    keep: ['part-time timetable', "school's decision"],
  },
  {
    text: 'Me and my partner Lee are fostering Jayden (UPN B801200001001) - the social worker Andrea says the virtual school should pay. Our foster agency ref is FA/22/3310. Call 07700 900765.',
    identifying: ['Lee', 'Jayden', 'B801200001001', 'Andrea', 'FA/22/3310', '07700 900765'],
    keep: ['fostering', 'social worker', 'virtual school'],
  },
  {
    text: "sorry for the long message. my son is mohammed ali, he is 15, he's at Bradford Grammar and has been out of school since 14 november because of anxiety. his nhs number 485 777 3456. camhs said 18 months wait. bradford council said they cant do anything until camhs see him. our address is 71 Manningham Lane BD8 7HB. I dont know what to do anymore",
    identifying: ['mohammed', 'ali', 'Bradford Grammar', '14 november', '485 777 3456', 'bradford council', '71 Manningham Lane', 'BD8 7HB'],
    keep: ['anxiety', 'camhs', '18 months', '15', 'out of school'],
  },
  {
    text: "Morning! Quick one - we have the EHCP draft (ref SEN/2025/0099) and the named school is Ashgrove Academy but we wanted Lakeside School. Deadline for comments is Friday 14th. Thanks, Claire & Tom",
    identifying: ['SEN/2025/0099', 'Ashgrove Academy', 'Lakeside School', 'Friday 14th', 'Claire', 'Tom'],
    keep: ['EHCP', 'draft', 'named school', 'comments'],
  },
  {
    text: "My son Rhys Gruffydd (DOB 14.02.2012) has Down's syndrome. Cyngor Gwynedd say his school, Ysgol y Garnedd, must apply. Our number is 01248 496 012.",
    identifying: ['Rhys', 'Gruffydd', '14.02.2012', 'Cyngor Gwynedd', 'Ysgol y Garnedd', '01248 496 012'],
    keep: ["Down's syndrome", 'apply'],
  },
  {
    text: 'Tribunal ordered on 19/06/2025 that Manchester City Council name Lancasterian School. It is now 8 weeks and nothing. Our solicitor Mr Daniel Levy says to wait. Email: levy.family@icloud.com',
    identifying: ['19/06/2025', 'Manchester City Council', 'Lancasterian School', 'Daniel', 'Levy', 'levy.family@icloud.com'],
    keep: ['Tribunal', '8 weeks', 'solicitor'],
  },
  {
    text: "my ex (Craig) says our daughter Poppy-Mae doesn't need support, i say she does. I have parental responsibility. we're in norwich nr2 4ab. can I ask for the assessment without him?",
    identifying: ['Craig', 'Poppy-Mae', 'nr2 4ab'],
    keep: ['parental responsibility', 'assessment', 'support'],
  },
  {
    text: 'EHCP issued 2 Dec 2024 for Ravi Sharma, Year 10 at Heathfield Community College, provision in F says "regular" SALT. The SENCo Mrs Dhillon wont say how often. 020 7946 0991',
    identifying: ['2 Dec 2024', 'Ravi', 'Sharma', 'Heathfield Community College', 'Dhillon', '020 7946 0991'],
    keep: ['EHCP', 'Year 10', 'SALT', 'SENCo'],
  },
  // --- Sign-offs and greetings ---------------------------------------------------------------------------
  {
    text: 'Many thanks in advance,\nJoanne',
    identifying: ['Joanne'],
    keep: [],
  },
  {
    text: 'Thanks so much, that really helped x\nBecky',
    identifying: ['Becky'],
    keep: ['helped'],
  },
  {
    text: 'Best wishes, Anwen Pritchard',
    identifying: ['Anwen', 'Pritchard'],
    keep: [],
  },
  {
    text: "Hi Sam, it's Gareth again about the transport appeal",
    identifying: ['Sam', 'Gareth'],
    keep: ['transport appeal'],
  },
  {
    text: 'Cheers\nBaz (Tyler-Jay\'s dad)',
    identifying: ['Baz', 'Tyler-Jay'],
    keep: ['dad'],
  },
  {
    text: 'what happens at mediation? - Oona',
    identifying: ['Oona'],
    keep: ['mediation'],
  },
  {
    text: 'Thank you for the information.\n\nKind regards\nFatima Begum-Hussain',
    identifying: ['Fatima', 'Begum-Hussain'],
    keep: ['information'],
  },
  // --- Typos, lower case, shouting -------------------------------------------------------------------
  {
    text: 'my sons name is jak (not jack lol) and hes in yr 3, the techer says hes lazy but hes got dyslexia',
    identifying: ['jak'],
    keep: ['dyslexia', 'yr 3', 'lazy'],
  },
  {
    text: 'MY SON JACOB HAS BEEN EXCLUDED FROM ST ANNE\'S ACADEMY AND NOBODY WILL HELP',
    identifying: ['JACOB', "ST ANNE'S ACADEMY"],
    keep: ['EXCLUDED', 'HELP'],
  },
  {
    text: 'mrs begum the senco at apple tree primary says no to ehcp, is she allowed',
    identifying: ['begum', 'apple tree primary'],
    keep: ['senco', 'ehcp'],
  },
  {
    text: 'ive emailed lancashire county council 5 times! ref no 2024/SEN/1187. 07700 900 111',
    identifying: ['lancashire county council', '2024/SEN/1187', '07700 900 111'],
    keep: ['emailed', '5 times'],
  },
  {
    text: 'helo my dauter is called evie-grace she has global delay and is 4, nursery want her to stay back a year',
    identifying: ['evie-grace'],
    keep: ['global delay', 'nursery', '4'],
  },
  {
    text: 'cn sumone help my son zeke is 13 and wont go to skool, the la said they dont do home tuition',
    identifying: ['zeke'],
    keep: ['13', 'home tuition'],
  },
  // --- Long and rambling ------------------------------------------------------------------------------
  {
    text: "I don't really know where to start. My son Leo is 10 and has always found school hard. In Year 2 his teacher Miss Carter said he was 'just a boy' and would catch up. In Year 4 we paid for a private EP report (Dr Fiona Baxter) which said he has dyslexia and dyspraxia. The school, Westbrook Primary, put in some interventions but they stopped after Christmas. I asked for an EHC needs assessment on 9 January and Hampshire County Council said no on 6 March. I phoned them on 023 8049 6000 and the officer, Paul, said to wait for the annual review but he doesn't have a plan so there is no annual review?? We live at 27 Orchard Rise, Southampton SO16 3GH. I'm so tired. Sorry. Emma",
    identifying: ['Leo', 'Carter', 'Fiona Baxter', 'Baxter', 'Westbrook Primary', '9 January', 'Hampshire County Council', '6 March', '023 8049 6000', 'Paul', '27 Orchard Rise', 'SO16 3GH', 'Emma'],
    keep: ['Year 2', 'Year 4', 'EP report', 'dyslexia', 'dyspraxia', 'EHC needs assessment', 'annual review', '10'],
  },
  {
    text: "ok so long story. we had a plan in the old area (Wiltshire Council) and moved to Swindon in the summer holidays. new address 4 Kingfisher Drive, Swindon SN3 4JD. Swindon Borough Council say they will 'look at it' but it's been 6 weeks and my son Ollie hasn't got a school place. the old school was Rowdeford School. the new council caseworker is Amanda Price 01793 496 333 but her voicemail is full. our reference is SBC-EHC-55612. please help",
    identifying: ['Wiltshire Council', '4 Kingfisher Drive', 'SN3 4JD', 'Swindon Borough Council', 'Ollie', 'Rowdeford School', 'Amanda', 'Price', '01793 496 333', 'SBC-EHC-55612'],
    keep: ['plan', '6 weeks', 'school place', 'caseworker', 'summer holidays'],
  },
  {
    text: "The school (Castle Hill Primary) have said Ruby needs a 'reduced timetable' until Easter, so she only goes 9-11am. She is 6 and has Down syndrome. Her EHCP says full time with 25 hours 1:1. The head, Mr Singh, says it's for her own good. I asked the SEN officer at Derbyshire County Council (ref DCC/EHCP/2023/778) and she said it's up to the school. I feel like nobody is on Ruby's side.",
    identifying: ['Castle Hill Primary', 'Ruby', 'Singh', 'Derbyshire County Council', 'DCC/EHCP/2023/778'],
    keep: ['reduced timetable', 'Easter', 'Down syndrome', 'EHCP', '25 hours', 'full time', '6'],
  },
  {
    text: 'My son Oscar is 16 and finishing at Longview Academy. The college (Greenhill College) want a transition meeting but nobody from Essex County Council will come. He is autistic and has an EHCP. I want to know if the plan carries on at college. Text me on 07700 900888. Thanks - Jenny Marsh',
    identifying: ['Oscar', 'Longview Academy', 'Greenhill College', 'Essex County Council', '07700 900888', 'Jenny', 'Marsh'],
    keep: ['16', 'transition meeting', 'autistic', 'EHCP', 'college'],
  },
  // --- Staff by role, relatives, and others ----------------------------------------------------------
  {
    text: 'The SALT, Hannah, only came once this year. The plan says termly. Who do I tell?',
    identifying: ['Hannah'],
    keep: ['SALT', 'termly', 'plan'],
  },
  {
    text: 'Our social worker Precious said we could get respite. Is that through the EHCP?',
    identifying: ['Precious'],
    keep: ['social worker', 'respite', 'EHCP'],
  },
  {
    text: "Grandma here - my grandson Dylan's school keeps ringing his mum at work to collect him early",
    identifying: ['Dylan'],
    keep: ['collect him early', 'Grandma'],
  },
  {
    text: 'Mx Taylor-Reid (my child\'s key worker) thinks Sasha might be autistic. Where do we start?',
    identifying: ['Taylor-Reid', 'Sasha'],
    keep: ['key worker', 'autistic'],
  },
  {
    text: 'I spoke to Cllr Wojcik and she said to email the director of children\'s services',
    identifying: ['Wojcik'],
    keep: ['director of children', 'email'],
  },
  {
    text: 'the EHCP coordinator called Dorota said the panel meets on 15 April',
    identifying: ['Dorota', '15 April'],
    keep: ['EHCP', 'panel'],
  },
  {
    text: 'My stepdaughter, Keira, lives with us half the week. Both of us have parental responsibility.',
    identifying: ['Keira'],
    keep: ['half the week', 'parental responsibility'],
  },
  {
    text: 'My autistic son Zain Hussain was refused a place at Oldham Sixth Form College because of his behaviour',
    identifying: ['Zain', 'Hussain', 'Oldham Sixth Form College'],
    keep: ['autistic', 'refused', 'behaviour'],
  },
  {
    text: "Hope you can help. Our daughter Hope is 8 and the school won't apply for an EHCP.",
    identifying: ['Our daughter Hope is', 'Hope is 8'],
    keep: ['Hope you can help', 'EHCP', '8'],
  },
  {
    text: 'Will the EHCP follow him? My son Will starts secondary school in September.',
    identifying: ['son Will', 'Will starts'],
    keep: ['Will the EHCP', 'secondary school', 'September'],
  },
  {
    text: 'we got a letter from Nottinghamshire County Council signed by Sandra Olowe, Senior SEND Officer',
    identifying: ['Nottinghamshire County Council', 'Sandra', 'Olowe'],
    keep: ['SEND Officer', 'letter'],
  },
  {
    text: "We're seeing Dr Ahmed-Ali at the child development centre on Tuesday. Should I take the EHCP?",
    identifying: ['Ahmed-Ali'],
    keep: ['child development centre', 'Tuesday', 'EHCP'],
  },
  {
    text: 'my son Mateusz (year 5) and daughter Zofia (year 2) both have speech delay. can one assessment cover both?',
    identifying: ['Mateusz', 'Zofia'],
    keep: ['year 5', 'year 2', 'speech delay'],
  },
  {
    text: 'Our boy Ifeanyi is non-verbal. Kids at Northgate Primary call him names. What can we do?',
    identifying: ['Ifeanyi', 'Northgate Primary'],
    keep: ['non-verbal'],
  },
  {
    text: "i'm Declan's dad, he is at Holy Cross Catholic Primary School in Belfast BT7 1NN and we are moving to Liverpool",
    identifying: ['Declan', 'Holy Cross Catholic Primary School', 'BT7 1NN'],
    keep: ['dad', 'moving'],
  },
  {
    text: 'The head of year Mr McAllister and the SENCo Miss Nwachukwu both said different things',
    identifying: ['McAllister', 'Nwachukwu'],
    keep: ['head of year', 'SENCo'],
  },
  {
    text: 'My eldest, Yusuf, has an EHCP. My youngest, Maryam, needs one too.',
    identifying: ['Yusuf', 'Maryam'],
    keep: ['EHCP', 'eldest', 'youngest'],
  },
  {
    text: 'dad of 3 here (callum, finlay and isla), all with additional needs, at Braeside Primary. we came from Aberdeen AB10 6RN.',
    identifying: ['callum', 'finlay', 'isla', 'Braeside Primary', 'AB10 6RN'],
    keep: ['additional needs'],
  },
  {
    text: "Hi it's Tendai. Following our chat, the school have now agreed to request an assessment.",
    identifying: ['Tendai'],
    keep: ['request an assessment'],
  },
  {
    text: 'My name is Ngozi Eze. My son Chukwuemeka goes to Southfields Academy, Wandsworth. He has sickle cell and misses lots of school.',
    identifying: ['Ngozi', 'Eze', 'Chukwuemeka', 'Southfields Academy'],
    keep: ['sickle cell', 'misses lots of school'],
  },
  {
    text: 'The LA officer Ms Kowalczyk said Mia is "not complex enough" for a special school place',
    identifying: ['Kowalczyk', 'Mia'],
    keep: ['not complex enough', 'special school'],
  },
  {
    text: "My son Louis-Arthur's new school, Fairfield High School, wants proof of his diagnosis",
    identifying: ['Louis-Arthur', 'Fairfield High School'],
    keep: ['proof', 'diagnosis'],
  },
  {
    text: 'Has anyone had experience with Medway Council? They closed our case (CASE 88213) without telling us.',
    identifying: ['Medway Council', '88213'],
    keep: ['closed our case'],
  },
  {
    text: 'our daughter Sofia-Grace (aged 5) started at St Peter and St Paul Catholic Primary in September',
    identifying: ['Sofia-Grace', 'St Peter and St Paul Catholic Primary'],
    keep: ['aged 5', 'September'],
  },
  {
    text: 'My son is at Broadlands Academy (Year 8). On the 4th Dec the head, Mrs Ellison, excluded him for 5 days.',
    identifying: ['Broadlands Academy', '4th Dec', 'Ellison'],
    keep: ['Year 8', 'excluded', '5 days'],
  },
  {
    text: 'It is ridiculous. Three emails to Wirral Council (ref WC-SEN-20931) and nothing. Sean',
    identifying: ['Wirral Council', 'WC-SEN-20931', 'Sean'],
    keep: ['emails', 'nothing'],
  },
  {
    text: "My partner's name is Jordan, we're both on the EHCP as parents. Does the council need both signatures?",
    identifying: ['Jordan'],
    keep: ['EHCP', 'signatures', 'the council'],
  },
  {
    text: "we're in leicester le2 1xy and our son Aarav goes to Hazelwood Primary School. the LA is Leicester City Council.",
    identifying: ['le2 1xy', 'Aarav', 'Hazelwood Primary School', 'Leicester City Council'],
    keep: ['LA'],
  },
  {
    text: 'Can I bring my friend Deborah to the annual review? The school says only parents.',
    identifying: ['Deborah'],
    keep: ['annual review', 'only parents'],
  },
  {
    text: 'Her EHCP was ceased on 31/08/2025 when she left Fernhill School. She is 19 and in college now.',
    identifying: ['31/08/2025', 'Fernhill School'],
    keep: ['ceased', '19', 'college'],
  },
  {
    text: 'Hi, Kavita here again. The council wrote back - ref 2025-EHC-4411. Thanks Kavita',
    identifying: ['Kavita', '2025-EHC-4411'],
    keep: ['wrote back'],
  },
  {
    text: 'my son Finn Ó Súilleabháin is at Gaelscoil and we moved from Cork',
    identifying: ['Finn', 'Ó Súilleabháin'],
    keep: ['moved'],
  },
  {
    text: 'The EP report by Dr Rebecca Lowe (HCPC PYL12345) says he needs a small class.',
    identifying: ['Rebecca', 'Lowe', 'PYL12345'],
    keep: ['EP report', 'small class'],
  },
  {
    text: 'my twins are Amir and Amira, Year 1 at Ladybrook Primary, stockport sk7 3lq',
    identifying: ['Amir', 'Amira', 'Ladybrook Primary', 'sk7 3lq'],
    keep: ['Year 1'],
  },
  {
    text: "Our son's social worker is called Temitope and the IRO is Mr Barnes. Who should chase the PEP?",
    identifying: ['Temitope', 'Barnes'],
    keep: ['social worker', 'PEP'],
  },
  {
    text: 'Ellie is 17 and at Sutton Coldfield College, b72 1aa. She turns 18 on 2 February.',
    identifying: ['Ellie', 'Sutton Coldfield College', 'b72 1aa', '2 February'],
    keep: ['17', '18'],
  },
  {
    text: 'Jakub and Oliwia both go to Cherry Tree Primary. Their dad Krzysztof does the school run. We are at 19 Pine Street.',
    identifying: ['Jakub', 'Oliwia', 'Cherry Tree Primary', 'Krzysztof', '19 Pine Street'],
    keep: ['school run'],
  },
  {
    text: "We're foster carers for a boy, Brandon, placed by Gloucestershire County Council. The placement is 40 miles from his school.",
    identifying: ['Brandon', 'Gloucestershire County Council'],
    keep: ['foster carers', 'placement', '40 miles'],
  },
  {
    text: "Is 15 hours of 1:1 enough? My son Nathaniel's EHCP says 32.5 hours in school. - Bernadette",
    identifying: ['Nathaniel', 'Bernadette'],
    keep: ['15 hours', 'EHCP', '32.5 hours'],
  },
  {
    text: 'the school nurse Mrs Gill said to call 111 if his seizures change. the epilepsy nurse is Tracey.',
    identifying: ['Gill', 'Tracey'],
    keep: ['school nurse', '111', 'seizures', 'epilepsy nurse'],
  },
  {
    text: 'My son Archie goes to Thomas Gamuel Primary in Walthamstow and the London Borough of Waltham Forest says no to transport.',
    identifying: ['Archie', 'Thomas Gamuel Primary', 'London Borough of Waltham Forest'],
    keep: ['transport'],
  },
  {
    text: 'Please pass this to the adviser: Mrs Wendy Okonkwo, 16 Cedar Gardens, Bristol BS7 8PQ, 0117 496 0789.',
    identifying: ['Wendy', 'Okonkwo', '16 Cedar Gardens', 'BS7 8PQ', '0117 496 0789'],
    keep: ['adviser'],
  },
  {
    text: 'He is 14 and in Year 9 at Kingsmead School. Since 2023 he has been on a reduced timetable. The LA (Enfield Council) say it is fine.',
    identifying: ['Kingsmead School', 'Enfield Council'],
    keep: ['14', 'Year 9', '2023', 'reduced timetable', 'LA'],
  },
  {
    text: "Dear Navigator, I'm Dr Jane Ellery's patient... actually no, I'm her mum, Rosalind. Jane is 12.",
    identifying: ['Jane', 'Ellery', 'Rosalind'],
    keep: ['12', 'mum'],
  },
];
