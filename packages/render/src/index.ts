export {
  renderNotice,
  buildNotice,
  noticeLanguage,
  purposeAnchor,
  type RenderNoticeOptions,
} from './notice.js';
export {
  changedNoticeSections,
  type NoticeChangesOptions,
  type NoticeSectionChange,
} from './changes.js';
export {
  NOTICE_LANGUAGES,
  PHRASES,
  noticeLanguageOf,
  type NoticeLanguage,
  type Phrases,
} from './i18n/index.js';
export { escapeHtml } from './html.js';
export { escapeMarkdown } from './markdown.js';
export { durationInWords } from './words.js';
export { ropaTable, ROPA_COLUMNS, type ExportOptions, type RopaTable } from './ropa.js';
export { exportRopaCsv, csvField } from './csv.js';
export { exportRopaXlsx } from './xlsx.js';
export { exportDpvJsonLd, DPV_CONTEXT, dpvNodeId } from './dpv.js';
export {
  exportTilt,
  tiltReference,
  type TiltExport,
  type TiltExportOptions,
} from './tilt/export.js';
export type { TiltDocument } from './tilt/types.js';
export { importTilt, type TiltImport, type TiltImportProblem } from './tilt/import.js';
