/**
 * Line breaking for text we draw ourselves (Open Graph cards, result cards, certificates):
 * between words for Latin text and numbers, between any two characters for Chinese, never
 * starting a line with closing punctuation (it hangs at the end of the line instead, as
 * Chinese typesetting does). The last line ends with "…" when text is left over.
 * @example breakLines('拒绝毒品，珍爱生命。', (line) => line.length <= 5, 3) // ['拒绝毒品，', '珍爱生命。']
 */
export function breakLines(
  text: string,
  fits: (line: string) => boolean,
  maxLines: number,
): string[] {
  const pieces = text.match(/[A-Za-z0-9'‘’“”".,:;!?()\-]+\s*|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const closing = /^[，。；：！？、）》」』”’…]/u.test(piece);
    if (!closing && !fits(line + piece.trimEnd()) && line.trim()) {
      lines.push(line.trim());
      line = '';
      if (lines.length === maxLines) break;
    }
    line += line || piece.trim() ? piece : '';
  }
  if (lines.length < maxLines && line.trim()) lines.push(line.trim());
  const consumed = lines.join('').replace(/\s/g, '').length;
  if (consumed < text.replace(/\s/g, '').length) {
    let last = lines[lines.length - 1] ?? '';
    do last = [...last].slice(0, -1).join('');
    while (last && !fits(`${last}…`));
    lines[lines.length - 1] = `${last}…`;
  }
  return lines;
}
