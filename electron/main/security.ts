/**
 * The content security policy of both modes (Electron's window and browser mode's server): scripts only from
 * the app itself, no inline or eval'd script, no remote anything. Inline styles stay allowed because React
 * and Slate set style attributes; they cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Penholder works offline: the window may load only its own files (and, during `electron-vite dev`, the
 * local dev server). Everything else, above all any remote http(s) request, is cancelled.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['file:', 'devtools:', 'data:', 'blob:', 'chrome-extension:'].includes(parsed.protocol)) return true;
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  return (parsed.protocol === 'http:' || parsed.protocol === 'ws:') && parsed.host === dev.host && isLoopback(dev.hostname);
}

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
