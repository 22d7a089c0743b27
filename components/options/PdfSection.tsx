/** Options: opening web PDFs in the extension's viewer automatically (off by default). */
import { i18n } from '#i18n';
import type { Settings } from '../../utils/settings';
import { Section } from './controls';

export function PdfSection(props: { settings: Settings; save(p: Partial<Settings>): unknown }) {
  return (
    <Section id="pdf" title={i18n.t('viewer.optionsTitle')}>
      <div class="switch-row">
        <input
          type="checkbox"
          role="switch"
          id="open-pdf"
          checked={props.settings.openPdfInViewer}
          aria-describedby="open-pdf-hint"
          onChange={(e) => void props.save({ openPdfInViewer: e.currentTarget.checked })}
        />
        <label for="open-pdf">
          <span class="switch-label">{i18n.t('viewer.autoOpenLabel')}</span>
          <span class="hint" id="open-pdf-hint">
            {i18n.t('viewer.autoOpenHint')}
          </span>
        </label>
      </div>
    </Section>
  );
}
