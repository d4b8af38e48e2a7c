package com.luxestate.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The names of demo people and agencies: common across the countries the demo listings
 * are in.
 */
final class DemoNames {

	static final String[] FIRST = { "Ana", "João", "Inês", "Miguel", "Beatriz", "Tiago", "Lucía", "Javier", "Carmen",
			"Pablo", "Elena", "Marc", "Camille", "Louis", "Chloé", "Hugo", "Léa", "Jonas", "Anna", "Lukas", "Sophie",
			"Felix", "Marie", "Giulia", "Marco", "Sofia", "Luca", "Chiara", "Oliver", "Emma", "James", "Amelia",
			"Harry", "Isla", "Daan", "Sanne", "Lars", "Eva", "Noah", "Mia" };

	static final String[] LAST = { "Silva", "Santos", "Ferreira", "Costa", "García", "Martínez", "López", "Sánchez",
			"Fernández", "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Müller", "Schmidt", "Schneider",
			"Fischer", "Weber", "Rossi", "Russo", "Ferrari", "Bianchi", "Romano", "Smith", "Jones", "Taylor", "Brown",
			"Wilson", "de Jong", "Jansen", "de Vries", "Bakker", "Visser", "Novak", "Horvat" };

	static final String[] AGENCIES = { "Atlantic Homes", "Casa Nova Imobiliária", "Sol y Mar Inmobiliaria",
			"Maison & Jardin Immobilier", "Stadt und Land Immobilien", "Casa Bella Immobiliare",
			"Harbour & Hill Estates", "Grachten Makelaars", "Riverside Property", "Old Town Realty", "Meridian Estates",
			"Blue Door Lettings" };

	static final String[] LANGUAGES = { "English", "Portuguese", "Spanish", "French", "German", "Italian", "Dutch" };

	static final String[] AREAS = { "Lisbon", "Porto", "Madrid", "Barcelona", "Valencia", "Paris", "Lyon", "Nice",
			"Berlin", "Munich", "Vienna", "Milan", "Rome", "London", "Amsterdam" };

	private DemoNames() {
	}

	/** {@code count} different entries of {@code from}. */
	static String[] pick(String[] from, int count, SplittableRandom random) {
		var pool = new ArrayList<>(List.of(from));
		var picked = new String[Math.min(count, pool.size())];
		for (int i = 0; i < picked.length; i++) {
			picked[i] = pool.remove(random.nextInt(pool.size()));
		}
		return picked;
	}

}
