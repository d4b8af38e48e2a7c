package com.luxestate.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

import com.luxestate.listings.PropertyType;

/**
 * Pictures for demo listings, drawn with Java2D: houses, villas, blocks of flats, living
 * rooms, plots of land and shop fronts, each in its own colours and composition, so that
 * a page of demo results looks like a page of adverts rather than one picture repeated.
 * Shapes only, no text (a server may have no fonts installed).
 */
final class DemoPictures {

	static final int WIDTH = 1600;
	static final int HEIGHT = 1067;

	/** What a picture shows; each property type is shown by pictures of a few kinds. */
	enum Kind {

		HOUSE, VILLA, APARTMENT_BUILDING, LIVING_ROOM, LAND, SHOP_FRONT;

		static List<Kind> showing(PropertyType type) {
			return switch (type) {
				case APARTMENT, CONDO, PENTHOUSE, STUDIO -> List.of(APARTMENT_BUILDING, LIVING_ROOM);
				case HOUSE, TOWNHOUSE -> List.of(HOUSE, LIVING_ROOM);
				case VILLA -> List.of(VILLA, LIVING_ROOM);
				case LAND -> List.of(LAND);
				case COMMERCIAL -> List.of(SHOP_FRONT);
			};
		}

	}

	/** A drawn picture and what it shows, in words (its alt text). */
	record Picture(Kind kind, String description, BufferedImage image) {
	}

	private record Sky(String name, Color top, Color bottom, boolean sun) {
	}

	private record Paint(String name, Color color) {
	}

	private static final Sky[] SKIES = { new Sky("a clear blue sky", new Color(0x4F8FD8), new Color(0xCFE4F7), true),
			new Sky("a bright morning sky", new Color(0x7FB3E8), new Color(0xF3E7D3), true),
			new Sky("a sunset", new Color(0x3D4E86), new Color(0xF6A55B), true),
			new Sky("a soft overcast sky", new Color(0x8E9AA8), new Color(0xDCE1E6), false),
			new Sky("a summer sky", new Color(0x2F7BD1), new Color(0xA9D3F5), true) };

	private static final Paint[] WALLS = { new Paint("white", new Color(0xF2EFE8)),
			new Paint("cream", new Color(0xE9DCC4)), new Paint("terracotta", new Color(0xC4704E)),
			new Paint("sage green", new Color(0xA4B494)), new Paint("pale blue", new Color(0xA8C4DC)),
			new Paint("ochre", new Color(0xD6A446)), new Paint("grey", new Color(0x9AA3AE)),
			new Paint("red brick", new Color(0x9E4B3B)) };

	private static final Paint[] ROOFS = { new Paint("red tiled", new Color(0x9A3F2C)),
			new Paint("brown", new Color(0x5E4838)), new Paint("slate", new Color(0x4B5262)),
			new Paint("dark grey", new Color(0x33383C)) };

	private static final Paint[] FABRICS = { new Paint("grey", new Color(0x7D8791)),
			new Paint("teal", new Color(0x2F7F7A)), new Paint("mustard", new Color(0xC9972C)),
			new Paint("navy", new Color(0x2E3F66)), new Paint("rust", new Color(0xA8512F)),
			new Paint("olive", new Color(0x6F7A3A)), new Paint("blush pink", new Color(0xD9A3A0)) };

	private static final Color[] GREENS = { new Color(0x4E7D3A), new Color(0x5F8F45), new Color(0x3F6B35),
			new Color(0x6E9A4F) };

	private DemoPictures() {
	}

