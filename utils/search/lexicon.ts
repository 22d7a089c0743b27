/**
 * A small English/Dutch → French lexicon of the declarations' subject matter, so that readers
 * can search the French texts in their own words ("prison radicalisation", "grenscontrole").
 * Multi-word glossary terms (joint investigation team, European arrest warrant…) come from the
 * glossary instead; this covers the ordinary words around them. Keys and values are folded
 * (lowercase, no accents); a key may list several spellings separated by spaces, and French
 * synonyms are grouped too (prison ↔ carcéral ↔ pénitentiaire).
 */
const ENTRIES = `
prison prisons jail jails gevangenis gevangenissen carceral carcerale penitentiaire detention: prison carceral carcerale penitentiaire penitentiaires detention
inmates inmate prisoners prisoner detainees detainee gedetineerden gevangenen: detenus detenu
release released releasing vrijlating vrijgelaten: sortie sortants sortant
leavers: sortants
sentence sentences straf: peine peines
end einde: fin fins
border borders grens grenzen grensoverschrijdend frontier: frontiere frontieres frontaliere transfrontaliere
crossborder: transfrontaliere transfrontalier
police politie politiele policing: police policiere policiers
customs douane: douane douaniere douaniers
judicial justice justitie gerechtelijke juridical: judiciaire justice
prosecutor prosecutors aanklager procureur: procureur procureurs parquet parquets
prosecution vervolging: poursuite penale
court rechtbank hof: cour
trial trials proces: proces
attack attacks attacked aanslag aanslagen attentats: attentat attentats attaque
victims victim slachtoffers slachtoffer: victimes
support supports supporting help assistance steun ondersteuning ondersteunen: soutien soutenir
smugglers smuggler smuggling smokkelaars smokkel mensensmokkel: passeurs
trafficking traffickers handel mensenhandel: trafic traite
migration migratie migrants migranten: migration migratoire migrants
asylum asiel: asile
illegal illegale irregular onregelmatige clandestine: irreguliere clandestine illegaux
readmission readmissions terugname: readmissions
drug drugs narcotics verdovende: drogue drogues stupefiants narcotrafic
weapons weapon arms firearms wapens wapenhandel: armes
ports port harbour harbours havens haven: ports
cybersecurity cyberveiligheid cyber: cybersecurite
online internet: ligne internet
social sociale: sociaux
networks network netwerken: reseaux
evidence bewijs bewijsmateriaal: preuve preuves
digital electronic digitaal digitale elektronische: numerique numeriques electroniques
data gegevens: donnees
personal persoonsgegevens: personnelles
privacy: privee
explosives explosive explosieven: explosifs
precursors precursoren: precurseurs
financing funding finance financiering: financement financements
cultural culturele: culturels
goods goederen: biens
antiquities oudheden: antiquites
crisis crises: crise
meeting meetings summit vergadering bijeenkomst top: reunion rencontre
statement verklaring: declaration
joint gezamenlijk gezamenlijke gemeenschappelijk gemeenschappelijke common: commune conjointe conjointes communes
prime premier: premier
minister ministers ministres: ministre ministres
interior binnenlandse: interieur interieure
foreign buitenlandse: etrangers etrangeres etrangere
affairs zaken: affaires
liaison verbindingsofficier verbindingsmagistraat: liaison
magistrate magistrates magistraat: magistrat magistrats
intelligence inlichtingen inlichtingendiensten: renseignement renseignements
security veiligheid: securite
safety: surete securite
train trains trein treinen railway railways rail spoor: trains ferroviaire
officers agents agenten: agents
olympic olympics olympische: olympiques
games spelen: jeux
defence defense defensie: defense
industry industrie industrial: industrie industrielle industrielles
russia rusland: russie
ukraine oekraine: ukraine
africa afrika: afrique
gulf golf: golfe
syria syrie: syrie
iraq irak: irak
escape ontsnapping: evasion
espionage spionage: espionnage
interference inmenging: ingerence
extremism extremisme: extremisme extremismes
extremists extremisten: extremistes
radicalisation radicalization radicalisering: radicalisation
radicalised radicalized geradicaliseerde: radicalises radicalise
disinformation desinformatie: desinformation
military militaire militair: militaire militaires
patrols patrouilles patrols: patrouilles
mixed gemengde: mixtes
investigation investigations onderzoek onderzoeken: enquete enquetes
team teams: equipe equipes
warrant bevel: mandat
arrest aanhouding: arret arrestation
european europees europese: europeen europeenne europeens europeennes
union unie: union
council raad: conseil
regulation verordening: reglement
providers aanbieders: fournisseurs prestataires
biometric biometrische: biometriques
dna: adn
channel kanaal: manche
boats boten bootjes: embarcations boats
uk britain kingdom koninkrijk: royaume
netherlands nederland dutch nederlandse: neerlandais bas
germany duitsland german duitse: allemagne allemands
spain spanje spanish spaanse: espagne espagnols
morocco marokko moroccan: maroc marocains
italy italie: italie
antwerp antwerpen: anvers
lisbon lissabon: lisbonne
brussels brussel: bruxelles
dunkirk duinkerke: dunkerque
hague haag: haye
liege luik: liege
lille rijsel: lille
tournai doornik: tournai
minors minor juveniles children kinderen minderjarigen: mineurs enfants
returnees returning terugkeerders terugkeer return: retour revenants
fighters strijders: combattants
jihadists jihadist jihadism jihadisten: djihadistes djihadisme djihadiste
islamist islamistische: islamiste islamistes islamisme
threat threats dreiging: menace menaces
exchange exchanges uitwisseling: echange echanges
cooperation samenwerking: cooperation
bilateral bilaterale: bilaterale bilateral
group groep: groupe
working werk: travail
seminar: seminaire
training opleiding: formation formations
pandemic pandemie: pandemie
assets tegoeden: avoirs
freeze bevriezen: geler
reporting alert alerts signaling signalering: signalement signalements
violent gewelddadig gewelddadige: violent violente violents
violence geweld: violence
terrorism terrorisme: terrorisme
terrorist terrorists terroristen terroristische: terroriste terroristes
crime criminaliteit misdaad: criminalite
organised organized georganiseerde: organisee
serious ernstige: grave
visa: visa
sahel: sahel
`;

/** Folded foreign or synonym word → folded French words. */
export const LEXICON: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const line of ENTRIES.split('\n')) {
    const [keys, values] = line.split(':');
    if (!keys || !values) continue;
    const targets = values.trim().split(/\s+/);
    for (const k of keys.trim().split(/\s+/)) {
      const prev = map.get(k) ?? [];
      map.set(k, [...new Set([...prev, ...targets])]);
    }
  }
  return map;
})();
