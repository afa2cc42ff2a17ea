import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Maps an app://desk/... request to a file inside the built renderer, or
 * null when the path would leave that folder.
 */
export function rendererFileFor(requestUrl: string, rendererDir: string): string | null {
  const { pathname } = new URL(requestUrl);
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(rendererDir, `.${relative}`);
  const root = path.resolve(rendererDir) + path.sep;
  return file.startsWith(root) ? file : null;
}

export function fileUrl(file: string): string {
  return pathToFileURL(file).toString();
}
