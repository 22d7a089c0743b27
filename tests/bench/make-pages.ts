/**
 * The benchmark's own fixture pages, generated (not committed) from text written for this
 * project: a very long article page (≥ 500,000 characters of text) and a markup-heavy page
 * (> 10,000 text nodes). Deterministic, so runs compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SENTENCES = [
  "Les magistrats français et belges recourent de plus en plus aux équipes communes d'enquête (ECE), sous l'égide d'Eurojust.",
  'Le centre de coopération policière et douanière (CCPD) de Tournai traite chaque jour des centaines de demandes.',
  "L'accord de Tournai II encadre les patrouilles mixtes et les poursuites transfrontalières entre les deux pays.",
  "Le signalement des détenus radicalisés dans le Système d'information Schengen (SIS) fait l'objet d'une harmonisation.",
  'Le suivi des combattants terroristes étrangers (CTE) reste une priorité partagée par les services de renseignement.',
  'Les deux gouvernements plaident pour un PNR ferroviaire afin de suivre les déplacements sur les lignes à grande vitesse.',
  "Le mandat d'arrêt européen et la décision d'enquête européenne ont changé le quotidien des juridictions.",
  'La réunion de Val Duchesse a aussi abordé la lutte contre les réseaux de passeurs et le trafic de stupéfiants.',
  'Les ports d’Anvers, du Havre et de Dunkerque sont au cœur de la lutte contre le narcotrafic en Europe du Nord.',
  'Le conseil municipal a voté le budget des écoles, des bibliothèques et des équipements sportifs pour l’an prochain.',
  'La météo annonce des averses sur le littoral et des éclaircies dans l’intérieur des terres en fin de journée.',
  'Les commerçants du centre-ville se félicitent de la fréquentation record enregistrée pendant les fêtes de fin d’année.',
];

function para(i: number, n: number): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(SENTENCES[(i * 7 + k * 5) % SENTENCES.length]!);
  return out.join(' ');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:20px}td{padding:2px 6px}</style>
</head><body>${body}</body></html>`;
}

export function makeLongArticle(minChars = 520_000): string {
  const parts: string[] = ['<article><h1>Chronique de la coopération franco-belge</h1>'];
  let chars = 0;
  for (let i = 0; chars < minChars; i++) {
    if (i % 12 === 0) parts.push(`<h2>Chapitre ${i / 12 + 1}</h2>`);
    const p = para(i, 6);
    chars += p.length;
    parts.push(`<p>${esc(p)}</p>`);
  }
  parts.push('</article>');
  return page('Très longue chronique (bench)', parts.join('\n'));
}

export function makeMarkupHeavy(rows = 1_400): string {
  // A data table and a link farm: many short text nodes, a few terms among them.
  const cells: string[] = ['<table><tbody>'];
  const words = ['Tournai', 'Lille', 'CCPD', 'Mons', 'Europol', 'Gand', 'Liège', 'PNR', 'Namur'];
  for (let r = 0; r < rows; r++) {
    cells.push(
      `<tr><td>${r}</td><td><a href="#r${r}">${words[r % words.length]}</a></td>` +
        `<td><span>${(r * 37) % 1000}</span> <em>km</em></td><td><b>${words[(r * 5) % words.length]}</b></td></tr>`,
    );
  }
  cells.push('</tbody></table>');
  return page('Tableau chargé (bench)', cells.join('\n'));
}

export function writeBenchPages(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files = { 'long-article.html': makeLongArticle(), 'markup-heavy.html': makeMarkupHeavy() };
  for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
  return Object.keys(files);
}

const ORDINARY = SENTENCES.slice(9);
const AD_TEXT = [
  'Offre limitée',
  'Abonnez-vous dès aujourd’hui',
  'Découvrez nos offres',
  'Publicité',
];

/** An ordinary news article with no term (most pages a reader opens). */
export function makeOrdinaryArticle(frames = 0): string {
  const parts = ['<article><h1>Actualités locales</h1>'];
  for (let i = 0; i < 14; i++) {
    parts.push(
      `<p>${esc([0, 1, 2].map((k) => ORDINARY[(i + k) % ORDINARY.length]!).join(' '))}</p>`,
    );
    // Small ad-like frames between paragraphs, as news sites have.
    if (i < frames) parts.push(`<iframe src="ad-${i}.html" width="300" height="60"></iframe>`);
  }
  parts.push('</article>');
  return page(frames ? `Article et ${frames} cadres` : 'Article ordinaire', parts.join('\n'));
}

function makeAd(i: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">
<a href="#">${esc(AD_TEXT[i % AD_TEXT.length]!)}</a></body></html>`;
}

/**
 * A news article with common words only (UE, OTAN, Union européenne, terrorisme, espace Schengen:
 * recognised, unmarked by default) and no core term: the kind of page most political news is.
 * Hooks for tests: « terrorisme » is `#word`; `#p3` has no term near it.
 */
export function makeCommonOnlyArticle(): string {
  return page(
    'Sommet européen',
    `<article id="a"><h1>Les dirigeants de l’UE et de l’OTAN réunis à Bruxelles</h1>
<p id="p1">Les chefs d’État de l’Union européenne ont discuté du budget de la défense et de l’aide
à l’Ukraine, en présence du secrétaire général de l’OTAN.</p>
<p id="p2">La lutte contre le <span id="word">terrorisme</span> reste une priorité, a rappelé la
présidente de la Commission, avant une conférence de presse sur l’espace Schengen.</p>
<p id="p3">Le sommet se poursuit demain avec un dîner de travail.</p></article>`,
  );
}

/**
 * Pages for the per-page cost section: no term, no term with 10 small frames, common words only.
 */
export function writeCostPages(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ordinary-article.html'), makeOrdinaryArticle());
  writeFileSync(join(dir, 'article-10-frames.html'), makeOrdinaryArticle(10));
  writeFileSync(join(dir, 'common-only.html'), makeCommonOnlyArticle());
  for (let i = 0; i < 10; i++) writeFileSync(join(dir, `ad-${i}.html`), makeAd(i));
  return ['ordinary-article.html', 'article-10-frames.html', 'common-only.html'];
}
