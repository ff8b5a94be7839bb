import type { HandoutTexts } from "../texts.ts";

export const de: HandoutTexts = {
  languageName: "Deutsch",
  title: "Ihre Möglichkeiten: Qualifizierung und Mentoring",
  intro:
    "Ihre Beratung im Förderprogramm IQ hat diese Angebote für Sie ausgesucht. Bei jedem Angebot steht, warum es zu Ihnen passt und was Sie als Nächstes tun können.",
  occupation: "Beruf",
  town: "Wohnort",
  asOf: "Stand: {date}",
  germanLabel: "Deutsch",
  germanNote:
    "Titel und Beschreibungen mit dem Zeichen „{label}“ sind die Originaltexte der Anbieter und bleiben auf Deutsch.",
  nextStepsHeading: "So geht es weiter",
  offersHeading: "Qualifizierungen",
  placesHeading: "Mentoring im Betrieb",
  noOffers: "Zurzeit gibt es keine passende Qualifizierung. Ihre Beratung sucht weiter für Sie.",
  noPlaces: "Zurzeit gibt es keinen passenden Mentoringplatz. Ihre Beratung sucht weiter für Sie.",
  reasonsHeading: "Warum es passt",
  provider: "Anbieter",
  duration: "Dauer: {weeks}",
  fullTime: "Vollzeit",
  partTime: "Teilzeit",
  cost: "Kosten: {amount}",
  noCost: "Kostenfrei",
  funding: "Förderung möglich: {list}",
  hoursPerWeek: "{hours} pro Woche",
  contact: "Kontakt",
  phone: "Telefon",
  email: "E-Mail",
  website: "Website",
  nextStep: "Nächster Schritt",
  callStep: "Rufen Sie {name} an: {phone}",
  mailStep: "Schreiben Sie {name} eine E-Mail: {email}",
  websiteStep: "Informieren Sie sich auf der Website des Anbieters: {url}",
  placeStep:
    "Sagen Sie Ihrer Beratung, ob Sie Interesse haben. Sie schlägt Sie dem Betrieb vor, und der Betrieb meldet sich bei Ihnen.",
  steps: {
    choose: "Wählen Sie ein oder zwei Angebote aus, die Sie ansprechen, und nehmen Sie Kontakt auf.",
    documents:
      "Legen Sie Zeugnisse, Lebenslauf und – falls vorhanden – Ihren Anerkennungsbescheid für die Gespräche bereit.",
    questions: "Bei Fragen oder wenn Sie eine Zusage bekommen, melden Sie sich bei Ihrer Beratung.",
  },
  recognition: {
    none: "Stellen Sie bei der zuständigen Stelle einen Antrag auf Anerkennung Ihres ausländischen Berufsabschlusses. Ihre Beratung hilft Ihnen dabei.",
    pending:
      "Ihr Anerkennungsverfahren läuft. Reichen Sie fehlende Unterlagen bald nach: Der Bescheid nennt, welche Unterschiede Sie noch ausgleichen müssen.",
    partial:
      "Ihr Abschluss ist teilweise anerkannt. Nehmen Sie den Bescheid zu den Gesprächen mit: Die Qualifizierung richtet sich nach den Unterschieden, die darin stehen.",
    unknown:
      "Falls Ihr Berufsabschluss noch nicht anerkannt ist, fragen Sie Ihre Beratung nach dem Anerkennungsverfahren.",
  },
  offerKinds: {
    "adaptation-course": "Anpassungsqualifizierung",
    "adaptation-period": "Anpassungslehrgang (Ausgleichsmaßnahme)",
    "knowledge-exam-prep": "Vorbereitung auf die Kenntnisprüfung",
    "aptitude-test-prep": "Vorbereitung auf die Eignungsprüfung",
    "on-the-job-adaptation": "Anpassungsqualifizierung im Betrieb",
    "language-course": "Berufsbezogener Sprachkurs",
    "bridge-course": "Brückenmaßnahme",
    other: "Weiteres Angebot",
  },
  formats: { "in-person": "Vor Ort", online: "Online", hybrid: "Vor Ort und online" },
  placeKinds: {
    hospitation: "Hospitation",
    internship: "Praktikum",
    "on-the-job-adaptation": "Anpassungsqualifizierung im Betrieb",
    "mentoring-tandem": "Mentoring-Tandem",
  },
  fundingKinds: {
    bildungsgutschein: "Bildungsgutschein",
    "iq-funded": "Förderprogramm IQ",
    employer: "Arbeitgeber",
    "self-pay": "Selbstzahlung",
    other: "Andere Förderung",
  },
  reasons: {
    "occupation.exact": "Genau Ihr Beruf ({code})",
    "occupation.sameSubgroup": "Gleiche Berufsuntergruppe ({code}), anderes Anforderungsniveau",
    "occupation.related": "Verwandter Beruf in derselben Berufsgruppe ({code})",
    "occupation.regulated": "Reglementierter Beruf: Um darin zu arbeiten, brauchen Sie die Anerkennung",
    "occupation.belowLevel": "Unter dem Niveau Ihres Berufsabschlusses",
    "occupation.titleProtected":
      "Geschützte Berufsbezeichnung: Arbeiten dürfen Sie ohne Anerkennung, nur für den Titel brauchen Sie sie",
    "occupation.partlyRegulated":
      "Teils reglementiert: Für manche Berufe dieser Gruppe brauchen Sie die Anerkennung – fragen Sie Ihre Beratung",
    "format.online": "Online-Angebot: von überall erreichbar",
    distance: "{km} entfernt ({place})",
    "distance.beyondRadius": "{km} entfernt ({place}), außerhalb des gewählten Umkreises",
    "region.otherState": "Führt nur in einem anderen Bundesland zur Anerkennung",
    "availability.later": "Frei ab {date}",
    "availability.now": "Jetzt frei",
    "availability.rolling": "Einstieg jederzeit möglich",
    "availability.start": "Beginn am {date}",
    "german.unknown": "Gefordert: Deutsch {required}",
    "german.sufficient": "Ihr Deutsch erfüllt die Anforderung ({required})",
    "german.belowRequired": "Gefordert ist Deutsch {required}, eine Stufe über Ihrem Niveau",
    "language.shared": "Auch in Ihrer Sprache: {languages}",
    "recognition.full": "Ihre Anerkennung liegt schon vor: Dieses Angebot brauchen Sie wahrscheinlich nicht",
    "recognition.first":
      "Zuerst kommt das Anerkennungsverfahren: Der Bescheid zeigt, was Sie noch ausgleichen müssen",
  },
  footer:
    "Erstellt mit Passung, der Datenbank der IQ Netzwerke. Alle Angaben ohne Gewähr: Maßgeblich ist, was der Anbieter oder der Betrieb bestätigt.",
  plan: {
    heading: "Ihr Qualifizierungsplan",
    intro:
      "Diese Schritte hat Ihre Beratung mit Ihnen geplant. Sie sollen die Unterschiede ausgleichen, die Ihr Anerkennungsbescheid nennt.",
    coverage: "Der Plan deckt {percent} der Unterschiede ab (gemessen an den Stunden im Bescheid).",
    measure: {
      "knowledge-exam":
        "Ihr Bescheid verlangt eine Ausgleichsmaßnahme: die Kenntnisprüfung. Die Vorbereitung darauf steht an erster Stelle.",
      "adaptation-period":
        "Ihr Bescheid verlangt eine Ausgleichsmaßnahme: den Anpassungslehrgang. Er steht an erster Stelle.",
      "aptitude-test":
        "Ihr Bescheid verlangt eine Ausgleichsmaßnahme: die Eignungsprüfung. Die Vorbereitung darauf steht an erster Stelle.",
    },
    kinds: {
      module: "Modul",
      offer: "Kurs",
      place: "Praxis im Betrieb",
      language: "Sprachkurs",
    },
    covers: "Gleicht aus: {list}",
    period: "{start} bis {end}",
    start: "Beginn: {date}",
    hours: "Umfang: {hours}",
    uncoveredHeading: "Noch offen",
    uncoveredNote:
      "Für diese Unterschiede gibt es zurzeit kein passendes Angebot. Ihre Beratung sucht weiter.",
    empty: "Ihre Beratung hat noch keine Schritte eingetragen.",
    counselling: "Ihre Beratung: {name}",
    coach: "Ihre Ansprechperson: {name}",
  },
};
