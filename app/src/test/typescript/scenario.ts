// What a frontend does, written against the client generated from the live OpenAPI document, in strict mode and
// without a single non-null assertion: if the document said less than the API does (a field optional that is always
// there, a field non-null that can be null), this would not compile or would fail at run time.
// Usage: node build/scenario.js http://localhost:8080
import { deflateSync } from "node:zlib";
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api.js";

type Problem = components["schemas"]["Problem"];

const baseUrl = process.argv[2] ?? "http://localhost:8080";
const api = createClient<paths>({ baseUrl });
const run = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const password = "a long and unusual test passphrase";

function fail(step: string, problem: Problem | undefined, status: number): never {
  throw new Error(`${step}: HTTP ${status} ${JSON.stringify(problem)}`);
}

function check(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

// Register an owner, then log in.
const email = `typed-client-${run}@test.luxestate.dev`;
const registered = await api.POST("/api/v1/auth/register", {
  body: { email, password, firstName: "Typed", lastName: "Client", role: "OWNER" },
});
if (registered.data === undefined) {
  fail("register", registered.error, registered.response.status);
}
const user = registered.data;
const userId: string = user.id;
const phone: string | null = user.phone; // sent, and null: no phone was given
check(phone === null, `phone is ${phone}`);
check(user.role === "OWNER" && user.status !== undefined && user.emailVerified === false, "registered user");

const login = await api.POST("/api/v1/auth/login", { body: { email, password } });
if (login.data === undefined) {
  fail("login", login.error, login.response.status);
}
const expiresIn: number = login.data.expiresIn;
check(expiresIn > 0, "token lifetime");
const headers = { Authorization: `Bearer ${login.data.accessToken}` };

const me = await api.GET("/api/v1/auth/me", { headers });
if (me.data === undefined) {
  fail("me", me.error, me.response.status);
}
check(me.data.id === userId && me.data.permissions.includes("listings:write"), "the caller is the owner");

// Create and publish two listings in a city of their own, so that a search finds exactly them.
const city = `Typedville ${run}`;
async function publishListing(title: string): Promise<string> {
  const created = await api.POST("/api/v1/listings", {
    headers,
    body: {
      title,
      description: "Sunny rooms, a quiet street and a view of the river.",
      purpose: "SALE",
      propertyType: "APARTMENT",
      price: { amount: 250000, currency: "EUR" },
      address: { street: "Rua da Prata 12", city, postalCode: "1100-148", country: "PT" },
      location: { lat: 38.7103, lon: -9.1365 },
      bedrooms: 2,
      bathrooms: 1.5,
      livingArea: 85,
      yearBuilt: 1910,
      features: ["balcony"],
    },
  });
  if (created.data === undefined) {
    fail("create", created.error, created.response.status);
  }
  const draft = created.data;
  const publishedAt: string | null = draft.publishedAt;
  check(draft.status === "DRAFT" && publishedAt === null, "a new listing is an unpublished draft");
  check(draft.address.city === city && draft.price.currency === "EUR", "the draft has what was sent");
  const lotArea: number | null = draft.lotArea;
  check(lotArea === null, "no lot area was given");

  const uploaded = await api.POST("/api/v1/listings/{id}/images", {
    headers,
    params: { path: { id: draft.id } },
    body: { file: new Blob([png(64, 48)], { type: "image/png" }), altText: "Living room" },
    bodySerializer(body) {
      const form = new FormData();
      if (body !== undefined) {
        form.append("file", body.file, "photo.png");
        if (body.altText !== undefined) {
          form.append("altText", body.altText);
        }
      }
      return form;
    },
  });
  if (uploaded.data === undefined) {
    fail("upload", uploaded.error, uploaded.response.status);
  }
  check(uploaded.data.urls.large.length > 0, "the image has URLs");

  const published = await api.POST("/api/v1/listings/{id}/status", {
    headers,
    params: { path: { id: draft.id } },
    body: { status: "ACTIVE" },
  });
  if (published.data === undefined) {
    fail("publish", published.error, published.response.status);
  }
  check(published.data.status === "ACTIVE" && published.data.publishedAt !== null, "published");
  return published.data.id;
}
const first = await publishListing("Bright flat by the river");
const second = await publishListing("Quiet flat by the park");

// Search, one result a page, and follow the cursor to the second page.
type Page = components["schemas"]["PageListingHitResponse"];
async function search(cursor: string | undefined): Promise<Page> {
  const query = cursor === undefined ? { city, limit: 1 } : { city, limit: 1, cursor };
  const found = await api.GET("/api/v1/listings", { params: { query } });
  if (found.data === undefined) {
    fail("search", found.error, found.response.status);
  }
  return found.data;
}
let firstPage = await search(undefined);
for (let attempt = 0; firstPage.total < 2 && attempt < 50; attempt++) {
  await new Promise((resolve) => setTimeout(resolve, 100)); // the keyword index catches up
  firstPage = await search(undefined);
}
check(firstPage.total === 2 && firstPage.items.length === 1, `first page: ${JSON.stringify(firstPage)}`);
const next: string | null = firstPage.nextCursor;
if (next === null) {
  throw new Error("a first page of two results has a next page");
}
const secondPage = await search(next);
check(secondPage.items.length === 1 && secondPage.nextCursor === null, "the second page is the last");
const ids = [...firstPage.items, ...secondPage.items].map((item) => item.id).sort();
check(JSON.stringify(ids) === JSON.stringify([first, second].sort()), "both listings, once each");
const hit = firstPage.items[0];
if (hit === undefined) {
  throw new Error("no item on the first page");
}
const distanceKm: number | null = hit.distanceKm; // null: the search had no point
check(distanceKm === null && hit.primaryImage !== null && hit.publishedAt.length > 0, "a result as documented");

// Read problems: a 404 and a 400 naming its fields.
const missing = await api.GET("/api/v1/listings/{id}", {
  params: { path: { id: "00000000-0000-0000-0000-000000000000" } },
});
if (missing.error === undefined) {
  throw new Error("an unknown listing was found");
}
const notFound: Problem = missing.error;
check(notFound.status === 404 && notFound.type === "https://api.luxestate.dev/problems/not-found",
  `404 problem: ${JSON.stringify(notFound)}`);

const invalid = await api.POST("/api/v1/listings", {
  headers,
  body: {
    title: " ",
    purpose: "SALE",
    propertyType: "HOUSE",
    price: { amount: -1, currency: "EUR" },
    address: { city, country: "PT" },
  },
});
if (invalid.error === undefined) {
  throw new Error("an invalid listing was created");
}
const fields = (invalid.error.errors ?? []).map((error) => error.field).sort();
check(invalid.error.status === 400 && fields.includes("title") && fields.includes("price.amount"),
  `400 problem: ${JSON.stringify(invalid.error)}`);

console.log(`typed client scenario passed against ${baseUrl}`);

/** A PNG of the given size, in one colour: enough for the API's image pipeline. */
function png(width: number, height: number): Uint8Array<ArrayBuffer> {
  const row = new Uint8Array(1 + width * 3);
  row.fill(200, 1);
  const raw = new Uint8Array(row.length * height);
  for (let y = 0; y < height; y++) {
    raw.set(row, y * row.length);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  return concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array())]);
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const typed = concat([new TextEncoder().encode(type), data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}
