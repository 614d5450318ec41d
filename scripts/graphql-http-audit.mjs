// Runs the graphql-http server audits (GraphQL over HTTP conformance) against a Roost URL.
//
//   node scripts/graphql-http-audit.mjs <node_modules prefix> <url> [Authorization header]
//
// The prefix is where `npm install --prefix <prefix> graphql-http graphql` put the packages.
// Prints one JSON object per audit result ({id, name, status, reason}) and a last summary
// line; exits 1 when any audit is an error (MUST) or a warning (SHOULD).
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [prefix, url, authorization] = process.argv.slice(2);
if (!prefix || !url) {
  console.error('usage: graphql-http-audit.mjs <node_modules prefix> <url> [authorization]');
  process.exit(2);
}
const require = createRequire(join(resolve(prefix), 'package.json'));
const { auditServer } = require('graphql-http');

// Every audit request carries the caller's Authorization header, if one is given.
const fetchFn = (input, init = {}) =>
  fetch(input, {
    ...init,
    headers: { ...(init.headers || {}), ...(authorization ? { authorization } : {}) },
  });

const results = await auditServer({ url, fetchFn });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const { id, name, status, reason } of results) {
  counts[status] += 1;
  console.log(JSON.stringify({ id, name, status, reason: reason ?? null }));
}
console.log(JSON.stringify({ summary: counts }));
process.exit(counts.warn + counts.error > 0 ? 1 : 0);
