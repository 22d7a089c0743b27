/** The viewer's message for each kind of failure, in the interface language. */
import { i18n } from '#i18n';
import { MAX_PDF_BYTES, type ViewerError } from '../../utils/pdf/pdf-source';

export function errorText(err: ViewerError, fromFile: boolean): string {
  switch (err.kind) {
    case 'bad-address':
      return i18n.t('viewer.errBadAddress');
    case 'unreachable':
      return fromFile ? i18n.t('viewer.errFileAccess') : i18n.t('viewer.errUnreachable');
    case 'http-status':
      return i18n.t('viewer.errHttpStatus', [err.detail || '?']);
    case 'timeout':
      return i18n.t('viewer.errTimeout');
    case 'not-pdf':
      return i18n.t('viewer.errNotPdf');
    case 'password':
      return i18n.t('viewer.errPassword');
    case 'too-large':
      return i18n.t('viewer.errTooLarge', [String(Math.round(MAX_PDF_BYTES / 1024 / 1024))]);
    case 'no-text':
      return i18n.t('viewer.errNoText');
    case 'corrupt':
    default:
      return i18n.t('viewer.errCorrupt');
  }
}
