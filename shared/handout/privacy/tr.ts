import type { PrivacyNoticeTexts } from "./texts.ts";

export const tr: PrivacyNoticeTexts = {
  title: "Veri koruma bilgilendirmesi (GVKT md. 13)",
  intro:
    "IQ programındaki danışmanlık hizmetiniz, size uygun nitelendirmeleri ve mentorluk yerlerini bulmak için Passung’u kullanır. Burada bunun için hangi verilerin saklandığı ve hangi haklara sahip olduğunuz yazıyor.",
  version: "Sürüm {version} · Tarih {date}",
  controllerHeading: "Kim sorumlu?",
  controller: "Verilerinizden {name} sorumludur.",
  controllerUnnamed: "Verilerinizden size danışmanlık yapan danışma merkezi sorumludur.",
  adviser: "İletişim kişiniz: {name}",
  website: "İnternet sitesi",
  phone: "Telefon",
  email: "E-posta",
  dataHeading: "Hangi veriler saklanıyor?",
  data: "Adınız, doğum tarihiniz ve adresiniz olmadan bir profil: mesleğiniz, posta kodunuz, dilleriniz ve Almanca bilginiz, denklik işleminizin durumu, nitelendirme planınız ve sonrasında olanlar. Profilde yalnızca bir dosya numarası bulunur.",
  purposesHeading: "Ne için? Her madde için ayrı karar verirsiniz:",
  scopes: {
    store:
      "Saklama: Danışmanınızın size uygun teklifler araması ve sürecinizde size eşlik etmesi için profiliniz saklanır.",
    "share-profile":
      "Profili paylaşma: Danışmanınız sizi bir kurs ya da mentorluk yeri için önerirse eğitim kurumu veya işletme profilinizi adınız olmadan görür (meslek, bölge, diller, Almanca seviyesi, ne zamandan itibaren uygun olduğunuz).",
    "share-contact-after-acceptance":
      "İletişim bilgisi verme: Bir eğitim kurumu veya işletme sizi kabul ederse danışmanınız size nasıl ulaşabileceklerini onlara söyleyebilir. Passung iletişim bilgilerinizi kendisi saklamaz.",
    "esf-data":
      "ESF Plus için bilgiler: yaş grubu, cinsiyet, girişteki çalışma durumu, eğitim düzeyi (ISCED) ve üçüncü ülke vatandaşı olup olmadığınız — yalnızca fon verene raporlar için, yalnızca sayılarak, asla tek tek değil.",
  },
  legalBasisHeading: "Hukuki dayanak",
  legalBasis:
    "Rızanız (GVKT md. 6 fıkra 1 bent a). Rıza gönüllüdür; rıza vermeden de danışmanlık alabilirsiniz.",
  withdrawal:
    "Her rızanızı istediğiniz zaman gerekçe göstermeden danışmanlık hizmetinizde geri alabilirsiniz (GVKT md. 7 fıkra 3). O zamana kadar olanlar hukuka uygun kalır. “Saklama” geri alınırsa profiliniz her şeyiyle silinir; “Profili paylaşma” geri alınırsa açık öneriler geri çekilir.",
  recipientsHeading: "Verilerinizi kim alır?",
  recipientPartners:
    "Eğitim kurumları ve işletmeler profilinizi adınız olmadan yalnızca danışmanınız sizi önerdiğinde ve siz “Profili paylaşma”ya izin verdiyseniz görür.",
  recipientContact:
    "İletişim bilgilerinizi ancak sizi kabul ettikten sonra ve yalnızca “İletişim bilgisi verme” ile öğrenirler — Passung’dan değil, danışmanınızdan.",
  recipientProcessors:
    "Passung, veri işleyen olarak Frankfurt am Main’daki Amazon Web Services’te (eu-central-1 bölgesi) çalışır; veriler AB’den çıkmaz.",
  retentionHeading: "Ne kadar süre?",
  retention:
    "Katılımınız bittikten sonra {months} aya kadar; ancak altı ay sonraki takip görüşmesi kaydedilmeden ya da bir aydır gecikmiş olmadan asla silinmez. Ardından her şey silinir; yalnızca sizinle bağlantısı olmayan sayılar kalır.",
  rightsHeading: "Haklarınız",
  rights:
    "Bilgi alma (md. 15), düzeltme (md. 16), silme (md. 17), işlemenin kısıtlanması (md. 18), veri taşınabilirliği (md. 20) ve itiraz (GVKT md. 21) haklarına sahipsiniz. İsterseniz danışmanınız saklanan tüm verileri size dosya olarak verir.",
  complaint:
    "Bir veri koruma denetim makamına şikâyette bulunabilirsiniz (GVKT md. 77), örneğin yaşadığınız eyalette.",
  consentHeading: "Rızanız",
  consentNote: "Kabul ettiklerinizi işaretleyin. Danışmanınız bunu tarihle kaydeder.",
  signature: "Tarih, imza",
};
