// Generates the TypeScript types of the OpenAPI document given as argv[2] into argv[3], the
// way a front-end developer would (openapi-typescript's Node API, with its documented
// transform that types binary bodies as Blob). Any warning the generator prints fails it.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const [input, output] = process.argv.slice(2);
const printed = [];
for (const level of ["warn", "error"]) {
  const original = console[level];
  console[level] = (...args) => {
    printed.push(args.join(" "));
    original(...args);
  };
}

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());
const ast = await openapiTS(pathToFileURL(input), {
  transform(schema) {
    if (schema.format === "binary") {
      return schema.type?.includes?.("null") ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
    }
  },
});
writeFileSync(output, astToString(ast));
if (printed.length > 0) {
  console.error(`openapi-typescript printed ${printed.length} warning(s)`);
  process.exit(1);
}
