/**
 * Files plainlint writes besides fixes: the report (-o), the cache (--cache-location) and the
 * baseline (--baseline). Each must be a regular file or not exist yet, in a folder that exists,
 * and the report must not land on a draft being checked. Anything else is one plain line (exit 2)
 * before any file is read or written: a device, a folder or a pipe given as the cache once had
 * 600 MB of zeros read from it and a temporary file renamed over it.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

function kindName(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Refuse a target that exists and is not a regular file, or whose folder does not exist. With
 * `makeFolder` (the report, -o), a missing folder is fine: the caller makes it, as ESLint does.
 */
export function checkTarget(option: string, file: string, cwd: string, makeFolder = false): string {
  const path = resolve(cwd, file);
  let info: Stats | undefined;
  try {
    info = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UsageError(`${option} ${file} is a link that points to itself (a loop). Choose another file`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new UsageError(`${option} ${file} cannot be used (${code ?? 'unknown problem'})`);
  }
  if (info && !info.isFile()) {
    throw new UsageError(`${option} ${file} is ${kindName(info)}, not a file. Give the name of a file, new or one plainlint made before`);
  }
  if (!info) {
    let folder: Stats | undefined;
    try {
      folder = statSync(dirname(path));
    } catch {
      // reported below
    }
    if (!folder && makeFolder) return path;
    if (!folder?.isDirectory()) throw new UsageError(`${option} ${file}: the folder ${dirname(file)} does not exist. Make it first, or choose another place`);
    // A dangling link would be written through to wherever it points.
    try {
      if (lstatSync(path).isSymbolicLink()) throw new UsageError(`${option} ${file} is a link to a file that does not exist. Choose another file`);
    } catch (error) {
      if (error instanceof UsageError) throw error;
    }
  }
  return path;
}

/** The real path of a file that may not exist yet (its folder's real path and its name). */
export function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** Refuse to write the report over a file being checked. */
export function checkNotInput(option: string, file: string, target: string, inputs: Iterable<string>): void {
  const real = realTarget(target);
  for (const input of inputs) {
    if (realTarget(input) === real) {
      throw new UsageError(`${option} ${file} is one of the files being checked, so the report was not written over it. Choose another file for the report`);
    }
  }
}

/** A write error in plain words. */
export function writeProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EISDIR':
      return 'it is a folder';
    case 'EDQUOT':
      return 'your disk quota is used up';
    default:
      return (error as NodeJS.ErrnoException)?.code ?? 'an unexpected problem';
  }
}
