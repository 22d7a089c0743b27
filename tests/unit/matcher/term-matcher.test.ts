import { describe, expect, it } from 'vitest';
import { createMatcher, foldSurface, inShoutedRun } from '../../../utils/term-matcher';
import { found, matcher, show, table } from './fixtures';

describe('multi-word terms: case, accents, apostrophes, spacing, plurals, elisions', () => {
  it('matches the forms of the declarations', () => {
    expect(
      found("l'intensification du recours aux équipes communes d'enquête (ECE), ou le détachement"),
    ).toEqual(["ece:équipes communes d'enquête", 'ece:ECE']);
    expect(
      found(
        "De faciliter les équipes communes d'enquêtes dès lors que des faits de terrorisme sont constatés",
      ),
    ).toEqual(["ece:équipes communes d'enquêtes", 'terrorisme:terrorisme']);
    expect(
      found(
        "utilisation accrue des outils européens d'entraide judiciaire : équipe d'enquête commune, mandat d'arrêt européen, décisions d'enquête européennes",
      ),
    ).toEqual([
      "ece:équipe d'enquête commune",
      "mandat-arret-europeen:mandat d'arrêt européen",
      "decision-enquete-europeenne:décisions d'enquête européennes",
    ]);
  });

  it('ignores apostrophe style, accents (precomposed or combining), case and line breaks', () => {
    expect(found('comme le prévoient l’accord de Tournai II et d’autres instruments')).toEqual([
      'accord-tournai:accord de Tournai II',
    ]);
    expect(found('L\u2019ACCORD DE TOURNAI')).toEqual(['accord-tournai:ACCORD DE TOURNAI']);
    expect(found('une e\u0301quipe commune d\u02bcenque\u0302te')).toEqual([
      'ece:e\u0301quipe commune d\u02bcenque\u0302te',
    ]);
    expect(found('les équipes\u00a0communes\nd’enquête franco-belges')).toEqual([
      'ece:équipes\u00a0communes\nd’enquête',
    ]);
    expect(found("la décision d'enquéte européenne, nouvel outil")).toEqual([
      "decision-enquete-europeenne:décision d'enquéte européenne",
    ]);
    expect(found('Le château de Val-Duchesse, à Auderghem')).toEqual(['val-duchesse:Val-Duchesse']);
  });

  it('matches English, Dutch and German forms', () => {
    expect(
      found('Eurojust supports joint investigation teams set up by two or more countries.'),
    ).toEqual(['eurojust:Eurojust', 'ece:joint investigation teams']);
    expect(
      found(
        'Het openbaar ministerie vaardigde Europese aanhoudingsbevelen uit en richtte gemeenschappelijke onderzoeksteams op.',
      ),
    ).toEqual([
      'mandat-arret-europeen:Europese aanhoudingsbevelen',
      'ece:gemeenschappelijke onderzoeksteams',
    ]);
    expect(found('Die Behörden erließen einen Europäischen Haftbefehl.')).toEqual([
      'mandat-arret-europeen:Europäischen Haftbefehl',
    ]);
    expect(
      found('The Schengen Information System (SIS II) is checked at every border crossing.'),
    ).toEqual(['sis:Schengen Information System', 'sis:SIS II']);
  });

  it('takes the longest surface and never overlaps', () => {
    const t =
      "signalement des détenus dans le Système d'Information Schengen (SIS) de l'espace Schengen";
    expect(found(t)).toEqual([
      "sis:Système d'Information Schengen",
      'sis:SIS',
      'espace-schengen:espace Schengen',
    ]);
    const m = matcher.scan('le PNR ferroviaire et le PNR aérien');
    expect(show('le PNR ferroviaire et le PNR aérien', m)).toEqual([
      'pnr-ferroviaire:PNR ferroviaire',
      'pnr:PNR?',
    ]);
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
  });

  it('does not take a phrase inside a longer word', () => {
    expect(found('Europolitique, europolice, Schengenland')).toEqual([]);
    expect(found('la lutte antiterroriste, l’antiterrorisme et le bioterrorisme')).toEqual([]);
  });

  it('decodes UTF-8 read as Windows-1252 (mojibake pages)', () => {
    const t = 'la rÃ©pression, une dÃ©cision dâ€™enquÃªte europÃ©enne et l\u2019Ã‰tat islamique';
    expect(found(t)).toEqual([
      'decision-enquete-europeenne:dÃ©cision dâ€™enquÃªte europÃ©enne',
      'etat-islamique:Ã‰tat islamique',
    ]);
  });
});

