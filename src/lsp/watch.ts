/**
 * Config files changing on disk, for editors that cannot watch files for the server (Neovim
 * before 0.9, for one): watch each open document's folder and the folders above it, and call
 * back when a plainlint config file there is made, changed or removed.
 */
import { watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';

/** Names of files that can hold plainlint config (as src/config/load.ts searches for them), and .plainlintignore. */
export const CONFIG_NAME = /^(\.plainlintrc(\.(json|ya?ml))?|plainlint\.config\.(c|m)?js|package\.json|\.plainlintignore)$/;

const MAX_FOLDERS = 200;

export class ConfigWatcher {
  private readonly watchers = new Map<string, FSWatcher | null>();

  constructor(private readonly onChange: (file: string) => void) {}

  /** Watch the folder of `file` and every folder above it. */
  watchAbove(file: string): void {
    let dir = dirname(file);
    for (;;) {
      if (this.watchers.has(dir) || this.watchers.size >= MAX_FOLDERS) break;
      let watcher: FSWatcher | null = null;
      try {
        watcher = watch(dir, { persistent: false }, (_event, name) => {
          if (name && CONFIG_NAME.test(String(name))) this.onChange(`${dir}/${name}`);
        });
        watcher.on('error', () => undefined);
      } catch {
        // A folder we may not watch (no permission): config there is picked up on the next restart.
      }
      this.watchers.set(dir, watcher);
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }

  close(): void {
    for (const w of this.watchers.values()) w?.close();
    this.watchers.clear();
  }
}
