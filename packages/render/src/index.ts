export { renderNotice, buildNotice, noticeLanguage, purposeAnchor, type RenderNoticeOptions } from './notice.js';
export { NOTICE_LANGUAGES, PHRASES, noticeLanguageOf, type NoticeLanguage, type Phrases } from './i18n/index.js';
export { escapeHtml } from './html.js';
export { escapeMarkdown } from './markdown.js';
export { durationInWords } from './words.js';