describe('acronyms: case-sensitive whole words', () => {
  it('matches acronyms of the declarations', () => {
    expect(
      found('Les centres de coopération policière et douanière (CCPD) de Tournai et de Luxembourg'),
    ).toEqual(['ccpd:centres de coopération policière et douanière', 'ccpd:CCPD']);
    expect(found("adoption le 25 avril d'un système ETIAS et du système entrée/sortie")).toEqual([
      'etias:ETIAS',
      'ees:système entrée/sortie',
    ]);
    expect(found("la jurisprudence de la CJUE et le RGPD ; l'Agence FRONTEX")).toEqual([
      'cjue:CJUE',
      'rgpd:RGPD',
      'frontex:FRONTEX',
    ]);
    expect(
      found(
        "Finaliser l'adhésion de la Belgique au MAOC (N) - Maritime Analysis and Operations Centre",
      ),
    ).toEqual(['maoc-n:MAOC (N)', 'maoc-n:Maritime Analysis and Operations Centre']);
    expect(found('Arrest warrants (EAWs) were issued; the EAW was executed by Eurojust.')).toEqual([
      'mandat-arret-europeen:EAWs',
      'mandat-arret-europeen:EAW',
      'eurojust:Eurojust',
    ]);
  });

  it('does not match inside longer words, codes or mixed case', () => {
    for (const t of [
      'UNECE Regulation No. 155 and the UNECE WP.29 forum',
      'M. Jean-Pierre LECERF et M. Jean-Pierre SUEUR, sénateurs',
      'RUE DES ACTEURS — ACTE II — RODRIGUES',
      'Ruby 3.4 ships YJIT; MJIT was removed.',
      'GDPRhub is a wiki; see CJEU_C-311/18 and 35CJEU.',
      'sursis avec mise à l’épreuve',
      'Banca Monte dei Paschi di Siena; Siena College',
      'the Nato summit and l’Otan (in lowercase: nato, otan)',
      'Strahlendo\u00ADsis und Ba\u00ADsis; DO\u00ADSIS',
    ]) {
      expect(
        found(t).filter((s) => !s.startsWith('otan:')),
        t,
      ).toEqual([]);
    }
    expect(found('the Nato summit').length).toBe(0);
  });

  it('rejects reference numbers, product names, domains and e-mail addresses', () => {
    for (const t of [
      'Le modèle CTE-2000 et le dossier SIS-123',
      'child seat approved under ECE-R44 and ECE R129/03',
      'voir www.ece.fr, europol.europa.eu ou ECE@example.org',
      'ref 2000-CTE / 12-ECE',
    ]) {
      expect(found(t), t).toEqual([]);
    }
    const t = 'la coopération UE-Royaume-Uni et de PNR-gegevens';
    expect(show(t, matcher.scan(t))).toEqual(['union-europeenne:UE', 'pnr:PNR?']);
  });

  it('accepts "SISII" written without its space, but not "SIS" inside it', () => {
    expect(found('alerts in SISII and SIS II; SISIIandVIS')).toEqual(['sis:SISII', 'sis:SIS II']);
  });
});