	static Picture draw(Kind kind, SplittableRandom random) {
		var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			var description = switch (kind) {
				case HOUSE -> house(g, random);
				case VILLA -> villa(g, random);
				case APARTMENT_BUILDING -> apartmentBuilding(g, random);
				case LIVING_ROOM -> livingRoom(g, random);
				case LAND -> land(g, random);
				case SHOP_FRONT -> shopFront(g, random);
			};
			return new Picture(kind, description, image);
		}
		finally {
			g.dispose();
		}
	}

	private static String house(Graphics2D g, SplittableRandom random) {
		var sky = sky(g, random, 0.62);
		hills(g, random, 0.5, 0.62);
		lawn(g, random, 0.62);
		var wall = pick(WALLS, random);
		var roof = pick(ROOFS, random);
		int width = (int) (WIDTH * random.nextDouble(0.38, 0.5));
		int height = (int) (HEIGHT * random.nextDouble(0.24, 0.32));
		int left = (int) (WIDTH * random.nextDouble(0.18, 0.9) - width / 2.0);
		left = Math.clamp(left, 60, WIDTH - width - 60);
		int base = (int) (HEIGHT * 0.7);
		int top = base - height;
		var chimney = random.nextBoolean();
		if (chimney) {
			g.setColor(darker(wall.color(), 0.75));
			g.fillRect(left + width * 3 / 4, top - height / 2, width / 14, height / 2);
		}
		g.setColor(wall.color());
		g.fillRect(left, top, width, height);
		var roofPath = new Path2D.Double();
		roofPath.moveTo(left - width * 0.06, top);
		roofPath.lineTo(left + width / 2.0, top - height * random.nextDouble(0.5, 0.75));
		roofPath.lineTo(left + width * 1.06, top);
		roofPath.closePath();
		g.setColor(roof.color());
		g.fill(roofPath);
		var storeys = height > HEIGHT * 0.28 ? 2 : 1;
		windows(g, left + width / 10, top + height / 8, width * 8 / 10, height * 6 / 10, storeys == 2 ? 4 : 3, storeys,
				wall.color(), sky.sun());
		int doorWidth = width / 9;
		g.setColor(darker(pick(FABRICS, random).color(), 0.8));
		g.fillRect(left + width / 2 - doorWidth / 2, base - height * 4 / 10, doorWidth, height * 4 / 10);
		var path = new Path2D.Double();
		path.moveTo(left + width / 2.0 - doorWidth / 2.0, base);
		path.lineTo(left + width / 2.0 + doorWidth / 2.0, base);
		path.lineTo(left + width / 2.0 + doorWidth * 1.6, HEIGHT);
		path.lineTo(left + width / 2.0 - doorWidth * 1.6, HEIGHT);
		path.closePath();
		g.setColor(new Color(0xCDBFA8));
		g.fill(path);
		trees(g, random, 2 + random.nextInt(3), base, left, left + width);
		if (random.nextBoolean()) {
			fence(g, base + (HEIGHT - base) / 3, new Color(0xF5F2EC));
		}
		return "A %s house with a %s roof and a garden, under %s".formatted(wall.name(), roof.name(), sky.name());
	}

	private static String villa(Graphics2D g, SplittableRandom random) {
		var sky = sky(g, random, 0.55);
		hills(g, random, 0.45, 0.55);
		g.setColor(new Color(0xE6DCC8));
		g.fillRect(0, (int) (HEIGHT * 0.55), WIDTH, HEIGHT);
		var wall = random.nextInt(3) == 0 ? pick(WALLS, random) : WALLS[0];
		int left = (int) (WIDTH * random.nextDouble(0.08, 0.3));
		int width = (int) (WIDTH * random.nextDouble(0.5, 0.62));
		int base = (int) (HEIGHT * 0.62);
		int storey = (int) (HEIGHT * 0.16);
		g.setColor(wall.color());
		g.fillRect(left, base - storey, width, storey);
		g.setColor(darker(wall.color(), 0.7));
		g.fillRect(left - 20, base - storey - 12, width + 40, 12);
		glass(g, left + width / 12, base - storey + storey / 6, width * 10 / 12, storey * 5 / 6);
		var storeys = random.nextInt(3) == 0 ? "single-storey" : "two-storey";
		if (storeys.equals("two-storey")) {
			int upperLeft = left + (int) (width * random.nextDouble(0.0, 0.35));
			int upperWidth = (int) (width * random.nextDouble(0.45, 0.65));
			g.setColor(wall.color());
			g.fillRect(upperLeft, base - 2 * storey, upperWidth, storey);
			g.setColor(darker(wall.color(), 0.7));
			g.fillRect(upperLeft - 20, base - 2 * storey - 12, upperWidth + 40, 12);
			glass(g, upperLeft + upperWidth / 10, base - 2 * storey + storey / 5, upperWidth * 8 / 10, storey * 3 / 5);
		}
		int poolTop = (int) (HEIGHT * 0.72);
		var water = new GradientPaint(0, poolTop, new Color(0x3FB5D4), 0, HEIGHT, new Color(0x1E7FA8));
		g.setPaint(water);
		var pool = new Path2D.Double();
		pool.moveTo(WIDTH * 0.12, poolTop);
		pool.lineTo(WIDTH * 0.88, poolTop);
		pool.lineTo(WIDTH * 0.98, HEIGHT * 0.95);
		pool.lineTo(WIDTH * 0.02, HEIGHT * 0.95);
		pool.closePath();
		g.fill(pool);
		g.setColor(new Color(255, 255, 255, 90));
		g.setStroke(new BasicStroke(4));
		for (int i = 0; i < 6; i++) {
			int y = poolTop + 20 + random.nextInt((int) (HEIGHT * 0.2));
			int x = (int) (WIDTH * random.nextDouble(0.15, 0.7));
			g.drawLine(x, y, x + 80 + random.nextInt(160), y);
		}
		for (int i = 0; i < 2 + random.nextInt(2); i++) {
			int x = random.nextBoolean() ? (int) (WIDTH * random.nextDouble(0.0, 0.08))
					: (int) (WIDTH * random.nextDouble(0.85, 0.97));
			palm(g, random, x, (int) (HEIGHT * 0.7), (int) (HEIGHT * random.nextDouble(0.35, 0.5)));
		}
		return "A modern %s %s villa with large windows and a swimming pool, under %s".formatted(storeys, wall.name(),
				sky.name());
	}

	private static String apartmentBuilding(Graphics2D g, SplittableRandom random) {
		var sky = sky(g, random, 0.85);
		int street = (int) (HEIGHT * 0.85);
		g.setColor(new Color(0x6B6F73));
		g.fillRect(0, street, WIDTH, HEIGHT - street);
		g.setColor(new Color(0xB9B4AA));
		g.fillRect(0, street, WIDTH, 24);
		var blocks = 2 + random.nextInt(2);
		int x = -40;
		String mainWall = null;
		for (int i = 0; i < blocks && x < WIDTH; i++) {
			var wall = pick(WALLS, random);
			mainWall = mainWall == null ? wall.name() : mainWall;
			int width = (int) (WIDTH * random.nextDouble(0.3, 0.5));
			int floors = 4 + random.nextInt(6);
			int floorHeight = (int) (HEIGHT * 0.075);
			int top = street - floors * floorHeight - 30;
			g.setColor(wall.color());
			g.fillRect(x, top, width, street - top);
			g.setColor(darker(wall.color(), 0.8));
			g.fillRect(x - 8, top - 14, width + 16, 14);
			var balconies = random.nextBoolean();
			for (int floor = 0; floor < floors; floor++) {
				int y = top + 30 + floor * floorHeight;
				windows(g, x + 30, y + 12, width - 60, floorHeight - 30, Math.max(2, width / 130), 1, wall.color(),
						sky.sun());
				if (balconies && floor < floors - 1) {
					g.setColor(darker(wall.color(), 0.65));
					g.fillRect(x + 20, y + floorHeight - 16, width - 40, 8);
				}
			}
			x += width + random.nextInt(10, 60);
		}
		for (int i = 0; i < 3; i++) {
			tree(g, random, (int) (WIDTH * (0.15 + 0.33 * i + random.nextDouble(-0.05, 0.05))), street + 10,
					(int) (HEIGHT * 0.2));
		}
		return "A block of flats with %s walls on a tree-lined street, under %s".formatted(mainWall, sky.name());
	}

	private static String livingRoom(Graphics2D g, SplittableRandom random) {
		var wall = pick(WALLS, random);
		var wallColour = brighter(wall.color(), 1.1);
		g.setColor(wallColour);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		int floor = (int) (HEIGHT * 0.68);
		var wood = new Color[] { new Color(0xB58A5A), new Color(0x9C7148), new Color(0xC79E6E), new Color(0x7E5A3C) };
		var plank = wood[random.nextInt(wood.length)];
		for (int y = floor, row = 0; y < HEIGHT; y += 36, row++) {
			for (int x = (row % 2) * -120; x < WIDTH; x += 240) {
				g.setColor(row % 3 == 0 ? plank : brighter(plank, random.nextDouble(0.9, 1.08)));
				g.fillRect(x, y, 238, 34);
			}
		}
		g.setColor(darker(wallColour, 0.85));
		g.fillRect(0, floor - 16, WIDTH, 16);
		int windowLeft = (int) (WIDTH * random.nextDouble(0.05, 0.55));
		int windowWidth = (int) (WIDTH * random.nextDouble(0.25, 0.38));
		var outside = pick(SKIES, random);
		g.setPaint(new GradientPaint(0, 80, outside.top(), 0, floor - 120, outside.bottom()));
		g.fillRect(windowLeft, 80, windowWidth, floor - 200);
		g.setClip(windowLeft, 80, windowWidth, floor - 200);
		g.setColor(GREENS[random.nextInt(GREENS.length)]);
		g.fill(new Ellipse2D.Double(windowLeft + windowWidth * 0.5, floor - 330, windowWidth * 0.7, 260));
		g.setClip(null);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(14));
		g.drawRect(windowLeft, 80, windowWidth, floor - 200);
		g.drawLine(windowLeft + windowWidth / 2, 80, windowLeft + windowWidth / 2, floor - 120);
		var fabric = pick(FABRICS, random);
		int sofaLeft = windowLeft + windowWidth / 2 > WIDTH / 2 ? (int) (WIDTH * 0.08) : (int) (WIDTH * 0.45);
		int sofaWidth = (int) (WIDTH * 0.45);
		int sofaTop = floor - 150;
		g.setColor(new Color(0xD8CBB4, false));
		g.fill(new Ellipse2D.Double(sofaLeft - 60, floor + 60, sofaWidth + 120, 200));
		g.setColor(darker(fabric.color(), 0.85));
		g.fill(new RoundRectangle2D.Double(sofaLeft, sofaTop - 90, sofaWidth, 150, 40, 40));
		g.setColor(fabric.color());
		g.fill(new RoundRectangle2D.Double(sofaLeft - 30, sofaTop + 20, sofaWidth + 60, 110, 40, 40));
		g.fill(new RoundRectangle2D.Double(sofaLeft - 50, sofaTop - 40, 70, 170, 30, 30));
		g.fill(new RoundRectangle2D.Double(sofaLeft + sofaWidth - 20, sofaTop - 40, 70, 170, 30, 30));
		g.setColor(new Color(0x3A2E25));
		g.fillRect(sofaLeft, sofaTop + 130, 14, 30);
		g.fillRect(sofaLeft + sofaWidth - 14, sofaTop + 130, 14, 30);
		var cushion = pick(FABRICS, random);
		g.setColor(cushion.color());
		g.fill(new RoundRectangle2D.Double(sofaLeft + 40, sofaTop - 40, 120, 90, 30, 30));
		g.fill(new RoundRectangle2D.Double(sofaLeft + sofaWidth - 160, sofaTop - 40, 120, 90, 30, 30));
		int frameLeft = sofaLeft + sofaWidth / 4;
		g.setColor(new Color(0x2B2B2B));
		g.fillRect(frameLeft, 150, sofaWidth / 2, 220);
		for (int i = 0; i < 3; i++) {
			g.setColor(pick(FABRICS, random).color());
			g.fillRect(frameLeft + 20 + i * (sofaWidth / 2 - 40) / 3, 170, (sofaWidth / 2 - 40) / 3, 180);
		}
		int plantX = sofaLeft + sofaWidth + 120 < WIDTH - 100 ? sofaLeft + sofaWidth + 120 : sofaLeft - 200;
		g.setColor(new Color(0xB5651D));
		g.fillRect(plantX, floor - 20, 90, 110);
		g.setColor(GREENS[random.nextInt(GREENS.length)]);
		for (int i = 0; i < 7; i++) {
			g.fill(new Ellipse2D.Double(plantX - 60 + random.nextInt(150), floor - 260 + random.nextInt(200), 70, 120));
		}
		return "A living room with %s walls, a %s sofa and a large window".formatted(wall.name(), fabric.name());
	}

	private static String land(Graphics2D g, SplittableRandom random) {
		var sky = sky(g, random, 0.45);
		hills(g, random, 0.3, 0.45);
		int horizon = (int) (HEIGHT * 0.45);
		var fields = new Color[] { new Color(0x8DB255), new Color(0xC9B458), new Color(0x6E9A4F), new Color(0xA7C06A),
				new Color(0xD4C27A) };
		g.setColor(fields[0]);
		g.fillRect(0, horizon - 2, WIDTH, HEIGHT - horizon + 2);
		// Each field reaches down to the bottom edge; the next one, nearer, covers its
		// lower part.
		for (int band = 0, y = horizon; y < HEIGHT; band++) {
			var field = new Path2D.Double();
			field.moveTo(0, y);
			field.curveTo(WIDTH * 0.3, y - random.nextInt(30), WIDTH * 0.7, y + random.nextInt(30), WIDTH, y);
			field.lineTo(WIDTH, HEIGHT);
			field.lineTo(0, HEIGHT);
			field.closePath();
			g.setColor(fields[random.nextInt(fields.length)]);
			g.fill(field);
			y += 40 + band * 35 + random.nextInt(40);
		}
		fence(g, (int) (HEIGHT * 0.78), new Color(0x7A5C3E));
		if (random.nextBoolean()) {
			tree(g, random, (int) (WIDTH * random.nextDouble(0.55, 0.85)), (int) (HEIGHT * 0.62), (int) (HEIGHT * 0.3));
		}
		return "A plot of open land with fields and hills, under %s".formatted(sky.name());
	}

	private static String shopFront(Graphics2D g, SplittableRandom random) {
		var sky = sky(g, random, 0.25);
		var wall = pick(WALLS, random);
		g.setColor(wall.color());
		g.fillRect(0, (int) (HEIGHT * 0.12), WIDTH, HEIGHT);
		g.setColor(darker(wall.color(), 0.75));
		g.fillRect(0, (int) (HEIGHT * 0.12), WIDTH, 18);
		windows(g, 120, (int) (HEIGHT * 0.18), WIDTH - 240, (int) (HEIGHT * 0.3), 5, 2, wall.color(), sky.sun());
		int shopTop = (int) (HEIGHT * 0.55);
		int street = (int) (HEIGHT * 0.92);
		glass(g, 140, shopTop + 70, WIDTH - 560, street - shopTop - 70);
		g.setColor(new Color(0x2D2D2D));
		g.fillRect(WIDTH - 380, shopTop + 70, 220, street - shopTop - 70);
		var awning = pick(FABRICS, random);
		int stripe = 80;
		for (int x = 100, i = 0; x < WIDTH - 100; x += stripe, i++) {
			g.setColor(i % 2 == 0 ? awning.color() : new Color(0xF4F1EA));
			var piece = new Path2D.Double();
			piece.moveTo(x, shopTop);
			piece.lineTo(x + stripe, shopTop);
			piece.lineTo(x + stripe + 10, shopTop + 80);
			piece.lineTo(x - 10 + 10, shopTop + 80);
			piece.closePath();
			g.fill(piece);
		}
		g.setColor(new Color(0xA8A39A));
		g.fillRect(0, street, WIDTH, HEIGHT - street);
		return "A shop front with a %s and white striped awning and offices above".formatted(awning.name());
	}

	/**
	 * Fills the sky down to {@code horizon} (a fraction of the height), with a sun where
	 * there is one.
	 */
	private static Sky sky(Graphics2D g, SplittableRandom random, double horizon) {
		var sky = pick(SKIES, random);
		int bottom = (int) (HEIGHT * horizon);
		g.setPaint(new GradientPaint(0, 0, sky.top(), 0, bottom, sky.bottom()));
		g.fillRect(0, 0, WIDTH, bottom + 1);
		if (sky.sun()) {
			g.setColor(new Color(255, 244, 200, 220));
			int size = 90 + random.nextInt(60);
			g.fill(new Ellipse2D.Double(WIDTH * random.nextDouble(0.1, 0.9), bottom * random.nextDouble(0.1, 0.5), size,
					size));
		}
		g.setColor(new Color(255, 255, 255, 150));
		for (int i = 0; i < 2 + random.nextInt(4); i++) {
			double x = WIDTH * random.nextDouble(-0.1, 1);
			double y = bottom * random.nextDouble(0.05, 0.45);
			for (int puff = 0; puff < 4; puff++) {
				g.fill(new Ellipse2D.Double(x + puff * 55, y - (puff % 2) * 25, 120, 60));
			}
		}
		return sky;
	}

	private static void hills(Graphics2D g, SplittableRandom random, double top, double bottom) {
		for (int layer = 0; layer < 2; layer++) {
			var hill = new Path2D.Double();
			double y = HEIGHT * (top + (bottom - top) * layer / 2);
			hill.moveTo(0, HEIGHT * bottom);
			hill.lineTo(0, y + random.nextInt(40));
			hill.curveTo(WIDTH * 0.3, y - random.nextInt(80), WIDTH * 0.6, y + random.nextInt(80), WIDTH,
					y - random.nextInt(60));
			hill.lineTo(WIDTH, HEIGHT * bottom);
			hill.closePath();
			g.setColor(layer == 0 ? new Color(0x8FA89A) : new Color(0x6F9068));
			g.fill(hill);
		}
	}

	private static void lawn(Graphics2D g, SplittableRandom random, double top) {
		int y = (int) (HEIGHT * top);
		g.setPaint(new GradientPaint(0, y, GREENS[random.nextInt(GREENS.length)], 0, HEIGHT,
				GREENS[random.nextInt(GREENS.length)]));
		g.fillRect(0, y, WIDTH, HEIGHT - y);
	}

	/** A grid of windows, lit warm under a sunless sky. */
	private static void windows(Graphics2D g, int left, int top, int width, int height, int columns, int rows,
			Color wall, boolean daylight) {
		int cellWidth = width / columns;
		int cellHeight = height / Math.max(1, rows);
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				int x = left + column * cellWidth + cellWidth / 5;
				int y = top + row * cellHeight + cellHeight / 8;
				int w = cellWidth * 3 / 5;
				int h = cellHeight * 3 / 4;
				g.setColor(darker(wall, 0.7));
				g.fillRect(x - 6, y - 6, w + 12, h + 12);
				g.setPaint(daylight ? new GradientPaint(x, y, new Color(0x9CC3E0), x + w, y + h, new Color(0x5C7F9C))
						: new GradientPaint(x, y, new Color(0xF7D488), x + w, y + h, new Color(0xE0A84E)));
				g.fillRect(x, y, w, h);
			}
		}
	}

	private static void glass(Graphics2D g, int left, int top, int width, int height) {
		g.setPaint(new GradientPaint(left, top, new Color(0x8FB9D6), left + width, top + height, new Color(0x35566F)));
		g.fillRect(left, top, width, height);
		g.setColor(new Color(0x2A2F33));
		g.setStroke(new BasicStroke(6));
		for (int x = left; x <= left + width; x += Math.max(60, width / 6)) {
			g.drawLine(x, top, x, top + height);
		}
		g.drawRect(left, top, width, height);
		g.setColor(new Color(255, 255, 255, 60));
		var shine = new Path2D.Double();
		shine.moveTo(left + width * 0.1, top + height);
		shine.lineTo(left + width * 0.25, top);
		shine.lineTo(left + width * 0.32, top);
		shine.lineTo(left + width * 0.17, top + height);
		shine.closePath();
		g.fill(shine);
	}

	private static void trees(Graphics2D g, SplittableRandom random, int count, int base, int avoidFrom, int avoidTo) {
		for (int i = 0; i < count; i++) {
			int x = random.nextBoolean() ? random.nextInt(40, Math.max(41, avoidFrom - 40))
					: random.nextInt(Math.min(WIDTH - 41, avoidTo + 40), WIDTH - 40);
			tree(g, random, x, base + random.nextInt(40), (int) (HEIGHT * random.nextDouble(0.25, 0.4)));
		}
	}

	private static void tree(Graphics2D g, SplittableRandom random, int x, int base, int height) {
		g.setColor(new Color(0x5A4330));
		g.fillRect(x - height / 24, base - height / 2, height / 12, height / 2);
		var green = GREENS[random.nextInt(GREENS.length)];
		for (int i = 0; i < 4; i++) {
			g.setColor(i % 2 == 0 ? green : brighter(green, 1.15));
			double size = height * random.nextDouble(0.4, 0.6);
			g.fill(new Ellipse2D.Double(x - size / 2 + random.nextDouble(-height / 6.0, height / 6.0),
					base - height + random.nextDouble(0, height / 4.0), size, size));
		}
	}

	private static void palm(Graphics2D g, SplittableRandom random, int x, int base, int height) {
		g.setColor(new Color(0x8A6A48));
		g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		var trunk = new Path2D.Double();
		trunk.moveTo(x, base);
		int lean = random.nextInt(-60, 60);
		trunk.quadTo(x + lean, base - height / 2.0, x + lean / 2.0, base - height);
		g.draw(trunk);
		g.setColor(new Color(0x3E7A3A));
		g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < 8; i++) {
			double angle = Math.PI * 2 * i / 8;
			var frond = new Path2D.Double();
			frond.moveTo(x + lean / 2.0, base - height);
			frond.quadTo(x + lean / 2.0 + Math.cos(angle) * height * 0.2, base - height - height * 0.12,
					x + lean / 2.0 + Math.cos(angle) * height * 0.3,
					base - height + Math.abs(Math.sin(angle)) * 40 + 30);
			g.draw(frond);
		}
	}

	private static void fence(Graphics2D g, int y, Color color) {
		g.setColor(color);
		g.fillRect(0, y, WIDTH, 8);
		g.fillRect(0, y + 40, WIDTH, 8);
		for (int x = 10; x < WIDTH; x += 45) {
			g.fillRect(x, y - 20, 12, 90);
		}
	}

	private static <T> T pick(T[] from, SplittableRandom random) {
		return from[random.nextInt(from.length)];
	}

	private static Color darker(Color color, double factor) {
		return new Color((int) (color.getRed() * factor), (int) (color.getGreen() * factor),
				(int) (color.getBlue() * factor));
	}

	private static Color brighter(Color color, double factor) {
		return new Color(Math.min(255, (int) (color.getRed() * factor)),
				Math.min(255, (int) (color.getGreen() * factor)), Math.min(255, (int) (color.getBlue() * factor)));
	}

}
