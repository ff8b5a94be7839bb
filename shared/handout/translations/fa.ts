import type { HandoutTexts } from "../texts.ts";

export const fa: HandoutTexts = {
  languageName: "فارسی",
  title: "امکانات شما: دوره‌های تکمیلی و منتورینگ",
  intro:
    "مرکز مشاورهٔ برنامهٔ IQ این پیشنهادها را برای شما انتخاب کرده است. کنار هر پیشنهاد نوشته شده که چرا برای شما مناسب است و قدم بعدی چیست.",
  occupation: "شغل",
  town: "محل سکونت",
  asOf: "تاریخ تهیه: {date}",
  germanLabel: "آلمانی",
  germanNote:
    "عنوان‌ها و توضیحاتی که علامت «{label}» دارند، متن اصلی ارائه‌دهندگان هستند و به زبان آلمانی باقی می‌مانند.",
  nextStepsHeading: "قدم‌های بعدی",
  offersHeading: "دوره‌های تکمیلی حرفه‌ای",
  placesHeading: "منتورینگ در شرکت",
  noOffers: "در حال حاضر دورهٔ مناسبی وجود ندارد. مرکز مشاوره همچنان برای شما جست‌وجو می‌کند.",
  noPlaces: "در حال حاضر جای منتورینگ مناسبی وجود ندارد. مرکز مشاوره همچنان برای شما جست‌وجو می‌کند.",
  reasonsHeading: "چرا مناسب شماست",
  provider: "ارائه‌دهنده",
  duration: "مدت: {weeks}",
  fullTime: "تمام‌وقت",
  partTime: "پاره‌وقت",
  cost: "هزینه: {amount}",
  noCost: "رایگان",
  funding: "امکان حمایت مالی: {list}",
  hoursPerWeek: "{hours} در هفته",
  contact: "تماس",
  phone: "تلفن",
  email: "ایمیل",
  website: "وب‌سایت",
  nextStep: "قدم بعدی",
  callStep: "با {name} تماس بگیرید: {phone}",
  mailStep: "به {name} ایمیل بزنید: {email}",
  websiteStep: "اطلاعات بیشتر در وب‌سایت ارائه‌دهنده: {url}",
  placeStep:
    "به مرکز مشاوره بگویید که آیا علاقه دارید. مرکز مشاوره شما را به شرکت معرفی می‌کند و شرکت با شما تماس می‌گیرد.",
  steps: {
    choose: "یک یا دو پیشنهاد را که به آن‌ها علاقه دارید انتخاب کنید و تماس بگیرید.",
    documents:
      "مدارک تحصیلی، رزومه و در صورت وجود، حکم به رسمیت شناختن مدرک (Anerkennungsbescheid) را برای گفت‌وگوها آماده کنید.",
    questions: "اگر سؤالی دارید یا پذیرش گرفتید، به مرکز مشاوره مراجعه کنید.",
  },
  recognition: {
    none: "برای به رسمیت شناختن مدرک حرفه‌ای خارجی خود، به نهاد مسئول درخواست بدهید. مرکز مشاوره در این کار به شما کمک می‌کند.",
    pending:
      "روند به رسمیت شناختن مدرک شما در جریان است. مدارک ناقص را هرچه زودتر بفرستید: در حکم نوشته می‌شود چه تفاوت‌هایی را باید جبران کنید.",
    partial:
      "مدرک شما تا حدی به رسمیت شناخته شده است. حکم را به گفت‌وگوها ببرید: دورهٔ تکمیلی بر اساس تفاوت‌هایی است که در آن آمده.",
    unknown:
      "اگر مدرک حرفه‌ای شما هنوز به رسمیت شناخته نشده، از مرکز مشاوره دربارهٔ روند به رسمیت شناختن بپرسید.",
  },
  offerKinds: {
    "adaptation-course": "دورهٔ تکمیلی تطبیق مهارت (Anpassungsqualifizierung)",
    "adaptation-period": "دورهٔ انطباق، اقدام جبرانی (Anpassungslehrgang)",
    "knowledge-exam-prep": "آمادگی برای آزمون دانش (Kenntnisprüfung)",
    "aptitude-test-prep": "آمادگی برای آزمون صلاحیت (Eignungsprüfung)",
    "on-the-job-adaptation": "دورهٔ تطبیقی در محل کار",
    "language-course": "دورهٔ زبان آلمانی شغلی",
    "bridge-course": "دورهٔ انتقالی (Brückenmaßnahme)",
    other: "پیشنهاد دیگر",
  },
  formats: { "in-person": "حضوری", online: "آنلاین", hybrid: "حضوری و آنلاین" },
  placeKinds: {
    hospitation: "حضور آشنایی در محل کار (Hospitation)",
    internship: "کارآموزی",
    "on-the-job-adaptation": "دورهٔ تطبیقی در محل کار",
    "mentoring-tandem": "منتورینگ دونفره (Tandem)",
  },
  fundingKinds: {
    bildungsgutschein: "کوپن آموزشی (Bildungsgutschein)",
    "iq-funded": "برنامهٔ IQ",
    employer: "کارفرما",
    "self-pay": "با هزینهٔ خودتان",
    other: "حمایت مالی دیگر",
  },
  reasons: {
    "occupation.exact": "دقیقاً شغل شما ({code})",
    "occupation.sameSubgroup": "همان زیرگروه شغلی ({code})، با سطح مهارت متفاوت",
    "occupation.related": "شغل مرتبط در همان گروه شغلی ({code})",
    "occupation.regulated": "شغل دارای مقررات: برای کار در آن، به رسمیت شناختن مدرک لازم است",
    "occupation.belowLevel": "پایین‌تر از سطح مدرک حرفه‌ای شما",
    "occupation.titleProtected":
      "عنوان شغلی حمایت‌شده: بدون به رسمیت شناختن مدرک می‌توانید کار کنید، فقط برای استفاده از عنوان به آن نیاز دارید",
    "occupation.partlyRegulated":
      "تا حدی دارای مقررات: برای برخی شغل‌های این گروه به رسمیت شناختن مدرک لازم است – از مشاور خود بپرسید",
    "format.online": "پیشنهاد آنلاین: از هر جایی قابل دسترسی است",
    distance: "در فاصلهٔ {km} ({place})",
    "distance.beyondRadius": "در فاصلهٔ {km} ({place})، بیرون از محدودهٔ جست‌وجوی انتخاب‌شده",
    "region.otherState": "فقط در ایالتی دیگر امکان به رسمیت شناختن مدرک را فراهم می‌کند",
    "availability.later": "آزاد از {date}",
    "availability.now": "هم‌اکنون آزاد",
    "availability.rolling": "شروع در هر زمان ممکن است",
    "availability.start": "شروع در {date}",
    "german.unknown": "سطح آلمانی مورد نیاز: {required}",
    "german.sufficient": "سطح آلمانی شما شرط لازم را برآورده می‌کند ({required})",
    "german.belowRequired": "آلمانی در سطح {required} لازم است، یک سطح بالاتر از سطح شما",
    "language.shared": "به زبان شما هم: {languages}",
    "recognition.full": "مدرک شما به‌طور کامل به رسمیت شناخته شده است: احتمالاً به این پیشنهاد نیازی ندارید",
    "recognition.first": "اول روند به رسمیت شناختن مدرک: حکم نشان می‌دهد چه چیزی را هنوز باید جبران کنید",
  },
  footer:
    "تهیه‌شده با Passung، پایگاه دادهٔ شبکه‌های IQ. همهٔ اطلاعات بدون ضمانت است: ملاک، تأیید ارائه‌دهنده یا شرکت است.",
};
