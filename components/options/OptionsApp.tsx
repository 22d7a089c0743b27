/** The options page: every setting, saved as soon as it changes, in sync with other pages. */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import iconUrl from '../../assets/icon.svg';
import {
  DEFAULT_SETTINGS,
  type CardLanguage,
  type CardTrigger,
  type Density,
  type HighlightScope,
  type HighlightStyle,
  type Settings,
  type Theme,
} from '../../utils/settings';
import { glossary } from '../../data/glossary';
import { commonTermExamples } from '../../utils/common-terms';
import { RadioGroup, Section } from './controls';
import { HighlightPreview } from './HighlightPreview';
import { PdfSection } from './PdfSection';
import { Shortcuts } from './Shortcuts';
import { SitesList } from './SitesSection';
import { TermOverrides } from './TermOverrides';
import { applyTheme } from './theme';
import { useSettings } from './use-settings';

/** The contents list: each section's id (its <Section> below) and title, in page order. */
const CONTENTS = [
  ['general', 'options.generalTitle'],
  ['sites', 'options.sitesTitle'],
  ['terms', 'options.termsTitle'],
  ['style', 'options.styleTitle'],
  ['card', 'options.cardTitle'],
  ['appearance', 'options.themeTitle'],
  ['shortcuts', 'options.shortcutsTitle'],
  ['privacy', 'options.privacyTitle'],
] as const;

