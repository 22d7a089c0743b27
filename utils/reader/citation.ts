/** Dates and citations in the reader. */
import type { DocumentMeta, Passage } from '../corpus-types';

/** "11 juin 2018" (fr), "11 June 2018" (en), "1er mai 2023" (French ordinal for the 1st). */
export function formatDate(iso: string, locale = 'fr'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  let out: string;
  try {
    out = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  } catch {
    return iso;
  }
  if (locale.toLowerCase().startsWith('fr') && date.getUTCDate() === 1) {
    out = out.replace(/^1(?=\s)/, '1er');
  }
  return out;
}

/** The year of an ISO date, for the timeline. */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}

/** "§ <section path>" or, outside any section, "§ <paragraph number>". */
export function sectionLabel(passage: Passage, number: number): string {
  const path = (passage.section ?? []).map((s) => s.trim()).filter(Boolean);
  return path.length ? `§ ${path.join(', ')}` : `§ ${number}`;
}

/**
 * "Déclaration conjointe …, Paris, 11 juin 2018, § En matière de lutte contre le terrorisme".
 * Missing place is left out; the link (if any) goes on its own line.
 */
export function citationText(
  doc: DocumentMeta,
  passage: Passage,
  number: number,
  opts: { locale?: string; link?: string } = {},
): string {
  const parts = [doc.title.trim()];
  if (doc.place) parts.push(doc.place);
  parts.push(formatDate(doc.date, opts.locale ?? 'fr'));
  parts.push(sectionLabel(passage, number));
  const line = parts.join(', ');
  return opts.link ? `${line}\n${opts.link}` : line;
}
