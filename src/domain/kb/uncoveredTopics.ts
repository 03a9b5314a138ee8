/**
 * Where to turn for a topic no article covers (TOPIC_WORDS in retriever.ts): one plain pointer to
 * the people who do know, said after "I do not have information about X yet". Pointers only: no
 * rule of law is stated here (those need an article and a source), so a parent is not left with
 * only "ask SENDIASS" for a question about medicine or a blue badge.
 */
export const UNCOVERED_TOPIC_POINTERS: Readonly<Record<string, string>> = {
  'school transport': 'Your council decides on help with travel to school or college, and its Local Offer should explain how to ask.',
  exams: 'The school\'s exams officer or SENCo can tell you about exam arrangements, such as extra time.',
  'detentions and isolation': 'The school\'s behaviour policy says how it uses these: you can ask the school for a copy.',
  'school uniform': 'The school\'s SENCo is a good person to ask about this.',
  'school trips': 'The school\'s SENCo is a good person to ask about this.',
  homework: 'The school\'s SENCo is a good person to ask about this.',
  'lunchtimes and clubs': 'The school\'s SENCo is a good person to ask about this.',
  medicines: 'For medicines, ask your GP or a pharmacist, or call NHS 111.',
  bullying: 'Tell the school what is happening, and ask for a copy of its anti-bullying policy.',
  'short breaks and respite': 'Your council\'s Local Offer should list the short breaks and activities it offers.',
  childcare: 'Your council\'s Local Offer should list childcare and support for families.',
  toileting: 'The school\'s SENCo can talk about help at school, and your health visitor or GP about continence support.',
  reassessment: 'Your council\'s SEN team can tell you how it handles a request for a new assessment.',
  'home education': 'Your council\'s home education team can explain what it asks of families.',
  'education otherwise than at school (EOTAS)': 'Your council\'s SEN team can tell you how it decides on education otherwise than at school, and IPSEA gives free advice on SEND law.',
  'free school meals': 'Your council or your child\'s school can tell you about free school meals.',
  university: 'The university\'s disability service can explain the support it offers, and GOV.UK explains Disabled Students\' Allowance.',
  restraint: 'You can ask the school for its policy on restraint. If your child has been hurt, tell the school\'s designated safeguarding lead.',
  'recommending particular schools': 'I cannot recommend a school. Your council\'s Local Offer lists schools, and each school publishes an SEN information report on its website. Visiting helps too.',
  'child development milestones': 'Your health visitor or GP can talk through your child\'s development with you.',
  'NHS waiting lists': 'Your GP, or the service that holds the waiting list, can tell you about waiting times. Your child does not need a diagnosis to get help at school.',
  'behaviour and sleep at home': 'Your GP or health visitor can help, and your council\'s Local Offer may list support for parents.',
  'blue badges': 'You apply for a Blue Badge through your council: GOV.UK explains how.',
  'school admissions': 'Your council\'s school admissions team can explain how places are given and how to appeal.',
  'moving to England from another country': 'You can ask your council for an EHC needs assessment here, and send reports from before as evidence.',
  'caseworkers and key workers': 'Your council\'s SEN team can tell you who your caseworker is and how to reach them.',
  'adult social care': 'For an adult\'s care and support, contact your council\'s adult social care team and ask for a needs assessment.',
  'consent and sharing information': 'Your council\'s privacy notice explains how it shares information.',
  'observations by professionals': 'The council arranges the advice for an assessment, so its SEN team can tell you about visits and observations.',
  'tribunal bundles': 'The tribunal\'s letters to you explain what it needs from you and by when, and IPSEA can help you prepare.',
  'legal aid': 'GOV.UK has a tool to check whether you can get legal aid, and IPSEA gives free advice on SEND appeals.',
  'school SEN funding': 'The school\'s SENCo or head teacher can explain how the school pays for the help it gives, and your council\'s SEN team can explain its own funding.',
  'getting back money you spent on help': 'If you think the council should have given this help, you can complain to the council and then to the Local Government and Social Care Ombudsman. IPSEA gives free advice on SEND law.',
  'the SEND Change Programme': 'GOV.UK has the Department for Education\'s plans for SEND, and your council can tell you whether it takes part in any programme.',
  'paying for help in a plan': 'Your council\'s SEN team can explain who pays for the help in your child\'s plan, and IPSEA gives free advice on SEND law.',
  'judicial review': 'A judicial review is a court case: you need a solicitor\'s advice, and IPSEA can tell you more.',
  'pre-action letters': 'A pre-action letter is a solicitor\'s step before a court case such as a judicial review: IPSEA gives free legal advice on SEND, and a solicitor can tell you whether one fits your case.',
  'children and young people in custody': 'Your council\'s SEN team and the youth offending team working with your child can tell you what happens to the plan.',
  'social care assessments for a child in need': 'Your council\'s children\'s services (social care) team can explain its assessments and how to ask for one.',
  'council panels': 'Your council\'s SEN team can tell you how its panel works, who is on it, and whether families can go or send their views.',
  'provision maps': 'The school\'s SENCo can explain how the school records the help it gives, and show you what it has written down for your child.',
  'medical needs at school': 'Ask the school for its policy on supporting pupils with medical conditions, and talk to the SENCo or the school nurse about your child\'s needs.',
};

/** The pointers for the topics named in "school trips or exams" (as the retriever joins them), in that order, each once. */
export function pointersFor(missingTopics: string): string[] {
  const named = Object.keys(UNCOVERED_TOPIC_POINTERS)
    .map((topic) => ({ topic, at: missingTopics.indexOf(topic) }))
    .filter((t) => t.at >= 0)
    .sort((a, b) => a.at - b.at);
  return [...new Set(named.map((t) => UNCOVERED_TOPIC_POINTERS[t.topic]!))];
}