export function OptionsApp() {
  const { settings, save, error } = useSettings();
  const [undo, setUndo] = useState<Settings | null>(null);
  // Open at load when some term is overridden; afterwards the user decides (a controlled `open`
  // would fold the list under their focus when they clear the last override).
  const [overridesOpenAtLoad, setOverridesOpenAtLoad] = useState<boolean | null>(null);
  useEffect(() => {
    if (settings && overridesOpenAtLoad === null) {
      setOverridesOpenAtLoad(Object.keys(settings.termOverrides).length > 0);
    }
  }, [settings, overridesOpenAtLoad]);
  const lang = i18n.t('options.htmlLang');
  // Named from the glossary: the text says exactly which words stay unmarked by default.
  const commonExamples = commonTermExamples(glossary).join(', ');

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  if (!settings) {
    return (
      <main class="options" aria-busy="true">
        <p>{i18n.t('options.loading')}</p>
      </main>
    );
  }

  const reset = () => {
    setUndo(settings);
    void save(structuredClone(DEFAULT_SETTINGS));
  };

  return (
    <>
      <a class="skip" href="#main">
        {i18n.t('options.skipToContent')}
      </a>
      <header class="page-header">
        <div class="brand">
          <img src={iconUrl} alt="" />
          <div>
            <p class="product">Val Duchesse Lookup</p>
            <h1>{i18n.t('options.title')}</h1>
          </div>
        </div>
        <p class="autosave">{i18n.t('options.autosave')}</p>
      </header>
      <div class="layout">
        <nav class="toc" aria-label={i18n.t('options.tocLabel')}>
          <ul>
            {CONTENTS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{i18n.t(title)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="options" id="main" tabIndex={-1}>
          {error && (
            <p class="error-banner" role="alert">
              {i18n.t('options.saveError')}
            </p>
          )}

          <Section id="general" title={i18n.t('options.generalTitle')}>
            <div class="switch-row">
              <input
                type="checkbox"
                role="switch"
                id="enabled"
                checked={settings.enabled}
                aria-describedby="enabled-hint"
                onChange={(e) => void save({ enabled: e.currentTarget.checked })}
              />
              <label for="enabled">
                <span class="switch-label">{i18n.t('options.enabledLabel')}</span>
                <span class="hint" id="enabled-hint">
                  {settings.enabled ? i18n.t('options.enabledOn') : i18n.t('options.enabledOff')}
                </span>
              </label>
            </div>
          </Section>

          <Section
            id="sites"
            title={i18n.t('options.sitesTitle')}
            intro={i18n.t('options.sitesIntro')}
          >
            <SitesList
              sites={settings.disabledSites}
              onChange={(disabledSites) => void save({ disabledSites })}
            />
          </Section>

          <Section id="terms" title={i18n.t('options.termsTitle')}>
            <RadioGroup<HighlightScope>
              name="highlight"
              legend={i18n.t('options.scopeLegend')}
              value={settings.highlight}
              onChange={(highlight) => void save({ highlight })}
              choices={[
                {
                  value: 'core',
                  label: i18n.t('options.scopeCore'),
                  hint: i18n.t('options.scopeCoreHint', [commonExamples]),
                },
                {
                  value: 'all',
                  label: i18n.t('options.scopeAll'),
                  hint: i18n.t('options.scopeAllHint', [commonExamples]),
                },
                {
                  value: 'none',
                  label: i18n.t('options.scopeNone'),
                  hint: i18n.t('options.scopeNoneHint'),
                },
              ]}
            />
            <RadioGroup<Density>
              name="density"
              legend={i18n.t('options.densityLegend')}
              description={i18n.t('options.densityHint')}
              value={settings.density}
              onChange={(density) => void save({ density })}
              choices={[
                { value: 'all', label: i18n.t('options.densityAll') },
                {
                  value: 'paragraph',
                  label: i18n.t('options.densityParagraph'),
                  hint: i18n.t('options.densityParagraphHint'),
                },
                { value: 'page', label: i18n.t('options.densityPage') },
              ]}
            />
            <details class="overrides" open={overridesOpenAtLoad ?? false}>
              <summary>{i18n.t('options.termsOverridesTitle')}</summary>
              <p class="hint">{i18n.t('options.termsOverridesIntro')}</p>
              <TermOverrides
                scope={settings.highlight}
                overrides={settings.termOverrides}
                lang={lang}
                onChange={(termOverrides) => void save({ termOverrides })}
              />
            </details>
          </Section>

          <Section id="style" title={i18n.t('options.styleTitle')}>
            <div class="style-grid">
              <RadioGroup<HighlightStyle>
                name="highlightStyle"
                legend={i18n.t('options.styleLegend')}
                value={settings.highlightStyle}
                onChange={(highlightStyle) => void save({ highlightStyle })}
                choices={[
                  { value: 'underline', label: i18n.t('options.styleUnderline') },
                  { value: 'background', label: i18n.t('options.styleBackground') },
                  {
                    value: 'none',
                    label: i18n.t('options.styleNone'),
                    hint: i18n.t('options.styleNoneHint'),
                  },
                ]}
              />
              <HighlightPreview style={settings.highlightStyle} />
            </div>
          </Section>

          <Section id="card" title={i18n.t('options.cardTitle')}>
            <RadioGroup<CardTrigger>
              name="cardTrigger"
              legend={i18n.t('options.triggerLegend')}
              value={settings.cardTrigger}
              onChange={(cardTrigger) => void save({ cardTrigger })}
              choices={[
                { value: 'hover', label: i18n.t('options.triggerHover') },
                { value: 'alt-hover', label: i18n.t('options.triggerAltHover') },
                { value: 'click', label: i18n.t('options.triggerClick') },
              ]}
            >
              {settings.cardTrigger === 'hover' && (
                <DelaySlider
                  value={settings.hoverDelayMs}
                  onChange={(hoverDelayMs) => void save({ hoverDelayMs })}
                />
              )}
            </RadioGroup>
            <RadioGroup<CardLanguage>
              name="cardLanguage"
              legend={i18n.t('options.languageLegend')}
              description={i18n.t('options.languageHint')}
              value={settings.cardLanguage}
              onChange={(cardLanguage) => void save({ cardLanguage })}
              choices={[
                { value: 'auto', label: i18n.t('options.languageAuto') },
                { value: 'fr', label: 'Français', lang: 'fr' },
                { value: 'en', label: 'English', lang: 'en' },
                { value: 'nl', label: 'Nederlands', lang: 'nl' },
              ]}
            />
            <div class="switch-row">
              <input
                type="checkbox"
                role="switch"
                id="linkTapOpensCard"
                checked={settings.linkTapOpensCard}
                aria-describedby="linkTapOpensCard-hint"
                onChange={(e) => void save({ linkTapOpensCard: e.currentTarget.checked })}
              />
              <label for="linkTapOpensCard">
                <span class="switch-label">{i18n.t('options.linkTapLabel')}</span>
                <span class="hint" id="linkTapOpensCard-hint">
                  {i18n.t('options.linkTapHint')}
                </span>
              </label>
            </div>
          </Section>

          <PdfSection settings={settings} save={save} />

          <Section id="appearance" title={i18n.t('options.themeTitle')}>
            <RadioGroup<Theme>
              name="theme"
              legend={i18n.t('options.themeLegend')}
              description={i18n.t('options.themeHint')}
              value={settings.theme}
              onChange={(theme) => void save({ theme })}
              choices={[
                { value: 'system', label: i18n.t('options.themeSystem') },
                { value: 'light', label: i18n.t('options.themeLight') },
                { value: 'dark', label: i18n.t('options.themeDark') },
              ]}
            />
          </Section>

          <Section
            id="shortcuts"
            title={i18n.t('options.shortcutsTitle')}
            intro={i18n.t('options.shortcutsIntro')}
          >
            <Shortcuts />
          </Section>

          <Section id="privacy" title={i18n.t('options.privacyTitle')}>
            <ul class="privacy">
              <li>{i18n.t('options.privacyReads')}</li>
              <li>{i18n.t('options.privacyLocal')}</li>
              <li>{i18n.t('options.privacyStored')}</li>
            </ul>
          </Section>

          <Section
            id="reset"
            title={i18n.t('options.resetTitle')}
            intro={i18n.t('options.resetIntro')}
          >
            <p class="actions">
              <button type="button" class="vdl-button danger" id="reset-defaults" onClick={reset}>
                {i18n.t('options.resetButton')}
              </button>
              {undo && (
                <button
                  type="button"
                  class="vdl-button"
                  onClick={() => {
                    void save(undo);
                    setUndo(null);
                  }}
                >
                  {i18n.t('options.resetUndo')}
                </button>
              )}
            </p>
            <p class="status ok" role="status">
              {undo ? i18n.t('options.resetDone') : ''}
            </p>
          </Section>
        </main>
      </div>
    </>
  );
}

function DelaySlider(props: { value: number; onChange(ms: number): void }) {
  // Local while dragging; saved on release (sync storage has a write quota).
  const [ms, setMs] = useState(props.value);
  useEffect(() => setMs(props.value), [props.value]);
  return (
    <div class="slider">
      <label for="hover-delay">{i18n.t('options.delayLabel')}</label>
      <div class="row">
        <input
          id="hover-delay"
          type="range"
          min={0}
          max={1000}
          step={50}
          value={ms}
          aria-valuetext={i18n.t('options.delayValue', [String(ms)])}
          onInput={(e) => setMs(Number(e.currentTarget.value))}
          onChange={(e) => props.onChange(Number(e.currentTarget.value))}
        />
        <output for="hover-delay">{i18n.t('options.delayValue', [String(ms)])}</output>
      </div>
    </div>
  );
}
