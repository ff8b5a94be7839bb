import type { HandoutTexts } from "../texts.ts";

export const en: HandoutTexts = {
  languageName: "English",
  title: "Your options: qualification and mentoring",
  intro:
    "Your adviser in the IQ programme has picked these offers for you. Each one says why it suits you and what you can do next.",
  occupation: "Occupation",
  town: "Place of residence",
  asOf: "As of {date}",
  germanLabel: "German",
  germanNote:
    "Titles and descriptions marked “{label}” are the providers’ original texts and stay in German.",
  nextStepsHeading: "What to do next",
  offersHeading: "Qualifications",
  placesHeading: "Mentoring in a company",
  noOffers: "There is no suitable qualification at the moment. Your adviser will keep looking for you.",
  noPlaces: "There is no suitable mentoring place at the moment. Your adviser will keep looking for you.",
  reasonsHeading: "Why it suits you",
  provider: "Provider",
  duration: "Duration: {weeks}",
  fullTime: "Full-time",
  partTime: "Part-time",
  cost: "Cost: {amount}",
  noCost: "Free of charge",
  funding: "Funding available: {list}",
  hoursPerWeek: "{hours} per week",
  contact: "Contact",
  phone: "Phone",
  email: "Email",
  website: "Website",
  nextStep: "Next step",
  callStep: "Call {name}: {phone}",
  mailStep: "Write an email to {name}: {email}",
  websiteStep: "Read more on the provider’s website: {url}",
  placeStep:
    "Tell your adviser whether you are interested. Your adviser will put you forward to the company, and the company will get in touch with you.",
  steps: {
    choose: "Choose one or two offers that appeal to you and get in touch.",
    documents:
      "Have your certificates, your CV and, if you have it, your recognition notice (Anerkennungsbescheid) ready for the meetings.",
    questions: "If you have questions or receive an offer of a place, contact your adviser.",
  },
  recognition: {
    none: "Apply to the responsible authority for recognition of your foreign professional qualification. Your adviser will help you.",
    pending:
      "Your recognition procedure is under way. Send any missing documents soon: the notice will say which differences you still need to make up.",
    partial:
      "Your qualification is partly recognised. Take the notice with you to the meetings: the qualification is based on the differences it lists.",
    unknown:
      "If your professional qualification has not been recognised yet, ask your adviser about the recognition procedure.",
  },
  offerKinds: {
    "adaptation-course": "Adaptation qualification (Anpassungsqualifizierung)",
    "adaptation-period": "Adaptation period, a compensation measure (Anpassungslehrgang)",
    "knowledge-exam-prep": "Preparation for the knowledge test (Kenntnisprüfung)",
    "aptitude-test-prep": "Preparation for the aptitude test (Eignungsprüfung)",
    "on-the-job-adaptation": "Adaptation qualification in a company",
    "language-course": "Job-related German course",
    "bridge-course": "Bridging course",
    other: "Other offer",
  },
  formats: { "in-person": "On site", online: "Online", hybrid: "On site and online" },
  placeKinds: {
    hospitation: "Work shadowing",
    internship: "Internship",
    "on-the-job-adaptation": "Adaptation qualification in the company",
    "mentoring-tandem": "Mentoring tandem",
  },
  fundingKinds: {
    bildungsgutschein: "Education voucher (Bildungsgutschein)",
    "iq-funded": "IQ programme",
    employer: "Employer",
    "self-pay": "Paid by yourself",
    other: "Other funding",
  },
  reasons: {
    "occupation.exact": "Exactly your occupation ({code})",
    "occupation.sameSubgroup": "Same occupational subgroup ({code}), different skill level",
    "occupation.related": "Related occupation in the same occupational group ({code})",
    "occupation.regulated": "Regulated profession: you need recognition to work in it",
    "occupation.belowLevel": "Below the level of your professional qualification",
    "occupation.titleProtected":
      "Protected professional title: you may work without recognition; you only need it to use the title",
    "occupation.partlyRegulated":
      "Partly regulated: some occupations in this group need recognition – ask your adviser",
    "format.online": "Online offer: you can take part from anywhere",
    distance: "{km} away ({place})",
    "distance.beyondRadius": "{km} away ({place}), outside the chosen search area",
    "region.otherState": "Leads to recognition only in another federal state",
    "availability.later": "Available from {date}",
    "availability.now": "Available now",
    "availability.rolling": "You can start at any time",
    "availability.start": "Starts on {date}",
    "german.unknown": "German required: {required}",
    "german.sufficient": "Your German meets the requirement ({required})",
    "german.belowRequired": "German {required} is required, one level above yours",
    "language.shared": "Also in your language: {languages}",
    "recognition.full": "You already have full recognition: you probably do not need this offer",
    "recognition.first":
      "The recognition procedure comes first: the notice shows what you still need to make up",
  },
  footer:
    "Created with Passung, the database of the IQ networks. All details without guarantee: what the provider or company confirms is what counts.",
  plan: {
    heading: "Your qualification plan",
    intro:
      "Your counsellor planned these steps with you. They are meant to make up for the differences named in your recognition decision.",
    coverage: "The plan covers {percent} of the differences (measured by the hours in the decision).",
    measure: {
      "knowledge-exam":
        "Your decision requires a compensation measure: the knowledge test (Kenntnisprüfung). Preparing for it comes first.",
      "adaptation-period":
        "Your decision requires a compensation measure: the adaptation period (Anpassungslehrgang). It comes first.",
      "aptitude-test":
        "Your decision requires a compensation measure: the aptitude test (Eignungsprüfung). Preparing for it comes first.",
    },
    kinds: {
      module: "Module",
      offer: "Course",
      place: "Practice in a workplace",
      language: "Language course",
    },
    covers: "Makes up for: {list}",
    period: "{start} to {end}",
    start: "Starts: {date}",
    hours: "Scope: {hours}",
    uncoveredHeading: "Still open",
    uncoveredNote:
      "There is no suitable offer for these differences at the moment. Your counsellor keeps looking.",
    empty: "Your counsellor has not entered any steps yet.",
    counselling: "Your counselling service: {name}",
    coach: "Your contact person: {name}",
  },
};