describe('ambiguous acronyms need context', () => {
  it('leaves a JIT compiler or an engineering ECE unmarked', () => {
    const ruby = 'Ruby 3.3 made YJIT faster: the JIT compiler now warms up quickly.';
    expect(show(ruby, matcher.scan(ruby))).toEqual(['ece:JIT?']);
    expect(found(ruby)).toEqual([]);
    expect(found('She studied ECE (electrical and computer engineering) at Purdue.')).toEqual([]);
    expect(found('CTE programs help high school students prepare for careers.')).toEqual([]);
  });

  it('confirms with context nearby', () => {
    expect(
      found('The JIT, set up with Eurojust, investigates the downing of flight MH17.'),
    ).toEqual(['ece:JIT', 'eurojust:Eurojust']);
    expect(
      found('Le retour des CTE détenus en Syrie inquiète les services de renseignement.'),
    ).toEqual(['cte:CTE']);
    expect(found("citoyens belges qui ont rejoint l'EI et sont détenus en Irak")).toEqual([
      'etat-islamique:EI',
    ]);
  });

  it('confirms with context elsewhere on the page (page-level evidence)', () => {
    const ev = matcher.newEvidence();
    const headline = matcher.scan('Le SIS contrôlé', ev);
    expect(headline[0]).toMatchObject({ term: 'sis', ambiguous: true });
    expect(matcher.isConfirmed(headline[0]!, ev)).toBe(false);
    matcher.scan('Le parquet a ouvert une enquête ; la police judiciaire est saisie.', ev);
    expect(matcher.isConfirmed(headline[0]!, ev)).toBe(true);
  });

  it('counts common concepts and instruments as support, not everyday bodies', () => {
    // RGPD and radicalisation are common for display (not underlined by default) but still say
    // what the page is about; UE and OTAN are everyday news words.
    const concepts = matcher.newEvidence();
    const a = matcher.scan('Le SIS contrôlé', concepts);
    matcher.scan('Le RGPD et la radicalisation, deux mots du rapport.', concepts);
    expect(matcher.isConfirmed(a[0]!, concepts)).toBe(true);
    const bodies = matcher.newEvidence();
    const b = matcher.scan('Le SIS contrôlé', bodies);
    matcher.scan("L'UE et l'OTAN, deux mots du rapport.", bodies);
    expect(matcher.isConfirmed(b[0]!, bodies)).toBe(false);
  });

  it('confirms an acronym when its expansion is on the page', () => {
    const ev = matcher.newEvidence();
    const later = matcher.scan('Les ECE sont nombreuses.', ev);
    expect(matcher.resolve(later, ev)).toEqual([]);
    matcher.scan("Deux équipes communes d'enquête ont été créées.", ev);
    expect(matcher.resolve(later, ev).map((m) => m.term)).toEqual(['ece']);
  });

  it('lets a nearby word of another sense veto the match', () => {
    expect(
      found('Le PNR du parc naturel régional du Vercors accueille la police des frontières.'),
    ).toEqual([]);
    expect(found("L'entrée en vigueur du PNR européen, contre le terrorisme")).toEqual([
      'pnr:PNR',
      'terrorisme:terrorisme',
    ]);
  });
});

describe('capitals runs', () => {
  it('treats an acronym inside a shouted sentence as needing context', () => {
    const t = 'LE GOUVERNEMENT RENFORCE LE PNR AUJOURD’HUI';
    expect(show(t, matcher.scan(t))).toEqual(['pnr:PNR?']);
    expect(inShoutedRun('LA FRANCE ET LA BELGIQUE', 7, 9)).toBe(true);
    expect(inShoutedRun('le SIS II et le SIS', 3, 6, new Set(['SIS II']))).toBe(false);
    expect(found('**LES GOUVERNEMENTS** ont renforcé le SIS et la coopération policière')).toEqual([
      'sis:SIS',
    ]);
  });

  it('keeps an acronym next to another acronym or a numeral', () => {
    expect(found('PNR ET ECE : la coopération policière')).toEqual(['pnr:PNR', 'ece:ECE']);
  });
});

describe('table and API', () => {
  it('survives a JSON round trip and reports term info', () => {
    const m2 = createMatcher(JSON.parse(JSON.stringify(table)));
    const t = 'Europol et Eurojust, Schengen';
    expect(m2.scan(t)).toEqual(matcher.scan(t));
    expect(matcher.info('europol')).toEqual({ id: 'europol', salience: 'core', kind: 'body' });
    expect(matcher.info('union-europeenne')?.salience).toBe('common');
    expect(matcher.info('nope')).toBeUndefined();
  });

  it('folds surfaces like the text', () => {
    expect(foldSurface('  Équipe  commune d’enquête ')).toBe("equipe commune d'enquete");
    expect(foldSurface('Einreise-/Ausreisesystem')).toBe('einreise /ausreisesystem');
    expect(foldSurface('Œuvre')).toBe('oeuvre');
  });

  it('gives offsets into the original string, on long and repetitive input', () => {
    const unit = "équipe commune d’enquête, équipe commune d'en, SIS SIS-1 UNECE ";
    const text = unit.repeat(2000);
    const ms = matcher.scan(text);
    expect(ms.length).toBe(4000);
    for (const m of ms)
      expect(['équipe commune d’enquête', 'SIS']).toContain(text.slice(m.start, m.end));
  });
});
