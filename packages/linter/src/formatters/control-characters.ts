/**
 * Declaration text (and file names) shown in a terminal or a CI log: control characters
 * written as visible escapes, so a stranger's text cannot move the cursor, clear the screen,
 * recolour the output, set the window title or overwrite a line (ESC, CSI, CR, BS, BEL…), nor
 * display reversed (the bidi controls). Tab and line feed stay; each format handles lines.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, visibleEscape);
}

function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase()}`;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
