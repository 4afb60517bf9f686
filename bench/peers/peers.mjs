// Runs one of the PII redaction libraries a Node user would pick over files, the way such a user
// would: each file read whole as UTF-8 and handed to the library's default redactor.
//
//   node peers.mjs TOOL PATH...           prints "<path>\t<findings>" per file (the timed mode)
//   node peers.mjs TOOL --spans PATH...   prints each finding as a JSON line, {"path", "start",
//                                         "end", "type"} with UTF-8 byte offsets (for scoring)
//
// and "<files> files, <bytes> bytes, <n> findings" on stderr.
//
// TOOL is redactpii (@redactpii/node), redact-pii or openredaction (@openredaction/openredaction).
// redactpii and redact-pii return only the redacted text: a finding's span is recovered by lining
// the redacted text up with the original, the literal text between two placeholders being the same
// in both.
import { readFileSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Redactor } from '@redactpii/node';
import redactPii from 'redact-pii';
import { OpenRedaction } from '@openredaction/openredaction';

// The placeholders each library writes in place of a finding (read from their sources).
const PLACEHOLDER = {
  redactpii: /(PERSON_NAME|EMAIL_ADDRESS|PHONE_NUMBER|CREDIT_CARD_NUMBER|US_SOCIAL_SECURITY_NUMBER|DIGITS|REDACTED)/g,
  'redact-pii': /(PERSON_NAME|EMAIL_ADDRESS|PHONE_NUMBER|CREDIT_CARD_NUMBER|US_SOCIAL_SECURITY_NUMBER|IP_ADDRESS|STREET_ADDRESS|ZIPCODE|USERNAME|PASSWORD|CREDENTIALS|URL|DIGITS)/g,
};

function tools() {
  return {
    redactpii: (spans) => {
      const r = new Redactor();
      return (text) => placeholders(text, r.redact(text), PLACEHOLDER.redactpii, spans);
    },
    'redact-pii': (spans) => {
      const r = new redactPii.SyncRedactor();
      return (text) => placeholders(text, r.redact(text), PLACEHOLDER['redact-pii'], spans);
    },
    openredaction: () => {
      const r = new OpenRedaction();
      return (text) => r.detect(text).detections.map((d) => ({ start: d.position[0], end: d.position[1], type: d.type }));
    },
  };
}

/** The findings of a redaction: their spans when asked for (which costs more than the library), else only their number. */
function placeholders(original, redacted, placeholder, spans) {
  return spans ? fromRedacted(original, redacted, placeholder) : { length: redacted.match(placeholder)?.length ?? 0 };
}

/**
 * The spans of the original that the redactor replaced. The redacted text is the original's
 * literal pieces with placeholders between them, so each placeholder stands for the original text
 * from the end of the piece before it to the start of the piece after it. A placeholder word that
 * the original itself holds at that point (a log saying URL) is literal text, and two placeholders
 * with nothing between them cannot be told apart: they count as one span.
 */
function fromRedacted(original, redacted, placeholder) {
  const spans = [];
  let at = 0;
  let last = 0;
  let literal = '';
  let pending = null;
  for (const m of redacted.matchAll(placeholder)) {
    const piece = literal + redacted.slice(last, m.index);
    last = m.index + m[0].length;
    if (piece.length === 0 && pending !== null) {
      continue;
    }
    const found = indexNear(original, piece, pending === null ? at : at + 1);
    if (found < 0 || original.startsWith(m[0], found + piece.length)) {
      literal = piece + m[0];
      continue;
    }
    if (pending !== null) {
      spans.push({ start: pending.start, end: found, type: pending.type });
    }
    at = found + piece.length;
    pending = { start: at, type: m[1] };
    literal = '';
  }
  const tail = literal + redacted.slice(last);
  if (pending !== null && original.endsWith(tail) && original.length - tail.length > pending.start) {
    spans.push({ start: pending.start, end: original.length - tail.length, type: pending.type });
  }
  return spans;
}

/** Longest text a placeholder is taken to stand for: bounds the search for the next literal piece. */
const MAX_SPAN = 1024;

/** Where {@code piece} is in {@code text} from {@code from} on, at most MAX_SPAN further; -1 if not. */
function indexNear(text, piece, from) {
  const found = text.slice(from, from + MAX_SPAN + piece.length).indexOf(piece);
  return found < 0 ? -1 : from + found;
}

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      yield* files(join(path, name));
    }
  } else {
    yield path;
  }
}

/** UTF-8 byte offset of each UTF-16 index, computed once per file when spans are printed. */
function byteOffsets(text) {
  const offsets = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = bytes;
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
  }
  offsets[text.length] = bytes;
  return offsets;
}

const [tool, ...rest] = process.argv.slice(2);
const make = tools()[tool];
if (!make || rest.length === 0) {
  console.error(`usage: node peers.mjs {${Object.keys(tools()).join('|')}} [--spans] PATH...`);
  process.exit(2);
}
const spans = rest[0] === '--spans';
const find = make(spans);
let fileCount = 0;
let byteCount = 0;
let findingCount = 0;
const out = [];
for (const root of spans ? rest.slice(1) : rest) {
  for (const path of files(root)) {
    const text = readFileSync(path, 'utf8');
    const found = find(text);
    fileCount++;
    byteCount += Buffer.byteLength(text);
    findingCount += found.length;
    if (spans) {
      const at = byteOffsets(text);
      for (const f of found) {
        out.push(JSON.stringify({ path, start: at[f.start], end: at[f.end], type: f.type }));
      }
    } else {
      out.push(`${path}\t${found.length}`);
    }
    if (out.length >= 4096) {
      writeSync(1, out.join('\n') + '\n');
      out.length = 0;
    }
  }
}
if (out.length > 0) {
  writeSync(1, out.join('\n') + '\n');
}
console.error(`${fileCount} files, ${byteCount} bytes, ${findingCount} findings`);
