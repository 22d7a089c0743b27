/**
 * Every interface string exists in French (default), English and Dutch, is not empty, and uses
 * the same placeholders in every language. The files are parsed with @wxt-dev/i18n's own parser,
 * so this test sees exactly the keys the build turns into messages.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

// VDL_LOCALES_DIR: check another copy of the files (used to test this test).
const LOCALES_DIR = resolve(
  process.env.VDL_LOCALES_DIR ?? join(import.meta.dirname, '../../../locales'),
);
const DEFAULT_LOCALE = 'fr';
const REQUIRED = ['fr', 'en', 'nl'] as const;

type Flat = Map<string, { kind: ParsedMessage['type']; texts: Record<string, string> }>;

function load(locale: string): Flat {
  const text = readFileSync(join(LOCALES_DIR, `${locale}.yml`), 'utf8');
  const out: Flat = new Map();
  for (const m of parseMessagesText(text, 'YAML')) {
    const key = m.key.join('.');
    if (key.startsWith('@@')) continue; // Chrome's predefined messages, added by the parser.
    const texts: Record<string, string> =
      m.type === 'plural'
        ? Object.fromEntries(Object.entries(m.plurals).map(([k, v]) => [k, String(v)]))
        : { '': m.message };
    out.set(key, { kind: m.type, texts });
  }
  return out;
}

/** $1…$9 (Chrome substitutions; $$ is a literal dollar), %s (context menu), {name}. */
function placeholders(s: string): string[] {
  const found = [
    ...Array.from(s.replaceAll('$$', '').matchAll(/\$([1-9])/g), (m) => `$${m[1]}`),
    ...Array.from(s.matchAll(/%s/g), () => '%s'),
    ...Array.from(s.matchAll(/\{([A-Za-z0-9_]+)\}/g), (m) => `{${m[1]}}`),
  ];
  return [...new Set(found)].sort();
}

function list(items: string[], max = 200): string {
  const shown = items.slice(0, max).map((k) => `  - ${k}`);
  if (items.length > max) shown.push(`  … and ${items.length - max} more`);
  return shown.join('\n');
}

const files = readdirSync(LOCALES_DIR).filter((f) => /\.ya?ml$/.test(f));
const parsed = new Map<string, Flat>();
const parseErrors: string[] = [];
for (const f of files) {
  const locale = f.replace(/\.ya?ml$/, '');
  try {
    parsed.set(locale, load(locale));
  } catch (err) {
    parseErrors.push(`locales/${f}: ${(err as Error).message}`);
  }
}

describe('interface languages (locales/*.yml)', () => {
  it('every locale file parses (a concurrent append can break the YAML: duplicated keys, indentation)', () => {
    expect(parseErrors, `\n${parseErrors.join('\n')}\n`).toEqual([]);
  });

  it(`has the required languages: ${REQUIRED.join(', ')}`, () => {
    expect([...parsed.keys()].sort()).toEqual(expect.arrayContaining([...REQUIRED]));
  });

  it('has no key missing in any language', () => {
    const all = new Set<string>();
    for (const flat of parsed.values()) for (const k of flat.keys()) all.add(k);
    const problems: string[] = [];
    for (const [locale, flat] of parsed) {
      const missing = [...all].filter((k) => !flat.has(k)).sort();
      if (missing.length) {
        problems.push(
          `locales/${locale}.yml is missing ${missing.length} key(s):\n${list(missing)}`,
        );
      }
    }
    expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
  });

  it('has no empty value', () => {
    const empty: string[] = [];
    for (const [locale, flat] of parsed) {
      for (const [key, { texts }] of flat) {
        for (const [form, text] of Object.entries(texts)) {
          if (!text.trim()) empty.push(`${locale}: ${key}${form ? ` [${form}]` : ''}`);
        }
      }
    }
    expect(empty, `\nEmpty strings:\n${list(empty)}\n`).toEqual([]);
  });

  it('uses the same kind of message (plain or plural) and the same plural forms everywhere', () => {
    const base = parsed.get(DEFAULT_LOCALE);
    const problems: string[] = [];
    if (base) {
      for (const [locale, flat] of parsed) {
        if (locale === DEFAULT_LOCALE) continue;
        for (const [key, msg] of flat) {
          const ref = base.get(key);
          if (!ref) continue;
          if (ref.kind !== msg.kind) {
            problems.push(`${key}: ${DEFAULT_LOCALE} is ${ref.kind}, ${locale} is ${msg.kind}`);
            continue;
          }
          const a = Object.keys(ref.texts).sort().join(',');
          const b = Object.keys(msg.texts).sort().join(',');
          if (a !== b)
            problems.push(`${key}: plural forms ${DEFAULT_LOCALE} [${a}] vs ${locale} [${b}]`);
        }
      }
    }
    expect(problems, `\n${list(problems)}\n`).toEqual([]);
  });

  it('uses the same placeholders ($1, %s, {name}) in every language', () => {
    const base = parsed.get(DEFAULT_LOCALE);
    const problems: string[] = [];
    if (base) {
      for (const [key, ref] of base) {
        // For a plural message the placeholders of all its forms together must agree: "1 item"
        // may omit $1 where "n items" has it.
        const want = placeholders(Object.values(ref.texts).join(' '));
        for (const [locale, flat] of parsed) {
          if (locale === DEFAULT_LOCALE) continue;
          const msg = flat.get(key);
          if (!msg) continue;
          const got = placeholders(Object.values(msg.texts).join(' '));
          if (want.join(' ') !== got.join(' ')) {
            problems.push(
              `${key}: ${DEFAULT_LOCALE} has [${want.join(' ')}] but ${locale} has [${got.join(' ')}]`,
            );
          }
        }
      }
    }
    expect(problems, `\nPlaceholder mismatches:\n${list(problems)}\n`).toEqual([]);
  });

  it('uses key names Chrome accepts in messages.json (letters, digits, _ once flattened)', () => {
    const bad: string[] = [];
    for (const [locale, flat] of parsed) {
      for (const key of flat.keys()) {
        if (!/^[A-Za-z0-9_]+$/.test(key.replaceAll('.', '_'))) bad.push(`${locale}: ${key}`);
      }
    }
    expect(bad, `\nInvalid key names:\n${list(bad)}\n`).toEqual([]);
  });
});

describe('placeholders()', () => {
  it('finds $n, %s and {name}, ignoring $$', () => {
    expect(placeholders('a $1 b $2 $1 %s {count} $$5')).toEqual(['$1', '$2', '%s', '{count}']);
  });
});
