import type { HandoutTexts } from "../texts.ts";

export const tr: HandoutTexts = {
  languageName: "Türkçe",
  title: "Seçenekleriniz: Mesleki eğitim ve mentorluk",
  intro:
    "IQ programındaki danışmanlık hizmetiniz bu teklifleri sizin için seçti. Her teklifte size neden uygun olduğu ve bundan sonra ne yapabileceğiniz yazıyor.",
  occupation: "Meslek",
  town: "İkamet yeri",
  asOf: "Güncel durum: {date}",
  germanLabel: "Almanca",
  germanNote: "“{label}” işaretli başlık ve açıklamalar, sağlayıcıların özgün metinleridir ve Almanca kalır.",
  nextStepsHeading: "Bundan sonra ne yapmalı",
  offersHeading: "Mesleki yeterlilik eğitimleri",
  placesHeading: "İşletmede mentorluk",
  noOffers: "Şu anda uygun bir eğitim yok. Danışmanlık hizmetiniz sizin için aramaya devam ediyor.",
  noPlaces: "Şu anda uygun bir mentorluk yeri yok. Danışmanlık hizmetiniz sizin için aramaya devam ediyor.",
  reasonsHeading: "Neden size uygun",
  provider: "Sağlayıcı",
  duration: "Süre: {weeks}",
  fullTime: "Tam zamanlı",
  partTime: "Yarı zamanlı",
  cost: "Ücret: {amount}",
  noCost: "Ücretsiz",
  funding: "Olası destek: {list}",
  hoursPerWeek: "Haftada {hours}",
  contact: "İletişim",
  phone: "Telefon",
  email: "E-posta",
  website: "İnternet sitesi",
  nextStep: "Sonraki adım",
  callStep: "{name} adlı kişiyi arayın: {phone}",
  mailStep: "{name} adlı kişiye e-posta yazın: {email}",
  websiteStep: "Sağlayıcının internet sitesinde daha fazla bilgi: {url}",
  placeStep:
    "İlgilenip ilgilenmediğinizi danışmanlık hizmetinize bildirin. Sizi işletmeye önerir, işletme de sizinle iletişime geçer.",
  steps: {
    choose: "İlginizi çeken bir veya iki teklif seçin ve iletişime geçin.",
    documents:
      "Görüşmeler için diplomalarınızı, özgeçmişinizi ve varsa denklik kararınızı (Anerkennungsbescheid) hazır bulundurun.",
    questions: "Sorularınız olursa ya da bir kabul alırsanız danışmanlık hizmetinize başvurun.",
  },
  recognition: {
    none: "Yurt dışında aldığınız mesleki yeterliliğin tanınması için yetkili kuruma başvurun. Danışmanlık hizmetiniz size yardım eder.",
    pending:
      "Tanınma süreciniz devam ediyor. Eksik belgeleri kısa sürede tamamlayın: Kararda hangi farkları kapatmanız gerektiği yazacak.",
    partial:
      "Mesleki yeterliliğiniz kısmen tanındı. Kararı görüşmelere götürün: Eğitim, kararda belirtilen farklara göre planlanır.",
    unknown: "Mesleki yeterliliğiniz henüz tanınmadıysa danışmanlık hizmetinize tanınma sürecini sorun.",
  },
  offerKinds: {
    "adaptation-course": "Uyum niteliklendirmesi (Anpassungsqualifizierung)",
    "adaptation-period": "Uyum dönemi, denkleştirme önlemi (Anpassungslehrgang)",
    "knowledge-exam-prep": "Bilgi sınavına hazırlık (Kenntnisprüfung)",
    "aptitude-test-prep": "Yeterlilik sınavına hazırlık (Eignungsprüfung)",
    "on-the-job-adaptation": "İşletmede uyum eğitimi",
    "language-course": "Mesleğe yönelik Almanca kursu",
    "bridge-course": "Köprü kursu",
    other: "Diğer teklif",
  },
  formats: { "in-person": "Yüz yüze", online: "Çevrim içi", hybrid: "Yüz yüze ve çevrim içi" },
  placeKinds: {
    hospitation: "İş başında gözlem (Hospitation)",
    internship: "Staj",
    "on-the-job-adaptation": "İşletmede uyum eğitimi",
    "mentoring-tandem": "Mentorluk ikilisi (tandem)",
  },
  fundingKinds: {
    bildungsgutschein: "Eğitim çeki (Bildungsgutschein)",
    "iq-funded": "IQ programı",
    employer: "İşveren",
    "self-pay": "Kendi ödemeniz",
    other: "Diğer destek",
  },
  reasons: {
    "occupation.exact": "Tam olarak sizin mesleğiniz ({code})",
    "occupation.sameSubgroup": "Aynı meslek alt grubu ({code}), farklı yeterlilik düzeyi",
    "occupation.related": "Aynı meslek grubunda benzer bir meslek ({code})",
    "occupation.regulated": "Düzenlenmiş meslek: Bu meslekte çalışmak için tanınma gerekir",
    "occupation.belowLevel": "Mesleki yeterliliğinizin düzeyinin altında",
    "occupation.titleProtected":
      "Korunan meslek unvanı: Tanınma olmadan çalışabilirsiniz, yalnızca unvanı kullanmak için gerekir",
    "occupation.partlyRegulated":
      "Kısmen düzenlenmiş: Bu gruptaki bazı meslekler için tanınma gerekir – danışmanınıza sorun",
    "format.online": "Çevrim içi teklif: Her yerden katılabilirsiniz",
    distance: "{km} uzaklıkta ({place})",
    "distance.beyondRadius": "{km} uzaklıkta ({place}), seçilen arama alanının dışında",
    "region.otherState": "Yalnızca başka bir eyalette tanınmaya götürür",
    "availability.later": "{date} tarihinden itibaren boş",
    "availability.now": "Şu anda boş",
    "availability.rolling": "İstediğiniz zaman başlayabilirsiniz",
    "availability.start": "Başlangıç tarihi: {date}",
    "german.unknown": "İstenen Almanca düzeyi: {required}",
    "german.sufficient": "Almancanız istenen düzeyi karşılıyor ({required})",
    "german.belowRequired": "{required} düzeyinde Almanca isteniyor, sizin düzeyinizin bir basamak üstü",
    "language.shared": "Sizin dilinizde de: {languages}",
    "recognition.full": "Tanınmanız zaten var: Bu teklife büyük olasılıkla ihtiyacınız yok",
    "recognition.first": "Önce tanınma süreci: Karar, hâlâ neleri kapatmanız gerektiğini gösterir",
  },
  footer:
    "Passung ile oluşturuldu (IQ ağlarının veri tabanı). Bilgiler garanti değildir: Geçerli olan, sağlayıcının veya işletmenin onayladığıdır.",
  plan: {
    heading: "Mesleki yeterlilik planınız",
    intro:
      "Bu adımları danışmanlık merkeziniz sizinle birlikte planladı. Denklik kararınızda belirtilen farkları kapatmayı amaçlarlar.",
    coverage: "Plan, farkların {percent} kadarını karşılıyor (karardaki saatlere göre).",
    measure: {
      "knowledge-exam":
        "Kararınız bir denkleştirme önlemi gerektiriyor: bilgi sınavı (Kenntnisprüfung). Önce bu sınava hazırlık gelir.",
      "adaptation-period":
        "Kararınız bir denkleştirme önlemi gerektiriyor: uyum eğitimi (Anpassungslehrgang). İlk adım budur.",
      "aptitude-test":
        "Kararınız bir denkleştirme önlemi gerektiriyor: yeterlilik sınavı (Eignungsprüfung). Önce bu sınava hazırlık gelir.",
    },
    kinds: {
      module: "Modül",
      offer: "Kurs",
      place: "İşyerinde uygulama",
      language: "Dil kursu",
    },
    covers: "Kapattığı farklar: {list}",
    period: "{start} ile {end} arası",
    start: "Başlangıç: {date}",
    hours: "Kapsam: {hours}",
    uncoveredHeading: "Henüz açık",
    uncoveredNote:
      "Bu farklar için şu anda uygun bir teklif yok. Danışmanlık merkeziniz aramaya devam ediyor.",
    empty: "Danışmanlık merkeziniz henüz bir adım girmedi.",
    counselling: "Danışmanlık merkeziniz: {name}",
    coach: "İrtibat kişiniz: {name}",
  },
};
