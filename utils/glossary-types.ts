/** The curated glossary's shape (data/glossary.ts) and what the build derives from it. */

export type TermKind = 'acronym' | 'body' | 'instrument' | 'programme' | 'place' | 'event';

/** core: highlighted by default; common: recognised for lookup and "on this page" only. */
export type Salience = 'core' | 'common';

export interface LocalisedText {
  fr: string;
  en: string;
  nl?: string;
  de?: string;
}

export interface GlossaryEntry {
  /** Stable id, kebab-case ASCII (e.g. "ece", "mandat-arret-europeen"). */
  id: string;
  /** Canonical French form shown as the card title (e.g. "ECE"). */
  term: string;
  kind: TermKind;
  salience: Salience;
  /** Expansion(s) by language. */
  expansion: Partial<LocalisedText> & { fr: string };
  /** One or two plain-language sentences, written for this project. */
  explanation: LocalisedText;
  /** Case-sensitive whole-word surfaces (acronyms): ["ECE"]. */
  acronyms?: string[];
  /**
   * Case-, accent-, apostrophe- and whitespace-insensitive surfaces, in any language, with the
   * plural and elision variants a reader meets ("équipes communes d'enquête", "joint investigation
   * team").
   */
  phrases?: string[];
  /** Acronyms that mean other things elsewhere need supporting context nearby or on the page. */
  ambiguous?: boolean;
  /** Extra context words for an ambiguous entry (folded, prefixes allowed with a trailing *). */
  context?: string[];
  /** Related entry ids. */
  related?: string[];
}
