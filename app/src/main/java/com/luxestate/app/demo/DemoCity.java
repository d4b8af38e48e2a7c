package com.luxestate.app.demo;

import java.util.List;

/**
 * A real city the demo listings are spread around, with the local currency and typical
 * asking prices (sale per m², monthly rent per m²) in that currency, roughly as
 * advertised in 2025.
 */
record DemoCity(String name, String region, String country, String currency, double lat, double lon,
		double salePerSquareMetre, double rentPerSquareMetre, String[] streets) {

	private static final String[] PORTUGUESE = { "Rua da Prata", "Avenida da Liberdade", "Rua Augusta",
			"Rua do Alecrim", "Travessa do Carmo", "Rua de São Bento" };

	private static final String[] SPANISH = { "Calle Mayor", "Gran Vía", "Calle de Alcalá", "Paseo del Prado",
			"Calle de Serrano", "Carrer de Mallorca" };

	private static final String[] FRENCH = { "Rue de Rivoli", "Boulevard Haussmann", "Rue de la République",
			"Avenue Jean Jaurès", "Rue Victor Hugo", "Quai des Célestins" };

	private static final String[] GERMAN = { "Hauptstraße", "Schillerstraße", "Goethestraße", "Bahnhofstraße",
			"Lindenallee", "Gartenweg" };

	private static final String[] ITALIAN = { "Via Roma", "Corso Vittorio Emanuele", "Via Garibaldi", "Via Mazzini",
			"Via Dante", "Piazza del Popolo" };

	private static final String[] ENGLISH = { "High Street", "Church Road", "Victoria Road", "Park Avenue",
			"Station Road", "Mill Lane" };

	private static final String[] DUTCH = { "Prinsengracht", "Keizersgracht", "Kerkstraat", "Damrak", "Leidsestraat",
			"Herengracht" };

	static final List<DemoCity> ALL = List.of(
			new DemoCity("Lisbon", "Lisboa", "PT", "EUR", 38.7223, -9.1393, 5600, 21, PORTUGUESE),
			new DemoCity("Porto", "Porto", "PT", "EUR", 41.1579, -8.6291, 3900, 16, PORTUGUESE),
			new DemoCity("Faro", "Algarve", "PT", "EUR", 37.0194, -7.9322, 3300, 13, PORTUGUESE),
			new DemoCity("Madrid", "Comunidad de Madrid", "ES", "EUR", 40.4168, -3.7038, 5000, 20, SPANISH),
			new DemoCity("Barcelona", "Cataluña", "ES", "EUR", 41.3874, 2.1686, 4700, 22, SPANISH),
			new DemoCity("Valencia", "Comunitat Valenciana", "ES", "EUR", 39.4699, -0.3763, 2400, 13, SPANISH),
			new DemoCity("Málaga", "Andalucía", "ES", "EUR", 36.7213, -4.4214, 3500, 15, SPANISH),
			new DemoCity("Seville", "Andalucía", "ES", "EUR", 37.3891, -5.9845, 2500, 12, SPANISH),
			new DemoCity("Paris", "Île-de-France", "FR", "EUR", 48.8566, 2.3522, 10200, 31, FRENCH),
			new DemoCity("Lyon", "Auvergne-Rhône-Alpes", "FR", "EUR", 45.764, 4.8357, 4800, 16, FRENCH),
			new DemoCity("Marseille", "Provence-Alpes-Côte d'Azur", "FR", "EUR", 43.2965, 5.3698, 3300, 15, FRENCH),
			new DemoCity("Nice", "Provence-Alpes-Côte d'Azur", "FR", "EUR", 43.7102, 7.262, 5400, 20, FRENCH),
			new DemoCity("Bordeaux", "Nouvelle-Aquitaine", "FR", "EUR", 44.8378, -0.5792, 4500, 15, FRENCH),
			new DemoCity("Berlin", "Berlin", "DE", "EUR", 52.52, 13.405, 5200, 17, GERMAN),
			new DemoCity("Munich", "Bayern", "DE", "EUR", 48.1351, 11.582, 8900, 22, GERMAN),
			new DemoCity("Hamburg", "Hamburg", "DE", "EUR", 53.5511, 9.9937, 6300, 16, GERMAN),
			new DemoCity("Frankfurt", "Hessen", "DE", "EUR", 50.1109, 8.6821, 6000, 17, GERMAN),
			new DemoCity("Cologne", "Nordrhein-Westfalen", "DE", "EUR", 50.9375, 6.9603, 4800, 14, GERMAN),
			new DemoCity("Vienna", "Wien", "AT", "EUR", 48.2082, 16.3738, 6100, 17, GERMAN),
			new DemoCity("Zurich", "Zürich", "CH", "CHF", 47.3769, 8.5417, 16000, 32, GERMAN),
			new DemoCity("Geneva", "Genève", "CH", "CHF", 46.2044, 6.1432, 15000, 34, FRENCH),
			new DemoCity("Rome", "Lazio", "IT", "EUR", 41.9028, 12.4964, 3600, 16, ITALIAN),
			new DemoCity("Milan", "Lombardia", "IT", "EUR", 45.4642, 9.19, 5400, 23, ITALIAN),
			new DemoCity("Florence", "Toscana", "IT", "EUR", 43.7696, 11.2558, 4400, 19, ITALIAN),
			new DemoCity("Naples", "Campania", "IT", "EUR", 40.8518, 14.2681, 2900, 13, ITALIAN),
			new DemoCity("Amsterdam", "Noord-Holland", "NL", "EUR", 52.3676, 4.9041, 7600, 27, DUTCH),
			new DemoCity("Rotterdam", "Zuid-Holland", "NL", "EUR", 51.9244, 4.4777, 4300, 19, DUTCH),
			new DemoCity("Brussels", "Brussels-Capital", "BE", "EUR", 50.8503, 4.3517, 3700, 16, FRENCH),
			new DemoCity("London", "Greater London", "GB", "GBP", 51.5072, -0.1276, 7500, 32, ENGLISH),
			new DemoCity("Manchester", "Greater Manchester", "GB", "GBP", 53.4808, -2.2426, 3200, 17, ENGLISH),
			new DemoCity("Edinburgh", "Scotland", "GB", "GBP", 55.9533, -3.1883, 3700, 18, ENGLISH),
			new DemoCity("Dublin", "Leinster", "IE", "EUR", 53.3498, -6.2603, 5300, 27, ENGLISH),
			new DemoCity("Copenhagen", "Hovedstaden", "DK", "DKK", 55.6761, 12.5683, 48000, 190, ENGLISH),
			new DemoCity("Stockholm", "Stockholm", "SE", "SEK", 59.3293, 18.0686, 78000, 260, ENGLISH),
			new DemoCity("Warsaw", "Mazowieckie", "PL", "PLN", 52.2297, 21.0122, 17000, 85, ENGLISH),
			new DemoCity("Prague", "Praha", "CZ", "CZK", 50.0755, 14.4378, 140000, 420, GERMAN),
			new DemoCity("Athens", "Attica", "GR", "EUR", 37.9838, 23.7275, 2700, 12, ENGLISH),
			new DemoCity("New York", "New York", "US", "USD", 40.7128, -74.006, 14000, 55, ENGLISH),
			new DemoCity("Miami", "Florida", "US", "USD", 25.7617, -80.1918, 6500, 33, SPANISH),
			new DemoCity("Los Angeles", "California", "US", "USD", 34.0522, -118.2437, 9000, 38, ENGLISH));

}
