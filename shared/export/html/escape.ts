/** Text as HTML: every character that could open markup or end an attribute is an entity. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Text as a quoted CSS string (the running header's `content`): quotes and backslashes escaped, and `<`
 * written as a CSS escape so that nothing inside <style> can close the element.
 */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
