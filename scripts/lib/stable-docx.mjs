// Shared by the fixture scripts (and the tests' markdown-to-Word helper): byte-stable .docx files.
// Running a fixture script twice gives the same bytes, so regenerating fixtures does not churn git.
import JSZip from 'jszip';

/** A fixed date for core.xml and for every zip entry. */
export const FIXED_ISO = '2025-01-01T00:00:00Z';
export const FIXED_DATE = new Date(FIXED_ISO);

/**
 * An 8 x 8 pixel PNG filled with NHS blue (#005EB8). Kept as a constant so the bytes never
 * depend on the local zlib version.
 */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEElEQVR42mNgiNuBHQ0tCQD6TkWBd+nsRQAAAABJRU5ErkJggg==',
  'base64',
);

/** The parts of a docx package, by name. */
export async function unzipParts(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const contents = new Map();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    contents.set(name, await zip.files[name].async('nodebuffer'));
  }
  return contents;
}

/**
 * Make a package byte-stable: fixed dates in core.xml; relationship ids that are not rIdN (the
 * docx package gives hyperlinks random ones) renamed rIdLinkN in order, in the .rels file and
 * the part it belongs to; with `paraIds`, the random w14 paragraph ids made fixed; then the
 * parts zipped in a fixed order ([Content_Types].xml, _rels/.rels, then A to Z) with a fixed date.
 */
export async function stableDocx(contents, { paraIds = false } = {}) {
  const core = 'docProps/core.xml';
  if (contents.has(core)) {
    const xml = contents
      .get(core)
      .toString('utf8')
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${FIXED_ISO}$3`);
    contents.set(core, Buffer.from(xml, 'utf8'));
  }
  for (const relsName of [...contents.keys()].filter((n) => n.endsWith('.rels'))) {
    const rels = contents.get(relsName).toString('utf8');
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]).filter((id) => !/^rId\d+$/.test(id));
    if (!ids.length) continue;
    // word/_rels/document.xml.rels belongs to word/document.xml.
    const owner = relsName.replace(/_rels\/([^/]+)\.rels$/, '$1');
    let ownerXml = contents.has(owner) ? contents.get(owner).toString('utf8') : null;
    let newRels = rels;
    ids.forEach((id, i) => {
      newRels = newRels.split(`Id="${id}"`).join(`Id="rIdLink${i + 1}"`);
      if (ownerXml !== null) ownerXml = ownerXml.split(`"${id}"`).join(`"rIdLink${i + 1}"`);
    });
    contents.set(relsName, Buffer.from(newRels, 'utf8'));
    if (ownerXml !== null) contents.set(owner, Buffer.from(ownerXml, 'utf8'));
  }
  if (paraIds) {
    let counter = 0;
    const ids = new Map();
    const fixId = (id) => {
      if (!ids.has(id)) ids.set(id, (0x10000000 + ++counter).toString(16).toUpperCase());
      return ids.get(id);
    };
    for (const [name, data] of contents) {
      if (!/^word\/.*\.xml$/.test(name)) continue;
      const xml = data.toString('utf8');
      const fixed = xml.replace(/(w1[45]:(?:paraId|textId|durableId)=")([0-9A-Fa-f]{8})"/g, (_, pre, id) => `${pre}${fixId(id)}"`);
      if (fixed !== xml) contents.set(name, Buffer.from(fixed, 'utf8'));
    }
  }
  return zipInOrder(contents);
}

/** Zip the parts with [Content_Types].xml first, then _rels/.rels, then A to Z, with a fixed date. */
export async function zipInOrder(contents) {
  const rank = (n) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  const ordered = [...contents.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out = new JSZip();
  for (const name of ordered) out.file(name, contents.get(name), { date: FIXED_DATE, createFolders: false, binary: true });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}
