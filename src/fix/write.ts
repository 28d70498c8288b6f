/**
 * Write a file safely: the new content goes to a temporary file in the same folder (so the
 * rename cannot cross drives), with the old file's mode; just before the rename, the file on
 * disk is read again and must still hold exactly what was read at the start. If someone saved
 * it in the meantime, nothing is written.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class ChangedOnDiskError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while plainlint was fixing it`);
    this.name = 'ChangedOnDiskError';
  }
}

export async function writeAtomic(file: string, expected: Buffer, data: Buffer): Promise<void> {
  // Write through a symbolic link to the real file, and keep the link.
  const real = await realpath(file);
  const info = await stat(real);
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
