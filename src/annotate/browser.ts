/**
 * The checker page's "Download Word copy with comments": the same engine as `--annotate`
 * (src/annotate/core.ts), with the package opened by JSZip and the browser's safety limits.
 */
import { InputError } from '../read/errors.js';
import { BROWSER_DOCX_LIMITS, openDocxBytes } from '../docx/package-browser.js';
import { XmlPartError } from '../docx/xml.js';
import { annotatePackage, type AnnotateOptions, type PackageResult } from './core.js';

export async function annotateDocxBytes(input: Uint8Array, options: AnnotateOptions): Promise<PackageResult<Uint8Array>> {
  const path = options.path ?? 'document.docx';
  const pkg = await openDocxBytes(path, input, options.limits ?? BROWSER_DOCX_LIMITS);
  try {
    return await annotatePackage(input, pkg, options, path, 'uint8array');
  } catch (error) {
    if (error instanceof XmlPartError) throw new InputError(path, `could not be annotated: ${error.message}`);
    throw error;
  }
}
