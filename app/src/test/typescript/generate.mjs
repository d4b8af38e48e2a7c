// Generates generated/api.d.ts from api-docs.json (the live document the Java test saved). Binary bodies
// (format: binary) become Blob, as openapi-typescript documents for uploads, so multipart bodies type-check.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const document = JSON.parse(readFileSync("api-docs.json", "utf8"));
const ast = await openapiTS(document, {
  transform(schema) {
    if (schema.format === "binary") {
      return BLOB;
    }
    return undefined;
  },
});
mkdirSync("generated", { recursive: true });
writeFileSync("generated/api.d.ts", astToString(ast));
