/**
 * Write a file safely: the new content goes to a temporary file in the same folder (so the
 * rename cannot cross drives), with the old file's mode; just before the rename, the file on
 * disk is read again and must still hold exactly what was read at the start. If someone saved
 * it in the meantime, nothing is written.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';

export class ChangedOnDiskError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while plainlint was fixing it`);
    this.name = 'ChangedOnDiskError';
  }
}

/** A file --fix must not change: a link out of the folder, or a read-only file. */
export class NotFixableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFixableError';
  }
}

/**
 * `root`: the folder fixes may write in (the working folder). A link to a file outside it is not
 * written through, and a read-only file (no write bit for anyone) is not replaced, even by a user
 * whose rights would let the rename through.
 */
export async function writeAtomic(file: string, expected: Buffer, data: Buffer, root?: string): Promise<void> {
  // Write through a symbolic link to the real file, and keep the link.
  const real = await realpath(file);
  const linked = real !== join(await realpath(dirname(file)), basename(file));
  if (root !== undefined && linked) {
    const top = await realpath(root).catch(() => root);
    if (real !== top && !real.startsWith(top.endsWith(sep) ? top : top + sep)) {
      throw new NotFixableError('is a link to a file outside this folder, so --fix did not change it');
    }
  }
  const info = await stat(real);
  if (!info.isFile()) throw new NotFixableError('is not a regular file, so --fix did not change it');
  if ((info.mode & 0o222) === 0) throw new NotFixableError('is read-only, so --fix did not change it. Make it writable first if you want it fixed');
  const mode = info.mode & 0o7777;
  const temp = join(dirname(real), `.${basename(real)}.plainlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.chmod(mode); // the umask may have taken bits away
      if (typeof process.getuid === 'function' && process.getuid() === 0) {
        await handle.chown(info.uid, info.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    const now = await readFile(real);
    if (!now.equals(expected)) throw new ChangedOnDiskError(file);
    await rename(temp, real);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
