// Validates a filled-in Teams app manifest offline against the JSON schema of its manifestVersion, which
// @microsoft/app-manifest bundles (v1.0 to v1.30). Prints the list of errors as JSON ("[]" when valid) and exits
// 0 when valid, 1 when the manifest has errors, 2 when it cannot be read or the validator cannot run.
//
//   node validate-manifest.mjs [path/to/manifest.json]     (default: ./build/manifest.json)
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const path = process.argv[2] ?? new URL("./build/manifest.json", import.meta.url).pathname;

function fail(message) {
  console.error(`validate-manifest: ${message}`);
  process.exit(2);
}

let AppManifestUtils;
try {
  // The package is CommonJS; createRequire keeps this script a plain ES module.
  ({ AppManifestUtils } = createRequire(import.meta.url)("@microsoft/app-manifest"));
} catch (error) {
  fail(`@microsoft/app-manifest is not installed (run: npm ci --prefix deployment/teams): ${error.message}`);
}

let text;
try {
  text = await readFile(path, "utf8");
} catch (error) {
  fail(`cannot read ${path}: ${error.message}`);
}

let manifest;
try {
  manifest = JSON.parse(text.replace(/^\uFEFF/, ""));
} catch (error) {
  fail(`${path} is not JSON: ${error.message}`);
}

// A placeholder left in place would still match the schema in some fields (a name, the version pattern does not),
// so every one is reported on its own.
const errors = [...new Set(text.match(/\{\{[A-Z0-9_]+\}\}/g) ?? [])].map(p => `placeholder ${p} was not replaced`);

const schemaUrl = typeof manifest.$schema === "string" ? manifest.$schema : "";
if (!/^https:\/\/developer\.microsoft\.com\/(en-us\/)?json-schemas\/teams\/v1\.\d+\//.test(schemaUrl)) {
  // Anything else would make the library fetch the schema over the network; this validator stays offline.
  errors.push(`$schema must be a https://developer.microsoft.com/json-schemas/teams/v1.N/... URL, got ${JSON.stringify(schemaUrl)}`);
} else {
  try {
    errors.push(...(await AppManifestUtils.validateAgainstSchema(manifest)));
  } catch (error) {
    fail(`the schema for ${schemaUrl} could not be loaded: ${error.message}`);
  }
}

console.log(JSON.stringify(errors, null, 2));
process.exit(errors.length === 0 ? 0 : 1);
