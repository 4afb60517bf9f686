#!/usr/bin/env node
// Derives the compact CloudFormation resource schema that `pii-scanner check` ships from the
// database of @aws-cdk/aws-service-spec (db.json.gz), the one the AWS CDK generates its L1
// constructs from. Keeps only what the checks read: per resource type, each property's accepted
// types and whether it is required, and the GetAtt attribute names; per property type, the same.
// Documentation, ARN templates, metrics and events are dropped.
//
// Usage: node derive.js DB_JSON_GZ PACKAGE_VERSION OUT_JSON_GZ
//
// Type grammar (one string per property, see io.piiscanner.preflight.schema.TypeExpression):
//   s string  n number  i integer  b boolean  j json  d date-time  t tag
//   #N        the property type N in "types"
//   [T        a list of T       {T  a map of T
//   (T|U|..)  any of the alternatives (a union, or the current type with the types it had before)
//   a leading ! marks a required property
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const [dbPath, version, outPath] = process.argv.slice(2);
if (!dbPath || !version || !outPath) {
  console.error('usage: node derive.js DB_JSON_GZ PACKAGE_VERSION OUT_JSON_GZ');
  process.exit(2);
}
const schema = JSON.parse(zlib.gunzipSync(fs.readFileSync(dbPath))).schema;

const SCALARS = { string: 's', number: 'n', integer: 'i', boolean: 'b', json: 'j', 'date-time': 'd', tag: 't' };
const typeIds = new Map();   // spec $id -> compact index
const typeQueue = [];
const typeById = new Map(schema.typeDefinition.entities.map((t) => [t.$id, t]));

function typeRef(id) {
  if (!typeIds.has(id)) {
    typeIds.set(id, typeIds.size);
    typeQueue.push(id);
  }
  return '#' + typeIds.get(id);
}

function encode(t) {
  if (SCALARS[t.type]) return SCALARS[t.type];
  switch (t.type) {
    case 'ref': return typeRef(t.reference.$ref);
    case 'array': return '[' + encode(t.element);
    case 'map': return '{' + encode(t.element);
    case 'union': return alternativesOf([t]);
    default: throw new Error('unknown type kind ' + t.type);
  }
}

// Nested unions flatten into one list of distinct alternatives.
function alternativesOf(types) {
  const flat = [];
  const add = (t) => (t.type === 'union' ? t.types.forEach(add) : flat.push(encode(t)));
  types.forEach(add);
  const unique = [...new Set(flat)];
  return unique.length === 1 ? unique[0] : '(' + unique.join('|') + ')';
}

function encodeProperty(p) {
  return (p.required ? '!' : '') + alternativesOf([p.type, ...(p.previousTypes || [])]);
}

function encodeProperties(props) {
  const out = {};
  for (const name of Object.keys(props || {}).sort()) out[name] = encodeProperty(props[name]);
  return out;
}

const resources = {};
for (const r of [...schema.resource.entities].sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType))) {
  resources[r.cloudFormationType] = {
    p: encodeProperties(r.properties),
    a: Object.keys(r.attributes || {}).sort(),
  };
}
const types = [];
for (let i = 0; i < typeQueue.length; i++) {
  const def = typeById.get(typeQueue[i]);
  if (!def) throw new Error('dangling type reference ' + typeQueue[i]);
  types.push(encodeProperties(def.properties));
}

const out = { source: '@aws-cdk/aws-service-spec@' + version, resources, types };
fs.writeFileSync(outPath, zlib.gzipSync(JSON.stringify(out), { level: 9, mtime: 0 }));
console.error(`${Object.keys(resources).length} resource types, ${types.length} property types -> ${outPath}`);
