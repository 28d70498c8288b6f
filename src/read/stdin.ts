/** Standard input, read up to a limit (a little past it, so the caller can tell it was too big). */
export async function readStdin(limit = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > limit) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}
