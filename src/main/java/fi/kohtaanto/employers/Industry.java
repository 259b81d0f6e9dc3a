package fi.kohtaanto.employers;

import java.util.Locale;

/**
 * Main industry of an employer: the 21 sections (A–U) of the Standard Industrial Classification TOL 2008 of
 * Statistics Finland, with its Finnish, Swedish and English names.
 */
public enum Industry {

	A("Maatalous, metsätalous ja kalatalous", "Jordbruk, skogsbruk och fiske", "Agriculture, forestry and fishing"),
	B("Kaivostoiminta ja louhinta", "Utvinning av mineral", "Mining and quarrying"),
	C("Teollisuus", "Tillverkning", "Manufacturing"),
	D("Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta", "Försörjning av el, gas, värme och kyla",
			"Electricity, gas, steam and air conditioning supply"),
	E("Vesihuolto, viemäri- ja jätevesihuolto, jätehuolto ja muu ympäristön puhtaanapito",
			"Vattenförsörjning; avloppsrening, avfallshantering och sanering",
			"Water supply; sewerage, waste management and remediation activities"),
	F("Rakentaminen", "Byggverksamhet", "Construction"),
	G("Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus",
			"Parti- och detaljhandel; reparation av motorfordon och motorcyklar",
			"Wholesale and retail trade; repair of motor vehicles and motorcycles"),
	H("Kuljetus ja varastointi", "Transport och magasinering", "Transportation and storage"),
	I("Majoitus- ja ravitsemistoiminta", "Hotell- och restaurangverksamhet", "Accommodation and food service activities"),
	J("Informaatio ja viestintä", "Informations- och kommunikationsverksamhet", "Information and communication"),
	K("Rahoitus- ja vakuutustoiminta", "Finans- och försäkringsverksamhet", "Financial and insurance activities"),
	L("Kiinteistöalan toiminta", "Fastighetsverksamhet", "Real estate activities"),
	M("Ammatillinen, tieteellinen ja tekninen toiminta", "Verksamhet inom juridik, ekonomi, vetenskap och teknik",
			"Professional, scientific and technical activities"),
	N("Hallinto- ja tukipalvelutoiminta", "Uthyrning, fastighetsservice, resetjänster och andra stödtjänster",
			"Administrative and support service activities"),
	O("Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus",
			"Offentlig förvaltning och försvar; obligatorisk socialförsäkring",
			"Public administration and defence; compulsory social security"),
	P("Koulutus", "Utbildning", "Education"),
	Q("Terveys- ja sosiaalipalvelut", "Vård och omsorg; sociala tjänster", "Human health and social work activities"),
	R("Taiteet, viihde ja virkistys", "Kultur, nöje och fritid", "Arts, entertainment and recreation"),
	S("Muu palvelutoiminta", "Annan serviceverksamhet", "Other service activities"),
	T("Kotitalouksien toiminta työnantajina; kotitalouksien eriyttämätön toiminta tavaroiden ja palvelujen "
			+ "tuottamiseksi omaan käyttöön",
			"Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk",
			"Activities of households as employers; undifferentiated goods- and services-producing activities of "
					+ "households for own use"),
	U("Kansainvälisten organisaatioiden ja toimielinten toiminta",
			"Verksamhet vid internationella organisationer, utländska ambassader o.d.",
			"Activities of extraterritorial organisations and bodies");

	private final String nameFi;

	private final String nameSv;

	private final String nameEn;

	Industry(String nameFi, String nameSv, String nameEn) {
		this.nameFi = nameFi;
		this.nameSv = nameSv;
		this.nameEn = nameEn;
	}

	/** The section's name in the page's language, Finnish when no translation fits. */
	public String label(Locale locale) {
		return switch (locale.getLanguage()) {
			case "sv" -> nameSv;
			case "en" -> nameEn;
			default -> nameFi;
		};
	}

	/** The letter and the name, for example "I – Accommodation and food service activities". */
	public String labelWithCode(Locale locale) {
		return name() + " – " + label(locale);
	}

}
