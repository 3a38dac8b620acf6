/**
 * The styles terminal reports use, as ANSI SGR codes, or plain text when colour is off. Each
 * style ends with its own reset (39 colour, 22 weight, 24 underline), so a colour inside bold or
 * underline keeps the outer style; nothing here nests bold and dim, which share 22. Own code
 * rather than a colour library: those detect the terminal by loading `node:tty`, a cost on every
 * start (issue 12), while the CLI already knows whether it writes to a terminal.
 */
export interface TextStyles {
  red: (text: string) => string;
  yellow: (text: string) => string;
  dim: (text: string) => string;
  bold: (text: string) => string;
  underline: (text: string) => string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURED: TextStyles = {
  red: style(31, 39),
  yellow: style(33, 39),
  dim: style(2, 22),
  bold: style(1, 22),
  underline: style(4, 24),
};

const plain = (text: string): string => text;
const PLAIN: TextStyles = { red: plain, yellow: plain, dim: plain, bold: plain, underline: plain };

export function textStyles(color: boolean): TextStyles {
  return color ? COLOURED : PLAIN;
}
