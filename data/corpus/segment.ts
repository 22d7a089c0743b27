/**
 * Segmentation of a received text into blocks: headings, paragraphs, list items, quotes.
 * Works on the original text; OCR repair is applied to each block afterwards, so segmentation
 * (and therefore passage ids) never depends on the repair rules.
 */

export type BlockType = 'title' | 'heading' | 'subheading' | 'paragraph' | 'list-item' | 'quote';

export interface Block {
  type: BlockType;
  /** The block's text as received, hard wraps joined, layout marks (bullets, markdown) removed. */
  original: string;
  /** Layout repairs made while segmenting, by rule name (bullet letters, section numbers). */
  layoutRepairs?: Record<string, number>;
  /** For a heading whose number was lost by the OCR: the restored prefix ("5. "). */
  restoredPrefix?: string;
}

interface Unit {
  lines: string[];
  bullet: boolean;
  indented: boolean;
}

/** Bullet letters the OCR made of "•" ("e ", "o "), or a real bullet glyph. */
const BULLET = /^\s*(?:[eo]|[•▪◦·-])\s+(?=\S)/;
const NUMBERED = /^\s*(\d{1,2})\s*[.-]\s+(?=\S)/;
const ROMAN = /^\s*([IVX]+|[Il]{1,3})\.\s+\S/;
const EVALUATION = /^\s*([EÉ]valuation)\s*:\s*/;
const NEXT_STEPS = /^\s*Prochaines étapes\s*:?\s*$/;
const SENTENCE_END = /[.;!?»")]$/;

function unitText(unit: Unit): string {
  let out = '';
  for (const raw of unit.lines) {
    const line = raw.trim();
    if (out === '') out = line;
    else if (/\p{L}-$/u.test(out) && /^\p{L}/u.test(line)) out += line;
    else out += ` ${line}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function stripMarkdown(s: string): string {
  return s
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/(^|[\s(])\*(?=\S)(.+?)(?<=\S)\*(?=$|[\s.,;:)])/gs, '$1$2')
    .replace(/^[▶►]\s*/u, '')
    .trim();
}

const isBold = (s: string) => /^\*\*[^*]+\*\*$/s.test(s.trim());
const isItalic = (s: string) => /^\*[^*]+\*$/s.test(s.trim());

/** Splits the text into units: blank-line blocks, further split at bullets and numbered lines. */
function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let current: Unit | undefined;
  let blank = true;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    const bullet = BULLET.test(line);
    const prevLine = current?.lines.at(-1)?.trim() ?? '';
    const numbered = NUMBERED.test(line) && /[.;:]$/.test(prevLine);
    if (blank || bullet || numbered || !current) {
      current = { lines: [line], bullet, indented: /^ {3,}\S/.test(line) };
      units.push(current);
    } else {
      current.lines.push(line);
    }
    blank = false;
  }
  return units;
}

/**
 * Joins units broken by a page break or a blank line in mid-sentence: a unit that starts with a
 * lowercase letter continues the previous one, as does anything after a trailing comma.
 */
function joinBrokenUnits(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const prev = out.at(-1);
    const first = unit.lines[0]!.trim();
    const prevText = prev ? unitText(prev) : '';
    const continues =
      prev !== undefined &&
      !unit.bullet &&
      !ROMAN.test(first) &&
      !NUMBERED.test(first) &&
      !/^#/.test(prevText) &&
      !SENTENCE_END.test(prevText.replace(/\*+$/, '')) &&
      (/^\p{Ll}/u.test(first) || /,$/.test(prevText));
    if (continues) prev.lines.push(...unit.lines);
    else out.push({ ...unit, lines: [...unit.lines] });
  }
  return out;
}

function titleLike(text: string): boolean {
  const plain = stripMarkdown(text);
  return (
    !SENTENCE_END.test(plain) &&
    !/,$/.test(plain) &&
    plain.split(/\s+/).length <= 30 &&
    !ROMAN.test(plain) &&
    !NUMBERED.test(plain) &&
    !/^#/.test(text)
  );
}

/** Segments one document. */
export function segmentDocument(text: string): Block[] {
  const units = joinBrokenUnits(toUnits(text));
  const blocks: Block[] = [];
  const bulletCount = () => ({ 'bullet-letter': 1 });

  // Front matter: title-like units before the first sentence (2023 title, conference header).
  let i = 0;
  const front: Unit[] = [];
  while (i < units.length && titleLike(unitText(units[i]!))) front.push(units[i++]!);
  if (front.length > 0) {
    const texts = front.map((u) => ({ raw: u.lines.map((l) => l.trim()).join('\n') }));
    const titleIndex = texts.findIndex(
      ({ raw }) => isBold(raw) && stripMarkdown(raw).split(/\s+/).length >= 6,
    );
    const flat = (raw: string) => stripMarkdown(raw).replace(/\s+/g, ' ');
    if (titleIndex < 0) {
      for (const t of texts) blocks.push({ type: 'title', original: flat(t.raw) });
    } else {
      const before = texts.slice(0, titleIndex).map((t) => flat(t.raw));
      const after = texts.slice(titleIndex + 1).map((t) => flat(t.raw));
      if (before.length) blocks.push({ type: 'paragraph', original: before.join(' — ') });
      blocks.push({ type: 'title', original: flat(texts[titleIndex]!.raw) });
      if (after.length) blocks.push({ type: 'paragraph', original: after.join(' — ') });
    }
  }

  for (; i < units.length; i++) {
    const unit = units[i]!;
    const raw = unitText(unit);
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      const level = heading[1]!.length;
      blocks.push({
        type: level === 1 ? 'title' : 'heading',
        original: stripMarkdown(heading[2]!),
      });
      continue;
    }
    if (isItalic(raw) && /^\*["«]/.test(raw)) {
      let quote = stripMarkdown(raw);
      const next = units[i + 1];
      if (next && isBold(unitText(next))) {
        quote += ` — ${stripMarkdown(unitText(next))}`;
        i++;
      }
      blocks.push({ type: 'quote', original: quote });
      continue;
    }
    let body = stripMarkdown(raw);
    const layoutRepairs = unit.bullet && /^[eo]\s/.test(body) ? bulletCount() : undefined;
    if (unit.bullet) body = body.replace(BULLET, '');
    const words = body.split(/\s+/).length;

    if (!unit.bullet && ROMAN.test(body) && words <= 12) {
      blocks.push({ type: 'heading', original: body });
      continue;
    }
    if (!unit.bullet && NUMBERED.test(body) && !/\.$/.test(body) && words <= 30) {
      blocks.push({ type: 'heading', original: body });
      continue;
    }
    if (NEXT_STEPS.test(body)) {
      blocks.push({ type: 'subheading', original: body.replace(/\s*:\s*$/, '') });
      continue;
    }
    const evaluation = EVALUATION.exec(body);
    if (evaluation) {
      blocks.push({ type: 'subheading', original: evaluation[1]! });
      blocks.push({ type: 'paragraph', original: body.slice(evaluation[0].length) });
      continue;
    }
    if (
      !unit.bullet &&
      !unit.indented &&
      unit.lines.length === 1 &&
      /\s:$/.test(body) &&
      words <= 12
    ) {
      blocks.push({ type: 'heading', original: body.replace(/\s*:$/, '') });
      continue;
    }
    const next = units[i + 1];
    if (
      !unit.bullet &&
      next &&
      EVALUATION.test(unitText(next)) &&
      !/[.;!?]$/.test(body) &&
      words <= 30
    ) {
      // A section heading whose number the OCR lost: it is followed by an evaluation.
      const lastNumber = [...blocks]
        .reverse()
        .map((b) => (b.type === 'heading' ? NUMBERED.exec(b.original) : null))
        .find((m) => m);
      if (lastNumber) {
        blocks.push({
          type: 'heading',
          original: body,
          restoredPrefix: `${Number(lastNumber[1]) + 1}. `,
          layoutRepairs: { 'restored-section-number': 1 },
        });
        continue;
      }
    }
    blocks.push({
      type: unit.bullet || unit.indented ? 'list-item' : 'paragraph',
      original: body,
      ...(layoutRepairs ? { layoutRepairs } : {}),
    });
  }
  return blocks;
}
